/**
 * English for conditions in words: one sentence per condition ("Report to … every month on the
 * second Monday") and its schedule. Loaded with the Conditions screens and the calendar export.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

type F = Formatter;

const ORDINAL_WORDS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last', '-2': 'second-to-last', '-3': 'third-to-last' };

function dayOfMonth(n: string): string {
	const value = Number(n);
	if (value < 0) return value === -1 ? 'the last day' : `the ${ORDINAL_WORDS[n] ?? `${-value}th-from-last`} day`;
	const suffix = value % 10 === 1 && value !== 11 ? 'st' : value % 10 === 2 && value !== 12 ? 'nd' : value % 10 === 3 && value !== 13 ? 'rd' : 'th';
	return `the ${value}${suffix}`;
}

const WEEKDAYS: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };

function nthWeekday(code: string): string {
	const m = /^([+-]?\d+)([A-Z]{2})$/.exec(code);
	return m ? `the ${ORDINAL_WORDS[String(Number(m[1]))] ?? `${m[1]}th`} ${WEEKDAYS[m[2]!] ?? m[2]}` : code;
}

type Schedule = { interval: number; count: number; until: string };
function scheduleEnd(p: Schedule, f: F): string {
	return (p.count ? `, ${f.plural(p.count, { one: '# time', other: '# times' })}` : '') + (p.until ? `, until ${f.date(p.until)}` : '');
}
function every(interval: number, unit: string, f: F): string {
	return interval === 1 ? `every ${unit}` : `every ${f.number(interval)} ${unit}s`;
}

export const describe = {
	'schedule.daily': (p: Schedule, f: F) => every(p.interval, 'day', f) + scheduleEnd(p, f),
	'schedule.weekly': (p: Schedule & { days: string[] }, f: F) =>
		`${every(p.interval, 'week', f)} on ${f.list(p.days.map((d) => WEEKDAYS[d] ?? d))}` + scheduleEnd(p, f),
	'schedule.monthlyOnDays': (p: Schedule & { days: string[] }, f: F) =>
		`${every(p.interval, 'month', f)} on ${f.list(p.days.map(dayOfMonth))}` + scheduleEnd(p, f),
	'schedule.monthlyOnWeekdays': (p: Schedule & { days: string[] }, f: F) =>
		`${every(p.interval, 'month', f)} on ${f.list(p.days.map(nthWeekday))}` + scheduleEnd(p, f),
	'schedule.yearly': (p: Schedule & { date: string }, f: F) =>
		`${every(p.interval, 'year', f)} on ${f.date(`2000-${p.date}`).replace(/\s*2000$/, '')}` + scheduleEnd(p, f),
	'schedule.custom': (p: Schedule & { rule: string }) => `on the schedule ${p.rule}`,

	'reporting.describe': (p: { schedule: string; place: string; from: string; to: string }) =>
		`Report to ${p.place || 'the probation office'} ${p.schedule}${p.from ? `, between ${p.from} and ${p.to}` : ''}.`,
	'payment.describe': (p: { total: number; currency: string; count: number; payee: string }, f: F) =>
		`Pay ${f.money(p.total, p.currency)}${p.count > 1 ? ` in ${f.number(p.count)} instalments` : ''}${p.payee ? ` to ${p.payee}` : ''}.`,
	'deadline.describe.on': (p: { what: string; date: string; time: string }, f: F) => `${p.what}: by ${f.date(p.date)}${p.time ? `, ${p.time}` : ''}.`,
	'deadline.describe.after.inForce': (p: { what: string; days: number; time: string }, f: F) =>
		`${p.what}: within ${f.plural(p.days, { one: '# day', other: '# days' })} of the verdict entering into force${p.time ? `, by ${p.time}` : ''}.`,
	'deadline.describe.after.verdict': (p: { what: string; days: number; time: string }, f: F) =>
		`${p.what}: within ${f.plural(p.days, { one: '# day', other: '# days' })} of the verdict${p.time ? `, by ${p.time}` : ''}.`,
	'deadline.describe.afterWorking.inForce': (p: { what: string; days: number; time: string }, f: F) =>
		`${p.what}: within ${f.plural(p.days, { one: '# working day', other: '# working days' })} of the verdict entering into force${p.time ? `, by ${p.time}` : ''}.`,
	'deadline.describe.afterWorking.verdict': (p: { what: string; days: number; time: string }, f: F) =>
		`${p.what}: within ${f.plural(p.days, { one: '# working day', other: '# working days' })} of the verdict${p.time ? `, by ${p.time}` : ''}.`,
	'activity-ban.describe': (p: { categories: string[] }, f: F) => `Banned: ${f.list(p.categories)}.`,
	'movement.describe.required': (p: { area: string; noticeDays: number }, f: F) =>
		`Do not leave ${p.area} without permission from the probation service${p.noticeDays ? `, asked for at least ${f.plural(p.noticeDays, { one: '# day', other: '# days' })} ahead` : ''}.`,
	'movement.describe.notice': (p: { area: string; noticeDays: number }, f: F) =>
		`Tell the probation service before leaving ${p.area}${p.noticeDays ? `, at least ${f.plural(p.noticeDays, { one: '# day', other: '# days' })} ahead` : ''}.`,
	'movement.describe.forbidden': (p: { area: string }) => `Do not leave ${p.area}.`,
	'curfew.describe': (p: { start: string; end: string }) => `Be at home from ${p.start} to ${p.end} every day.`,
	'curfew.describe.days': (p: { start: string; end: string; days: string[] }, f: F) => `Be at home from ${p.start} to ${p.end} on ${f.list(p.days)}.`,
	'notify-change.describe': (p: { changes: string[]; withinDays: number }, f: F) =>
		`Tell the probation service about a change of ${f.list(p.changes)} within ${f.plural(p.withinDays, { one: '# day', other: '# days' })}.`,
} satisfies CatalogShape;
