/**
 * Reporting to the probation office on a recurring schedule.
 *
 * Occurrences are the local dates the RRULE (from `start`) produces inside the rule's period.
 * An occurrence is met by a `report` check-in for the rule on that local date, at or before its
 * deadline: the end of the `window` when there is one (a report after the office closed is not
 * in time), else the end of the day. A report on another day never meets it: a missed
 * reporting day cannot be made up later, only excused (an `excuse` check-in for that date, e.g.
 * the officer moved the visit). Missed, unexcused occurrences stay a breach risk for the rest of
 * the period: that is the honest record the person may have to answer for.
 */
import { occurrences, parseRecurrence, type Recurrence } from '../rrule';
import { formatLocalDate, parseLocalDate, parseLocalTime, type Day } from '../time';
import { Findings } from '../findings';
import type { EvalContext, RuleKind, Timed } from '../kind';
import type { ReportingRule } from './reporting.schema';

export type { ReportingRule };

const parsed = new Map<string, Recurrence>();
/** The rule's RRULE parsed (once per text: parsing is not free and the text seldom changes). */
export function recurrenceOf(rule: ReportingRule): Recurrence {
	let recurrence = parsed.get(rule.rrule);
	if (!recurrence) {
		recurrence = parseRecurrence(rule.rrule);
		parsed.set(rule.rrule, recurrence);
	}
	return recurrence;
}

/** The rule's occurrences inside its period. */
export function reportingDays(rule: ReportingRule, ctx: EvalContext): Day[] {
	const days = occurrences(recurrenceOf(rule), parseLocalDate(rule.start), ctx.period.until);
	return days.filter((day) => day >= ctx.period.from);
}

export function reportingDeadline(rule: ReportingRule, ctx: EvalContext, day: Day): number {
	return rule.window ? ctx.zone.instantOf(day, parseLocalTime(rule.window.to)) : ctx.zone.endOfDay(day);
}

/** One occurrence and what the record holds for it, as far as `ctx` knows (check-ins by `now`). */
export interface Occurrence {
	day: Day;
	/** The end of the window, else of the day. */
	deadline: number;
	/** Reports for the rule on that local date, by `at`: the first meets it if it is in time. */
	reports: readonly Timed[];
	/** Excuses for that date, by `at`: any one takes the occurrence out. */
	excuses: readonly Timed[];
	met: boolean;
}

function add(map: Map<Day, Timed[]>, day: Day, item: Timed): void {
	const list = map.get(day);
	if (list) list.push(item);
	else map.set(day, [item]);
}

/**
 * The rule's occurrences in date order, each with its reports and excuses: the one judgement of
 * a reporting day, shared by `evaluate` and the compliance report. Lazy, so that evaluate can stop
 * once the next occurrence is known.
 */
export function* occurrencesOf(rule: ReportingRule, ctx: EvalContext): Generator<Occurrence> {
	const reports = new Map<Day, Timed[]>();
	const excuses = new Map<Day, Timed[]>();
	for (const item of ctx.checkIns.forRule(rule.id)) {
		const { checkIn } = item;
		if (checkIn.kind === 'report') add(reports, ctx.zone.dayOf(item.at), item);
		else if (checkIn.kind === 'excuse') add(excuses, parseLocalDate(checkIn.for), item);
	}
	for (const day of reportingDays(rule, ctx)) {
		const deadline = reportingDeadline(rule, ctx, day);
		const onDay = reports.get(day) ?? [];
		yield { day, deadline, reports: onDay, excuses: excuses.get(day) ?? [], met: onDay.length > 0 && onDay[0]!.at <= deadline };
	}
}

/** What the schedule and `next` call an occurrence. */
export function reportingLabel(date: string) {
	return { code: 'reporting.label', params: { date } };
}

export const reporting: RuleKind<ReportingRule> = {
	kind: 'reporting',
	defaultRemind: ['P3D', 'P1D'],
	caseRemind: true,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		const { now } = ctx;
		let missed = 0;
		let firstMissed: string | undefined;
		let remaining = 0;
		for (const { day, deadline, excuses, met } of occurrencesOf(rule, ctx)) {
			if (excuses.length) continue;
			const date = formatLocalDate(day);
			if (!met && now > deadline) {
				missed++;
				firstMissed ??= date;
			}
			if (!met && now <= deadline) remaining++;
			findings.deadline(date, deadline, met, 'reporting', { date }, reportingLabel(date));
			// Far-future occurrences change nothing now: stop once the next one is known.
			if (deadline - now > ctx.maxLeadMs && remaining > 0) break;
		}

		if (missed > 0) return findings.result({ code: 'reporting.summary.missed', params: { count: missed, since: firstMissed! } });
		if (remaining > 0) return findings.result({ code: 'reporting.summary.onTrack', params: {} });
		return findings.result({ code: 'reporting.summary.complete', params: {} }, true);
	}
};
