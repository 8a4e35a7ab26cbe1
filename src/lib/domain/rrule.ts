/**
 * RFC 5545 recurrence rules over local dates: the subset a court's reporting schedule needs.
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, COUNT, UNTIL (a date, because the start
 * is a date: RFC 5545 §3.3.10), BYDAY (with ordinals such as 2MO or -1FR under MONTHLY and
 * YEARLY), BYMONTHDAY (1…31 and -1…-31), BYMONTH, BYSETPOS and WKST. Everything else (BYHOUR,
 * BYWEEKNO, BYYEARDAY, sub-daily frequencies…) is refused with a reason rather than ignored.
 *
 * Why not the `rrule` package at run time: it is about 14 KB gzip with a natural-language layer
 * we do not use, and it computes in UTC date-times where we need plain dates. This module is the
 * date-only subset; its output is tested against `rrule` as an oracle (rrule.test.ts). Where
 * rrule.js departs from RFC 5545 this module follows the RFC, and rrule.test.ts shows each case: a
 * BYDAY list mixing plain and ordinal weekdays is their union, a negative BYSETPOS beyond the set
 * selects nothing, two BYSETPOS values naming one date give it once, and WEEKLY BYSETPOS counts in
 * the whole first week.
 *
 * As in `rrule` and RFC 5545, the start date is an occurrence only if the rule produces it, and
 * COUNT counts occurrences from the start date on. Dates a rule part names but a month lacks
 * (BYMONTHDAY=31 in April, 5th Friday) are skipped, never moved.
 */
import { civilFromDay, dayFromCivil, daysInMonth, weekdayOf, isLocalDate, parseLocalDate, type Day } from './time';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface WeekdayNum {
	/** 0 = Monday … 6 = Sunday. */
	weekday: number;
	/** 1 = first, -1 = last …; undefined = every such weekday in the period. */
	nth?: number;
}

export interface Recurrence {
	freq: Frequency;
	interval: number;
	count?: number;
	until?: Day;
	byDay?: WeekdayNum[];
	byMonthDay?: number[];
	byMonth?: number[];
	bySetPos?: number[];
	wkst: number;
}

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const SUPPORTED_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);

/** Why a rule text was refused: an issue code and the part it is about. */
export class RecurrenceError extends Error {
	constructor(
		readonly code: string,
		readonly part: string
	) {
		super(`${code}: ${part}`);
		this.name = 'RecurrenceError';
	}
}

function integerList(value: string, part: string, min: number, max: number, allowNegative: boolean): number[] {
	return value.split(',').map((item) => {
		if (!/^[+-]?\d{1,3}$/.test(item)) throw new RecurrenceError('rrule.value', part);
		const n = Number(item);
		const magnitude = Math.abs(n);
		if (magnitude < min || magnitude > max || (n < 0 && !allowNegative)) throw new RecurrenceError('rrule.value', part);
		return n;
	});
}

function weekdayCode(code: string, part: string): number {
	const index = (WEEKDAY_CODES as readonly string[]).indexOf(code);
	if (index < 0) throw new RecurrenceError('rrule.value', part);
	return index;
}

