/**
 * The reporting schedule builder: the few shapes a court's reporting schedule takes, as form
 * state, and the RRULE each one writes.
 *
 * - every week (or every N weeks) on some weekdays: `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH`
 * - monthly on a day of the month: `FREQ=MONTHLY;BYMONTHDAY=15`
 * - monthly on the 1st…4th or last weekday: `FREQ=MONTHLY;BYDAY=2MO`, `FREQ=MONTHLY;BYDAY=-1FR`
 * - monthly on the last day: `FREQ=MONTHLY;BYMONTHDAY=-1`
 *
 * Each shape has exactly one text (`builderToRRule`), and `builderFromRRule` accepts exactly
 * those texts, so a stored rule opens in the builder only when saving it again gives back the
 * very same text. Anything else (another order of weekdays, COUNT, a yearly rule…) opens as
 * "advanced" raw text and is kept as written.
 */
import { occurrences, parseRecurrence, WEEKDAY_CODES, type Recurrence } from '$lib/domain/rrule';
import { formatLocalDate, isLocalDate, parseLocalDate } from '$lib/domain/time';

/** Which weekday of the month: 1st…4th, or the last one. */
export type Ordinal = 1 | 2 | 3 | 4 | -1;
export const ORDINALS: readonly Ordinal[] = [1, 2, 3, 4, -1];

/** Weekdays are 0 = Monday … 6 = Sunday, as in rrule.ts. */
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

export const MAX_WEEK_INTERVAL = 52;

export type Builder =
	| { mode: 'weekly'; interval: number; weekdays: number[] }
	| { mode: 'monthlyDay'; day: number }
	| { mode: 'monthlyWeekday'; nth: Ordinal; weekday: number }
	| { mode: 'monthlyLastDay' };

export type ScheduleMode = Builder['mode'] | 'advanced';
export const SCHEDULE_MODES: readonly ScheduleMode[] = ['weekly', 'monthlyDay', 'monthlyWeekday', 'monthlyLastDay', 'advanced'];

/** The RRULE a builder shape writes (its one canonical text). */
export function builderToRRule(builder: Builder): string {
	switch (builder.mode) {
		case 'weekly': {
			const days = [...builder.weekdays].sort((a, b) => a - b).map((day) => WEEKDAY_CODES[day]);
			const interval = builder.interval === 1 ? '' : `;INTERVAL=${builder.interval}`;
			return `FREQ=WEEKLY${interval};BYDAY=${days.join(',')}`;
		}
		case 'monthlyDay':
			return `FREQ=MONTHLY;BYMONTHDAY=${builder.day}`;
		case 'monthlyWeekday':
			return `FREQ=MONTHLY;BYDAY=${builder.nth}${WEEKDAY_CODES[builder.weekday]}`;
		case 'monthlyLastDay':
			return 'FREQ=MONTHLY;BYMONTHDAY=-1';
	}
}

function onlyParts(rule: Recurrence, allowed: (keyof Recurrence)[]): boolean {
	const used: (keyof Recurrence)[] = ['count', 'until', 'byDay', 'byMonthDay', 'byMonth', 'bySetPos'];
	return rule.wkst === 0 && used.every((part) => allowed.includes(part) || rule[part] === undefined);
}

/** The builder shape a parsed recurrence means, whatever order or case it was written in. */
function shapeOf(rule: Recurrence): Builder | undefined {
	if (rule.freq === 'WEEKLY' && onlyParts(rule, ['byDay']) && rule.byDay && rule.interval <= MAX_WEEK_INTERVAL) {
		if (rule.byDay.some((day) => day.nth !== undefined)) return undefined;
		const weekdays = [...new Set(rule.byDay.map((day) => day.weekday))].sort((a, b) => a - b);
		return { mode: 'weekly', interval: rule.interval, weekdays };
	}
	if (rule.freq !== 'MONTHLY' || rule.interval !== 1) return undefined;
	if (onlyParts(rule, ['byMonthDay']) && rule.byMonthDay?.length === 1) {
		const day = rule.byMonthDay[0]!;
		if (day === -1) return { mode: 'monthlyLastDay' };
		return day > 0 ? { mode: 'monthlyDay', day } : undefined;
	}
	if (onlyParts(rule, ['byDay']) && rule.byDay?.length === 1) {
		const { weekday, nth } = rule.byDay[0]!;
		return nth !== undefined && (ORDINALS as readonly number[]).includes(nth) ? { mode: 'monthlyWeekday', nth: nth as Ordinal, weekday } : undefined;
	}
	return undefined;
}

/** The builder shape of an RRULE, when the builder would write back exactly that text. */
export function builderFromRRule(text: string): Builder | undefined {
	const shape = builderFromRecurrence(text);
	return shape && builderToRRule(shape) === text ? shape : undefined;
}

