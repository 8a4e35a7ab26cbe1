/**
 * Russian for conditions in words: one sentence per condition («Являться в службу пробации
 * ежемесячно, во второй понедельник») and its schedule.
 *
 * Schedules get their weekdays and ordinals as codes (MO, 2MO, -1), so the cases Russian needs
 * are chosen here: «по понедельникам» (every week), «в понедельник» (every few weeks), «во второй
 * понедельник», «в последнюю пятницу» (the ordinal agrees with the weekday's gender).
 */
import type { Translation } from '../catalog';
import { DAYS, DAYS_GENITIVE, WORKING_DAYS_GENITIVE, sentence } from './grammar';
import type { Formatter } from '../format';
import type { describe as en } from '../en/describe';

type F = Formatter;
type Gender = 'm' | 'f' | 'n';

const WEEKDAYS: Record<string, { accusative: string; dativePlural: string; gender: Gender }> = {
	MO: { accusative: 'понедельник', dativePlural: 'понедельникам', gender: 'm' },
	TU: { accusative: 'вторник', dativePlural: 'вторникам', gender: 'm' },
	WE: { accusative: 'среду', dativePlural: 'средам', gender: 'f' },
	TH: { accusative: 'четверг', dativePlural: 'четвергам', gender: 'm' },
	FR: { accusative: 'пятницу', dativePlural: 'пятницам', gender: 'f' },
	SA: { accusative: 'субботу', dativePlural: 'субботам', gender: 'f' },
	SU: { accusative: 'воскресенье', dativePlural: 'воскресеньям', gender: 'n' }
};

/** Ordinals in the accusative, by gender: «второй понедельник», «вторую среду», «второе воскресенье». */
const ORDINALS: Record<string, Record<Gender, string>> = {
	'1': { m: 'первый', f: 'первую', n: 'первое' },
	'2': { m: 'второй', f: 'вторую', n: 'второе' },
	'3': { m: 'третий', f: 'третью', n: 'третье' },
	'4': { m: 'четвёртый', f: 'четвёртую', n: 'четвёртое' },
	'5': { m: 'пятый', f: 'пятую', n: 'пятое' },
	'-1': { m: 'последний', f: 'последнюю', n: 'последнее' },
	'-2': { m: 'предпоследний', f: 'предпоследнюю', n: 'предпоследнее' }
};
const ORDINAL_ENDING: Record<Gender, string> = { m: '-й', f: '-ю', n: '-е' };

/** «в» before most words, «во» before «вт…» (во вторник, во второй): the speech rule. */
function into(phrase: string): string {
	return `${/^вт/i.test(phrase) ? 'во' : 'в'} ${phrase}`;
}

function nthWeekday(code: string): string {
	const m = /^([+-]?\d+)([A-Z]{2})$/.exec(code);
	const day = m ? WEEKDAYS[m[2]!] : undefined;
	if (!m || !day) return code;
	const n = String(Number(m[1]));
	const ordinal = ORDINALS[n]?.[day.gender] ?? (Number(n) > 0 ? `${n}${ORDINAL_ENDING[day.gender]}` : `${-Number(n)}${ORDINAL_ENDING[day.gender]} с конца`);
	return `${ordinal} ${day.accusative}`;
}

function dayOfMonth(n: string): string {
	const value = Number(n);
	if (value === -1) return 'в последний день месяца';
	if (value === -2) return 'в предпоследний день месяца';
	if (value < 0) return `в ${-value}-й с конца день месяца`;
	return `${value}-го числа`;
}

function monthDays(days: readonly string[], f: F): string {
	// «5-го и 20-го числа»: one «числа» for a list of plain days.
	if (days.every((d) => Number(d) > 0)) return `${f.list(days.map((d) => `${Number(d)}-го`))} числа`;
	return f.list(days.map(dayOfMonth));
}

type Unit = 'day' | 'week' | 'month' | 'year';
const EVERY_ONE: Record<Unit, string> = { day: 'ежедневно', week: 'еженедельно', month: 'ежемесячно', year: 'ежегодно' };
/** «раз в 2 недели», «раз в 5 месяцев», «раз в 21 день» (accusative). */
const EVERY_N: Record<Unit, { one: string; few: string; many: string; other: string }> = {
	day: { one: 'раз в # день', few: 'раз в # дня', many: 'раз в # дней', other: 'раз в # дня' },
	week: { one: 'раз в # неделю', few: 'раз в # недели', many: 'раз в # недель', other: 'раз в # недели' },
	month: { one: 'раз в # месяц', few: 'раз в # месяца', many: 'раз в # месяцев', other: 'раз в # месяца' },
	year: { one: 'раз в # год', few: 'раз в # года', many: 'раз в # лет', other: 'раз в # года' }
};
function every(interval: number, unit: Unit, f: F): string {
	return interval === 1 ? EVERY_ONE[unit] : f.plural(interval, EVERY_N[unit]);
}

