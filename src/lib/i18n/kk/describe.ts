/**
 * Kazakh for conditions in words: one sentence per condition ("Пробация қызметіне келу: ай
 * сайын, айдың екінші дүйсенбісі…") and its schedule. Loaded with the Conditions screens and the
 * calendar export.
 *
 * A schedule is a phrase that stands after a colon, so it needs no case ending: "ай сайын,
 * 15-күні" (a number with a hyphen is an ordinal), "апта сайын, дүйсенбі күні".
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import type { describe as english } from '../en/describe';
import { capital, sentence } from './grammar';

type F = Formatter;

const ORDINAL_WORDS: Record<string, string> = {
	'1': 'бірінші',
	'2': 'екінші',
	'3': 'үшінші',
	'4': 'төртінші',
	'5': 'бесінші',
	'-1': 'соңғы',
	'-2': 'соңынан екінші',
	'-3': 'соңынан үшінші'
};

function dayOfMonth(n: string): string {
	const value = Number(n);
	if (value < 0) return `${ORDINAL_WORDS[n] ?? `соңынан ${-value}-`} күні`.replace('- күні', '-күні');
	return `${value}-күні`;
}

/** Weekdays as a day ("дүйсенбі күні") and as "the nth … of the month" ("екінші дүйсенбісі"). */
const WEEKDAYS: Record<string, string> = { MO: 'дүйсенбі', TU: 'сейсенбі', WE: 'сәрсенбі', TH: 'бейсенбі', FR: 'жұма', SA: 'сенбі', SU: 'жексенбі' };
const WEEKDAYS_OF_MONTH: Record<string, string> = {
	MO: 'дүйсенбісі',
	TU: 'сейсенбісі',
	WE: 'сәрсенбісі',
	TH: 'бейсенбісі',
	FR: 'жұмасы',
	SA: 'сенбісі',
	SU: 'жексенбісі'
};

function nthWeekday(code: string): string {
	const m = /^([+-]?\d+)([A-Z]{2})$/.exec(code);
	if (!m) return code;
	const nth = String(Number(m[1]));
	return `${ORDINAL_WORDS[nth] ?? (Number(nth) < 0 ? `соңынан ${-Number(nth)}-` : `${nth}-`)} ${WEEKDAYS_OF_MONTH[m[2]!] ?? m[2]}`.replace('- ', '-');
}

type Schedule = { interval: number; count: number; until: string };
function scheduleEnd(p: Schedule, f: F): string {
	return (p.count ? `, барлығы ${f.plural(p.count, { one: '# рет', other: '# рет' })}` : '') + (p.until ? `, ${f.date(p.until)} күніне дейін` : '');
}
/** "ай сайын", or "3 айда бір рет": `each` is the unit with "сайын", `once` in the locative. */
function every(interval: number, each: string, once: string, f: F): string {
	return interval === 1 ? each : `${f.number(interval)} ${once} бір рет`;
}
const days = (count: number, f: F) => f.plural(count, { one: '# күн', other: '# күн' });
const lower = (text: string) => text.toLocaleLowerCase('kk');

export const describe = {
	'schedule.daily': (p, f) => every(p.interval, 'күн сайын', 'күнде', f) + scheduleEnd(p, f),
	'schedule.weekly': (p, f) =>
		`${every(p.interval, 'апта сайын', 'аптада', f)}, ${f.list(p.days.map((d) => WEEKDAYS[d] ?? d))} ${p.days.length > 1 ? 'күндері' : 'күні'}` + scheduleEnd(p, f),
	'schedule.monthlyOnDays': (p, f) => `${every(p.interval, 'ай сайын', 'айда', f)}, ${f.list(p.days.map(dayOfMonth))}` + scheduleEnd(p, f),
	'schedule.monthlyOnWeekdays': (p, f) => `${every(p.interval, 'ай сайын', 'айда', f)}, айдың ${f.list(p.days.map(nthWeekday))}` + scheduleEnd(p, f),
	'schedule.yearly': (p, f) =>
		`${every(p.interval, 'жыл сайын', 'жылда', f)}, ${f
			.date(`2000-${p.date}`)
			.replace(/2000\s*ж\.?\s*/, '')
			.replace(/\s*2000$/, '')}` + scheduleEnd(p, f),
	'schedule.custom': (p) => `${p.rule} кестесі бойынша`,

	'reporting.describe': (p) =>
		sentence(`Пробация қызметіне келу: ${p.schedule}${p.from ? `, ${p.from}–${p.to} аралығында` : ''}`) + (p.place ? ` ${sentence(`Келетін жер: ${p.place}`)}` : ''),
	'payment.describe': (p, f) =>
		`Төлеу керек: ${f.money(p.total, p.currency)}${p.count > 1 ? `, ${f.number(p.count)} бөлікке бөліп` : ''}.${p.payee ? ` ${sentence(`Алушы: ${p.payee}`)}` : ''}`,
	'deadline.describe.on': (p, f) => sentence(`${p.what}: мерзімі – ${f.date(p.date)}${p.time ? `, ${p.time}` : ''}`),
	'deadline.describe.after.inForce': (p, f) =>
		`${p.what}: үкім заңды күшіне енгеннен кейін ${days(p.days, f)} ішінде${p.time ? `, соңғы күнгі уақыт шегі – ${p.time}` : ''}.`,
	'deadline.describe.after.verdict': (p, f) =>
		`${p.what}: үкім шығарылғаннан кейін ${days(p.days, f)} ішінде${p.time ? `, соңғы күнгі уақыт шегі – ${p.time}` : ''}.`,
	'deadline.describe.afterWorking.inForce': (p, f) =>
		`${p.what}: үкім заңды күшіне енгеннен кейін ${f.plural(p.days, { one: '# жұмыс күні', other: '# жұмыс күні' })} ішінде${p.time ? `, соңғы күнгі уақыт шегі – ${p.time}` : ''}.`,
	'deadline.describe.afterWorking.verdict': (p, f) =>
		`${p.what}: үкім шығарылғаннан кейін ${f.plural(p.days, { one: '# жұмыс күні', other: '# жұмыс күні' })} ішінде${p.time ? `, соңғы күнгі уақыт шегі – ${p.time}` : ''}.`,
	'activity-ban.describe': (p, f) => `Тыйым салынған: ${f.list(p.categories)}.`,
	'movement.describe.required': (p, f) =>
		sentence(`Пробация қызметінің рұқсатынсыз шығуға болмайтын аумақ: ${p.area}${p.noticeDays ? `; рұқсатты кемінде ${days(p.noticeDays, f)} бұрын сұрау керек` : ''}`),
	'movement.describe.notice': (p, f) =>
		sentence(`Аумақтан шығар алдында пробация қызметіне хабарлау керек: ${p.area}${p.noticeDays ? `; кемінде ${days(p.noticeDays, f)} бұрын` : ''}`),
	'movement.describe.forbidden': (p) => sentence(`Шығуға болмайтын аумақ: ${p.area}`),
	'curfew.describe': (p) => `Күн сайын ${p.start}–${p.end} аралығында үйде болу.`,
	'curfew.describe.days': (p, f) => capital(`${f.list(p.days.map(lower))} күндері ${p.start}–${p.end} аралығында үйде болу.`),
	'notify-change.describe': (p, f) => `Мына өзгерістер туралы ${days(p.withinDays, f)} ішінде пробация қызметіне хабарлау: ${f.list(p.changes)}.`
} satisfies Translation<typeof english>;