/**
 * The builder shape of an RRULE that means one (`FREQ=WEEKLY;BYDAY=TH,MO` as well), for turning
 * advanced text back into the builder on request. Undefined when it is no builder shape.
 */
export function builderFromRecurrence(text: string): Builder | undefined {
	try {
		return shapeOf(parseRecurrence(text));
	} catch {
		return undefined;
	}
}

/** The schedule part of the reporting form: every mode's fields at once, so switching loses nothing. */
export interface ScheduleForm {
	mode: ScheduleMode;
	/** Every how many weeks, as typed. */
	interval: string;
	weekdays: number[];
	monthDay: number;
	nth: Ordinal;
	weekday: number;
	/** The RRULE as written, in advanced mode. */
	rrule: string;
}

export const DEFAULT_SCHEDULE: ScheduleForm = { mode: 'weekly', interval: '1', weekdays: [0], monthDay: 1, nth: 1, weekday: 0, rrule: '' };

/** The form for a builder shape; fields of other modes keep their defaults (or follow along). */
export function scheduleFromBuilder(builder: Builder, base: ScheduleForm = DEFAULT_SCHEDULE): ScheduleForm {
	const form: ScheduleForm = { ...base, weekdays: [...base.weekdays], mode: builder.mode, rrule: builderToRRule(builder) };
	if (builder.mode === 'weekly') {
		form.interval = String(builder.interval);
		form.weekdays = [...builder.weekdays];
	} else if (builder.mode === 'monthlyDay') form.monthDay = builder.day;
	else if (builder.mode === 'monthlyWeekday') {
		form.nth = builder.nth;
		form.weekday = builder.weekday;
		form.weekdays = [builder.weekday];
	}
	return form;
}

/** The form for a stored RRULE: the builder when it writes back the same text, else advanced. */
export function scheduleFromRRule(text: string): ScheduleForm {
	const builder = builderFromRRule(text);
	return builder ? scheduleFromBuilder(builder) : { ...DEFAULT_SCHEDULE, weekdays: [...DEFAULT_SCHEDULE.weekdays], mode: 'advanced', rrule: text };
}

export type ScheduleProblem = 'weekdays' | 'interval';

/** The builder shape the form describes, or what is missing. */
export function builderOfForm(form: ScheduleForm): { builder: Builder } | { problem: ScheduleProblem } | { advanced: string } {
	switch (form.mode) {
		case 'advanced':
			return { advanced: form.rrule };
		case 'weekly': {
			const interval = /^\s*\d{1,2}\s*$/.test(form.interval) ? Number(form.interval) : NaN;
			if (!(interval >= 1 && interval <= MAX_WEEK_INTERVAL)) return { problem: 'interval' };
			const weekdays = [...new Set(form.weekdays)].filter((day) => day >= 0 && day <= 6).sort((a, b) => a - b);
			if (weekdays.length === 0) return { problem: 'weekdays' };
			return { builder: { mode: 'weekly', interval, weekdays } };
		}
		case 'monthlyDay':
			return { builder: { mode: 'monthlyDay', day: form.monthDay } };
		case 'monthlyWeekday':
			return { builder: { mode: 'monthlyWeekday', nth: form.nth, weekday: form.weekday } };
		case 'monthlyLastDay':
			return { builder: { mode: 'monthlyLastDay' } };
	}
}

/** The RRULE the form writes, or the problem that keeps it from writing one. */
export function scheduleToRRule(form: ScheduleForm): { rrule: string } | { problem: ScheduleProblem } {
	const result = builderOfForm(form);
	if ('problem' in result) return result;
	return { rrule: 'advanced' in result ? result.advanced : builderToRRule(result.builder) };
}

/**
 * The next reporting days (local dates) on or after `today`, within the rule's period, for the
 * person to check against the paper. Undefined when the schedule or start cannot be read yet.
 * Looks at most ten years ahead, so that a daily rule over a long sentence stays quick.
 */
export function nextReportingDays(rrule: string, start: string, period: { from: string; until: string }, today: string, count = 5): string[] | undefined {
	if (!isLocalDate(start) || !isLocalDate(period.from) || !isLocalDate(period.until) || !isLocalDate(today)) return undefined;
	let rule: Recurrence;
	try {
		rule = parseRecurrence(rrule);
	} catch {
		return undefined;
	}
	const first = Math.max(parseLocalDate(today), parseLocalDate(period.from));
	const last = Math.min(parseLocalDate(period.until), first + 3660);
	if (last < first) return [];
	const days: string[] = [];
	for (const day of occurrences(rule, parseLocalDate(start), last)) {
		if (day < first) continue;
		days.push(formatLocalDate(day));
		if (days.length >= count) break;
	}
	return days;
}