/** Parses `FREQ=…;…` (an optional leading `RRULE:` is allowed). Throws RecurrenceError. */
export function parseRecurrence(text: string): Recurrence {
	const body = text.trim().replace(/^RRULE:/i, '');
	if (body === '') throw new RecurrenceError('rrule.empty', 'FREQ');
	const parts = new Map<string, string>();
	for (const piece of body.split(';')) {
		const eq = piece.indexOf('=');
		if (eq <= 0) throw new RecurrenceError('rrule.syntax', piece);
		const name = piece.slice(0, eq).toUpperCase();
		const value = piece.slice(eq + 1).toUpperCase();
		if (!SUPPORTED_PARTS.has(name)) throw new RecurrenceError('rrule.unsupported', name);
		if (parts.has(name)) throw new RecurrenceError('rrule.repeated', name);
		if (value === '') throw new RecurrenceError('rrule.value', name);
		parts.set(name, value);
	}

	const freq = parts.get('FREQ');
	if (freq === undefined) throw new RecurrenceError('rrule.noFreq', 'FREQ');
	if (!FREQUENCIES.includes(freq)) throw new RecurrenceError('rrule.unsupported', `FREQ=${freq}`);
	const rule: Recurrence = { freq: freq as Frequency, interval: 1, wkst: 0 };

	const interval = parts.get('INTERVAL');
	if (interval !== undefined) {
		if (!/^\d{1,4}$/.test(interval) || Number(interval) < 1) throw new RecurrenceError('rrule.value', 'INTERVAL');
		rule.interval = Number(interval);
	}
	const count = parts.get('COUNT');
	if (count !== undefined) {
		if (!/^\d{1,5}$/.test(count) || Number(count) < 1) throw new RecurrenceError('rrule.value', 'COUNT');
		rule.count = Number(count);
	}
	const until = parts.get('UNTIL');
	if (until !== undefined) {
		if (count !== undefined) throw new RecurrenceError('rrule.countAndUntil', 'UNTIL');
		const iso = /^\d{8}$/.test(until) ? `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` : '';
		if (!isLocalDate(iso)) throw new RecurrenceError('rrule.untilDate', 'UNTIL');
		rule.until = parseLocalDate(iso);
	}
	const byDay = parts.get('BYDAY');
	if (byDay !== undefined) {
		rule.byDay = byDay.split(',').map((item) => {
			const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
			if (!m) throw new RecurrenceError('rrule.value', 'BYDAY');
			const weekday = weekdayCode(m[2]!, 'BYDAY');
			if (m[1] === undefined) return { weekday };
			const nth = Number(m[1]);
			if (rule.freq !== 'MONTHLY' && rule.freq !== 'YEARLY') throw new RecurrenceError('rrule.ordinalNeedsMonthOrYear', 'BYDAY');
			const limit = rule.freq === 'MONTHLY' || parts.has('BYMONTH') ? 5 : 53;
			if (nth === 0 || Math.abs(nth) > limit) throw new RecurrenceError('rrule.value', 'BYDAY');
			return { weekday, nth };
		});
	}
	const byMonthDay = parts.get('BYMONTHDAY');
	if (byMonthDay !== undefined) {
		if (rule.freq === 'WEEKLY') throw new RecurrenceError('rrule.monthDayWithWeekly', 'BYMONTHDAY');
		rule.byMonthDay = integerList(byMonthDay, 'BYMONTHDAY', 1, 31, true);
	}
	const byMonth = parts.get('BYMONTH');
	if (byMonth !== undefined) rule.byMonth = integerList(byMonth, 'BYMONTH', 1, 12, false);
	const bySetPos = parts.get('BYSETPOS');
	if (bySetPos !== undefined) {
		if (!rule.byDay && !rule.byMonthDay && !rule.byMonth) throw new RecurrenceError('rrule.setPosAlone', 'BYSETPOS');
		rule.bySetPos = integerList(bySetPos, 'BYSETPOS', 1, 366, true);
	}
	const wkst = parts.get('WKST');
	if (wkst !== undefined) rule.wkst = weekdayCode(wkst, 'WKST');
	return rule;
}

/** The n-th (1-based, negative from the end) day with `weekday` in [first, last], if any. */
function nthWeekday(first: Day, last: Day, weekday: number, nth: number): Day | undefined {
	if (nth > 0) {
		const day = first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
		return day <= last ? day : undefined;
	}
	const day = last - ((weekdayOf(last) - weekday + 7) % 7) + (nth + 1) * 7;
	return day >= first ? day : undefined;
}

function everyWeekday(first: Day, last: Day, weekday: number, into: Day[]): void {
	for (let day = first + ((weekday - weekdayOf(first) + 7) % 7); day <= last; day += 7) into.push(day);
}

/** Days of [first, last] that BYDAY names: every such weekday, or the n-th one of the span. */
function byDayIn(byDay: WeekdayNum[], first: Day, last: Day): Day[] {
	const days: Day[] = [];
	for (const { weekday, nth } of byDay) {
		if (nth === undefined) everyWeekday(first, last, weekday, days);
		else {
			const day = nthWeekday(first, last, weekday, nth);
			if (day !== undefined) days.push(day);
		}
	}
	return days;
}

/**
 * BYDAY next to BYMONTHDAY limits it (RFC 5545 §3.3.10), ordinals included: BYMONTHDAY=1,…,7;
 * BYDAY=2MO selects nothing, since no second Monday falls in the first seven days. [first, last]
 * is the span an ordinal counts in (the month, or the year under YEARLY without BYMONTH).
 */
function limitByDay(days: Day[], byDay: WeekdayNum[] | undefined, first: Day, last: Day): Day[] {
	if (!byDay) return days;
	const allowed = new Set(byDayIn(byDay, first, last));
	return days.filter((day) => allowed.has(day));
}

function monthDays(byMonthDay: number[], year: number, month: number): Day[] {
	const length = daysInMonth(year, month);
	const first = dayFromCivil(year, month, 1);
	const days: Day[] = [];
	for (const n of byMonthDay) {
		const dom = n > 0 ? n : length + 1 + n;
		if (dom >= 1 && dom <= length) days.push(first + dom - 1);
	}
	return days;
}