type Schedule = { interval: number; count: number; until: string };
function scheduleEnd(p: Schedule, f: F): string {
	return (
		(p.count ? `, всего ${f.plural(p.count, { one: '# раз', few: '# раза', many: '# раз', other: '# раза' })}` : '') +
		(p.until ? `, по ${f.date(p.until)}` : '')
	);
}

const byTime = (time: string) => (time ? `, до ${time}` : '');

export const describe = {
	'schedule.daily': (p, f) => every(p.interval, 'day', f) + scheduleEnd(p, f),
	'schedule.weekly': (p, f) => {
		const known = p.days.every((d) => WEEKDAYS[d]);
		const days =
			p.interval === 1 && known
				? `по ${f.list(p.days.map((d) => WEEKDAYS[d]!.dativePlural))}`
				: into(f.list(p.days.map((d) => WEEKDAYS[d]?.accusative ?? d)));
		return (p.interval === 1 && known ? days : `${every(p.interval, 'week', f)}, ${days}`) + scheduleEnd(p, f);
	},
	'schedule.monthlyOnDays': (p, f) => `${every(p.interval, 'month', f)}, ${monthDays(p.days, f)}` + scheduleEnd(p, f),
	'schedule.monthlyOnWeekdays': (p, f) => `${every(p.interval, 'month', f)}, ${into(f.list(p.days.map(nthWeekday)))}` + scheduleEnd(p, f),
	'schedule.yearly': (p, f) => `${every(p.interval, 'year', f)}, ${f.date(`2000-${p.date}`).replace(/\s*2000.*$/u, '')}` + scheduleEnd(p, f),
	'schedule.custom': (p) => `по расписанию ${p.rule}`,

	'reporting.describe': (p) => {
		const hours = p.from ? `, с ${p.from} до ${p.to}` : '';
		return p.place ? `${sentence(`Являться ${p.schedule}${hours}`)} Место явки: ${sentence(p.place)}` : sentence(`Являться в службу пробации ${p.schedule}${hours}`);
	},
	'payment.describe': (p, f) =>
		`Выплатить ${f.money(p.total, p.currency)}` +
		(p.count > 1 ? ` ${f.plural(p.count, { one: 'в # платёж', few: 'в # платежа', many: 'в # платежей', other: 'в # платежа' })}` : '') +
		(p.payee ? `. Получатель: ${p.payee}.` : '.'),
	'deadline.describe.on': (p, f) => sentence(`${p.what}: не позднее ${f.date(p.date)}${byTime(p.time)}`),
	'deadline.describe.after.inForce': (p, f) =>
		`${p.what}: в течение ${f.plural(p.days, DAYS_GENITIVE)} со дня вступления приговора в законную силу${byTime(p.time)}.`,
	'deadline.describe.after.verdict': (p, f) => `${p.what}: в течение ${f.plural(p.days, DAYS_GENITIVE)} со дня вынесения приговора${byTime(p.time)}.`,
	'deadline.describe.afterWorking.inForce': (p, f) =>
		`${p.what}: в течение ${f.plural(p.days, WORKING_DAYS_GENITIVE)} со дня вступления приговора в законную силу${byTime(p.time)}.`,
	'deadline.describe.afterWorking.verdict': (p, f) =>
		`${p.what}: в течение ${f.plural(p.days, WORKING_DAYS_GENITIVE)} со дня вынесения приговора${byTime(p.time)}.`,
	'activity-ban.describe': (p, f) => `Запрещено: ${f.list(p.categories)}.`,
	'movement.describe.required': (p, f) =>
		`Территория: ${p.area}. Покидать её можно только с разрешения службы пробации` +
		(p.noticeDays ? `, обратившись за ним не позднее чем за ${f.plural(p.noticeDays, DAYS)} до выезда.` : '.'),
	'movement.describe.notice': (p, f) =>
		`Территория: ${p.area}. Перед выездом за её пределы нужно сообщить в службу пробации` +
		(p.noticeDays ? ` не позднее чем за ${f.plural(p.noticeDays, DAYS)} до выезда.` : '.'),
	'movement.describe.forbidden': (p) => `Территория: ${p.area}. Покидать её нельзя.`,
	'curfew.describe': (p) => `Находиться дома с ${p.start} до ${p.end} ежедневно.`,
	'curfew.describe.days': (p, f) => `Находиться дома с ${p.start} до ${p.end} в следующие дни: ${f.list(p.days.map((d) => d.toLocaleLowerCase('ru')))}.`,
	'notify-change.describe': (p, f) => `Сообщать в службу пробации о смене ${f.list(p.changes)} в течение ${f.plural(p.withinDays, DAYS_GENITIVE)}.`
} satisfies Translation<typeof en>;
