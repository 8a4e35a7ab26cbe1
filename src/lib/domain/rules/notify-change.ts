/**
 * Tell the probation service about a change of residence, work, study or phone number within
 * `withinDays` calendar days. The day of the change is day 0: a move on 3 March with 3 days to
 * notify is due by the end of 6 March.
 *
 * A `change` check-in (for this rule, or naming no rule, of a kind this rule lists) is met by a
 * `notified` check-in about it by that deadline. A late notification does not undo the
 * lateness: the deadline stays missed, as with a missed reporting day.
 */
import { formatLocalDate, parseLocalDate } from '../time';
import { Findings } from '../findings';
import type { EvalContext, RuleKind } from '../kind';
import type { NotifyChangeRule } from './notify-change.schema';

export type { NotifyChangeRule };

/** The changes the rule covers, each with its notification deadline (shared with the compliance report). */
export function changesOf(rule: NotifyChangeRule, ctx: EvalContext) {
	const kinds = new Set<string>(rule.changes);
	const result = [];
	for (const change of ctx.checkIns.ofKind('change')) {
		const { checkIn } = change;
		if (!kinds.has(checkIn.what) || (checkIn.ruleId !== undefined && checkIn.ruleId !== rule.id)) continue;
		const on = parseLocalDate(checkIn.on);
		if (on < ctx.period.from || on > ctx.period.until) continue;
		result.push({ checkIn, deadline: ctx.zone.endOfDay(on + rule.withinDays) });
	}
	return result;
}

export function changeLabel(what: string, date: string) {
	return { code: 'notify-change.label', params: { what, date } };
}

export const notifyChange: RuleKind<NotifyChangeRule> = {
	kind: 'notify-change',
	defaultRemind: ['P3D', 'P1D'],
	caseRemind: true,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		let pending = 0;
		for (const { checkIn, deadline } of changesOf(rule, ctx)) {
			const met = ctx.checkIns.referring(checkIn.id).some((ref) => ref.checkIn.kind === 'notified' && ref.at <= deadline);
			const date = formatLocalDate(ctx.zone.dayOf(deadline));
			if (!met && ctx.now <= deadline) pending++;
			findings.deadline(checkIn.id, deadline, met, 'notify-change', { checkInId: checkIn.id, what: checkIn.what, on: checkIn.on, date }, changeLabel(checkIn.what, date));
		}
		return findings.result({ code: 'notify-change.summary', params: { changes: rule.changes, withinDays: rule.withinDays, pending } });
	}
};
