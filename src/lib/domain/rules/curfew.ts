/**
 * A curfew: be at home between `start` and `end` local time (a window may cross midnight:
 * 22:00–06:00 runs from the evening of one day into the next morning), on the given `days`
 * (the weekday the window starts on; every day if none).
 *
 * With a `home` geofence, a `location` check-in taken inside a window and outside home is
 * critical (a warning when its accuracy leaves room for doubt). Without one nothing can be
 * checked, and the rule only reminds. The reminder before each night's start is `info` and does
 * not make the rule "due soon": a nightly routine should not turn the whole case amber.
 * Whether a location falls inside a window is read on the local wall clock.
 * A start that falls into a DST gap moves forward by the gap, as with Temporal's `compatible`
 * disambiguation (02:30 on a night the clocks jump from 02:00 to 03:00 is 03:30; see time.ts).
 */
import { WEEKDAY_CODES } from '../rrule';
import { fenceStanding } from '../geo';
import { formatLocalDate, parseLocalTime, weekdayOf, type Day } from '../time';
import { Findings } from '../findings';
import type { EvalContext, RuleKind } from '../kind';
import type { CurfewRule } from './curfew.schema';

export type { CurfewRule };

/** The curfew window that starts on local day `day`, or undefined if there is none that day. */
export function windowOn(rule: CurfewRule, ctx: EvalContext, day: Day): { start: number; end: number } | undefined {
	if (day < ctx.period.from || day > ctx.period.until) return undefined;
	if (rule.days && !rule.days.includes(WEEKDAY_CODES[weekdayOf(day)]!)) return undefined;
	const startMs = parseLocalTime(rule.start);
	const endMs = parseLocalTime(rule.end);
	return {
		start: ctx.zone.instantOf(day, startMs),
		end: ctx.zone.instantOf(endMs <= startMs ? day + 1 : day, endMs)
	};
}

/**
 * The local day whose window contains an instant, if any. Membership is read on the local wall
 * clock (a location at 23:30 local is inside 22:00–06:00 whatever the offset), which is both
 * what a curfew means and cheap enough for tens of thousands of locations.
 */
function windowDayAt(rule: CurfewRule, ctx: EvalContext, at: number): Day | undefined {
	return windowFinder(rule, ctx)(at);
}

/** `windowDayAt` for many instants: the rule's times and days read once. */
function windowFinder(rule: CurfewRule, ctx: EvalContext): (at: number) => Day | undefined {
	const start = parseLocalTime(rule.start);
	const end = parseLocalTime(rule.end);
	const weekdays = rule.days ? new Set(rule.days.map((code) => WEEKDAY_CODES.indexOf(code))) : undefined;
	const { from, until } = ctx.period;
	const applies = (day: Day) => day >= from && day <= until && (!weekdays || weekdays.has(weekdayOf(day)));
	return (at) => {
		const day = ctx.zone.dayOf(at);
		const time = ctx.zone.timeOf(at);
		if (end > start) return time >= start && time < end && applies(day) ? day : undefined;
		if (time >= start && applies(day)) return day;
		if (time < end && applies(day - 1)) return day - 1;
		return undefined;
	};
}

export function curfewLabel(rule: CurfewRule, date: string) {
	return { code: 'curfew.label', params: { date, start: rule.start, end: rule.end } };
}

export const curfew: RuleKind<CurfewRule> = {
	kind: 'curfew',
	defaultRemind: ['PT1H'],
	caseRemind: false,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		if (rule.home) {
			const windowDayOf = windowFinder(rule, ctx);
			for (const { checkIn, at } of ctx.checkIns.ofKind('location')) {
				const day = windowDayOf(at);
				if (day === undefined) continue;
				const standing = fenceStanding(rule.home, checkIn.lat, checkIn.lon, checkIn.accuracyM);
				if (standing === 'inside') continue;
				const params = { checkInId: checkIn.id, date: formatLocalDate(day), start: rule.start, end: rule.end };
				if (standing === 'outside') findings.breachRisk(`${checkIn.id}/outside`, at, 'curfew.outside', params);
				else findings.possibleBreach(`${checkIn.id}/maybe-outside`, at, 'curfew.maybeOutside', params);
			}
		}

		const today = ctx.zone.dayOf(ctx.now);
		const activeDay = windowDayAt(rule, ctx, ctx.now);
		// The next start is at most a week after today or after the period begins.
		const first = Math.max(today, ctx.period.from);
		for (let day = first; day <= Math.min(first + 7, ctx.period.until); day++) {
			const window = windowOn(rule, ctx, day);
			if (!window || window.start < ctx.now) continue;
			const date = formatLocalDate(day);
			findings.deadline(date, window.start, false, 'curfew', { date, start: rule.start, end: rule.end }, curfewLabel(rule, date), {
				reminderSeverity: 'info',
				remindersMakeDueSoon: false
			});
			break;
		}
		const params = { start: rule.start, end: rule.end, days: rule.days ?? [] };
		return findings.result({ code: activeDay !== undefined ? 'curfew.summary.now' : 'curfew.summary', params });
	}
};