/** Days of one month that BYMONTHDAY/BYDAY select (the start's day of month if neither). */
function monthCandidates(rule: Recurrence, year: number, month: number, startDayOfMonth: number): Day[] {
	const length = daysInMonth(year, month);
	const first = dayFromCivil(year, month, 1);
	const last = first + length - 1;
	if (rule.byMonthDay) return limitByDay(monthDays(rule.byMonthDay, year, month), rule.byDay, first, last);
	if (rule.byDay) return byDayIn(rule.byDay, first, last);
	return startDayOfMonth <= length ? [first + startDayOfMonth - 1] : [];
}

function yearCandidates(rule: Recurrence, year: number, start: { month: number; day: number }): Day[] {
	if (rule.byMonth) return rule.byMonth.flatMap((month) => monthCandidates(rule, year, month, start.day));
	const first = dayFromCivil(year, 1, 1);
	const last = dayFromCivil(year, 12, 31);
	if (rule.byMonthDay) {
		const days: Day[] = [];
		for (let month = 1; month <= 12; month++) days.push(...monthDays(rule.byMonthDay, year, month));
		return limitByDay(days, rule.byDay, first, last);
	}
	if (rule.byDay) return byDayIn(rule.byDay, first, last);
	return monthCandidates(rule, year, start.month, start.day);
}

function sortedUnique(days: Day[]): Day[] {
	return [...new Set(days)].sort((a, b) => a - b);
}

function applySetPos(days: Day[], positions: number[] | undefined): Day[] {
	if (!positions) return days;
	const picked: Day[] = [];
	for (const pos of positions) {
		const day = pos > 0 ? days[pos - 1] : days[days.length + pos];
		if (day !== undefined) picked.push(day);
	}
	return sortedUnique(picked);
}

/**
 * The occurrences of `rule` starting at `start`, up to and including `last` (and UNTIL/COUNT),
 * in ascending order. `last` bounds rules that never end by themselves.
 */
export function occurrences(rule: Recurrence, start: Day, last: Day): Day[] {
	const result: Day[] = [];
	const stop = rule.until !== undefined ? Math.min(last, rule.until) : last;
	const startCivil = civilFromDay(start);
	const inMonths = (day: Day) => !rule.byMonth || rule.byMonth.includes(civilFromDay(day).month);

	// Each step yields the candidate days of one period (a day, a week, a month, a year).
	let periodFirst: Day;
	let advance: () => void;
	let candidates: () => Day[];
	if (rule.freq === 'DAILY') {
		periodFirst = start;
		advance = () => (periodFirst += rule.interval);
		candidates = () => {
			const day = periodFirst;
			if (!inMonths(day)) return [];
			if (rule.byDay && !rule.byDay.some((d) => d.weekday === weekdayOf(day))) return [];
			if (rule.byMonthDay) {
				const { year, month, day: dom } = civilFromDay(day);
				const length = daysInMonth(year, month);
				if (!rule.byMonthDay.some((n) => (n > 0 ? n : length + 1 + n) === dom)) return [];
			}
			return [day];
		};
	} else if (rule.freq === 'WEEKLY') {
		periodFirst = start - ((weekdayOf(start) - rule.wkst + 7) % 7);
		advance = () => (periodFirst += 7 * rule.interval);
		const weekdays = rule.byDay ? rule.byDay.map((d) => d.weekday) : [weekdayOf(start)];
		candidates = () => {
			const days: Day[] = [];
			for (let day = periodFirst; day < periodFirst + 7; day++) {
				if (weekdays.includes(weekdayOf(day)) && inMonths(day)) days.push(day);
			}
			return days;
		};
	} else if (rule.freq === 'MONTHLY') {
		let monthIndex = startCivil.year * 12 + startCivil.month - 1;
		periodFirst = dayFromCivil(startCivil.year, startCivil.month, 1);
		advance = () => {
			monthIndex += rule.interval;
			periodFirst = dayFromCivil(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
		};
		candidates = () => {
			const year = Math.floor(monthIndex / 12);
			const month = (monthIndex % 12) + 1;
			return rule.byMonth && !rule.byMonth.includes(month) ? [] : monthCandidates(rule, year, month, startCivil.day);
		};
	} else {
		let year = startCivil.year;
		periodFirst = dayFromCivil(year, 1, 1);
		advance = () => {
			year += rule.interval;
			periodFirst = dayFromCivil(year, 1, 1);
		};
		candidates = () => yearCandidates(rule, year, startCivil);
	}

	while (periodFirst <= stop) {
		for (const day of applySetPos(sortedUnique(candidates()), rule.bySetPos)) {
			if (day < start) continue;
			if (day > stop) return result;
			result.push(day);
			if (rule.count !== undefined && result.length >= rule.count) return result;
		}
		advance();
	}
	return result;
}
