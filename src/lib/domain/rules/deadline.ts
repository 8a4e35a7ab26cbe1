/**
 * A one-off legal deadline: register with the probation service within 10 days of the verdict
 * entering into force, file an appeal, hand in a document.
 *
 * Due on a local date (`due`), or a number of days after the verdict or its entry into force
 * (`after`: inForce 2023-04-25 + 10 days = 2023-05-05), at `time` if given, else by the end of that
 * day. `after.calendar` is `calendar` (the default) or `working`: then the days are working days
 * of the case's calendar (working-days.ts: weekends, public holidays of `case.jurisdiction`, the
 * person's own `case.holidays`), and the due date is the n-th working day after the anchor. Met by a `done` check-in for the rule. Doing it late still does it (a continuing
 * obligation, like a debt): the rule is then done, and its summary says it was late.
 */
import { formatLocalDate, parseLocalDate, parseLocalTime } from '../time';
import { Findings } from '../findings';
import { addWorkingDays, workCalendarOf } from '../working-days';
import type { EvalContext, RuleKind } from '../kind';
import type { CaseFile } from '../types';
import type { DeadlineRule } from './deadline.schema';

export type { DeadlineRule };

/** The local due date, or undefined when its anchor date is missing from the case. */
export function dueDate(rule: DeadlineRule, file: CaseFile): string | undefined {
	if (rule.due) return rule.due;
	const anchor = rule.after ? file.case[rule.after.anchor] : undefined;
	if (!anchor || !rule.after) return undefined;
	const from = parseLocalDate(anchor);
	return formatLocalDate(rule.after.calendar === 'working' ? addWorkingDays(from, rule.after.days, workCalendarOf(file.case)) : from + rule.after.days);
}

export function dueInstant(rule: DeadlineRule, ctx: EvalContext, date: string): number {
	const day = parseLocalDate(date);
	return rule.time ? ctx.zone.instantOf(day, parseLocalTime(rule.time)) : ctx.zone.endOfDay(day);
}

export function deadlineLabel(date: string, time: string | undefined) {
	return { code: 'deadline.label', params: { date, time: time ?? '' } };
}

export const deadline: RuleKind<DeadlineRule> = {
	kind: 'deadline',
	defaultRemind: ['P3D', 'P1D'],
	caseRemind: true,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		const date = dueDate(rule, ctx.file)!;
		const due = dueInstant(rule, ctx, date);
		const done = ctx.checkIns.forRule(rule.id).find(({ checkIn }) => checkIn.kind === 'done');
		if (done) {
			const late = done.at > due;
			return findings.result({ code: late ? 'deadline.summary.doneLate' : 'deadline.summary.done', params: { date, doneOn: formatLocalDate(ctx.zone.dayOf(done.at)) } }, true);
		}
		findings.deadline('due', due, false, 'deadline', { date, time: rule.time ?? '' }, deadlineLabel(date, rule.time));
		return findings.result({ code: ctx.now > due ? 'deadline.summary.missed' : 'deadline.summary.pending', params: { date, time: rule.time ?? '' } });
	}
};
