/**
 * The schedule: every deadline of every rule in a span, met or not. For the calendar export and
 * the family link; apart from evaluate.ts and the rule kinds' engine so that the dashboard, which
 * shows each rule's next deadline only (evaluate's `next`), does not load it.
 */
import type { RuleSchedule } from './kind';
import { contextFor, indexCheckIns } from './evaluate';
import type { Rule, RuleKindName, RuleOfKind } from './registry';
import { formatLocalDate, Zone } from './time';
import type { CaseFile, Deadline } from './types';
import { reportingDays, reportingDeadline, reportingLabel } from './rules/reporting';
import { instalments, paymentLabel } from './rules/payment';
import { deadlineLabel, dueDate, dueInstant } from './rules/deadline';
import { tripLabel, tripsOf } from './rules/movement';
import { curfewLabel, windowOn } from './rules/curfew';
import { changeLabel, changesOf } from './rules/notify-change';

/** Each kind's deadlines with `from` ≤ at ≤ `to`, met or not. */
export const schedules: { readonly [K in RuleKindName]: RuleSchedule<RuleOfKind<K>> } = {
	reporting(rule, ctx, from, to) {
		const result: Deadline[] = [];
		for (const day of reportingDays(rule, ctx)) {
			const at = reportingDeadline(rule, ctx, day);
			if (at > to) break;
			if (at < from) continue;
			const date = formatLocalDate(day);
			result.push({ id: `${rule.id}/${date}`, ruleId: rule.id, at: new Date(at), label: reportingLabel(date) });
		}
		return result;
	},

	payment(rule, ctx, from, to) {
		return instalments(rule, ctx)
			.filter((item) => item.deadline >= from && item.deadline <= to)
			.map((item) => ({ id: `${rule.id}/${item.due}`, ruleId: rule.id, at: new Date(item.deadline), label: paymentLabel(rule, item) }));
	},

	deadline(rule, ctx, from, to) {
		const date = dueDate(rule, ctx.file)!;
		const at = dueInstant(rule, ctx, date);
		return at >= from && at <= to ? [{ id: `${rule.id}/due`, ruleId: rule.id, at: new Date(at), label: deadlineLabel(date, rule.time) }] : [];
	},

	'activity-ban'() {
		return [];
	},

	movement(rule, ctx, from, to) {
		if (rule.permission === 'forbidden') return [];
		return tripsOf(rule, ctx)
			.filter((plan) => plan.deadline >= from && plan.deadline <= to)
			.map((plan) => ({
				id: `${rule.id}/${plan.trip.checkIn.id}`,
				ruleId: rule.id,
				at: new Date(plan.deadline),
				label: tripLabel(rule, plan)
			}));
	},

	curfew(rule, ctx, from, to) {
		const result: Deadline[] = [];
		const first = Math.max(ctx.period.from, ctx.zone.dayOf(from) - 1);
		const last = Math.min(ctx.period.until, ctx.zone.dayOf(to) + 1);
		for (let day = first; day <= last; day++) {
			const window = windowOn(rule, ctx, day);
			if (!window || window.start < from || window.start > to) continue;
			const date = formatLocalDate(day);
			result.push({ id: `${rule.id}/${date}`, ruleId: rule.id, at: new Date(window.start), label: curfewLabel(rule, date) });
		}
		return result;
	},

	'notify-change'(rule, ctx, from, to) {
		return changesOf(rule, ctx)
			.filter(({ deadline }) => deadline >= from && deadline <= to)
			.map(({ checkIn, deadline }) => ({
				id: `${rule.id}/${checkIn.id}`,
				ruleId: rule.id,
				at: new Date(deadline),
				label: changeLabel(checkIn.what, formatLocalDate(ctx.zone.dayOf(deadline)))
			}));
	}
};

/**
 * Every deadline of every rule with `from` ≤ at ≤ `to`, met or not, by time: reporting
 * occurrences, instalments, deadlines, permission and notice deadlines of recorded trips,
 * notification deadlines of recorded changes, curfew starts. The feed for calendars.
 */
export function upcoming(file: CaseFile, from: Date, to: Date): Deadline[] {
	const fromMs = from.getTime();
	const toMs = to.getTime();
	if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new RangeError('upcoming: from and to must be valid dates');
	const zone = Zone.of(file.case.timeZone);
	const checkIns = indexCheckIns(file.checkIns, Infinity);
	const result: Deadline[] = [];
	for (const rule of file.rules) {
		const ctx = contextFor(rule, file, zone, checkIns, Infinity);
		result.push(...(schedules[rule.kind] as RuleSchedule<Rule>)(rule, ctx, fromMs, toMs));
	}
	return result.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
