/**
 * A ban on kinds of activity (political, civic, journalism, social media, charity…).
 *
 * Nothing meets a ban; it is at breach risk when an `activity` check-in, done or planned, falls
 * in the ban's period and carries a banned category. The activity's date is its `planned` date
 * if it has one, else the local date it was recorded as happening. A plan still ahead is a
 * warning (there is time to call it off: supersede it); once its day has come, or for anything
 * done, it is critical. A cancelled plan is recorded by superseding it, and then counts no more.
 *
 * A `clarification` of the ban still without an answer the day after its `remindAfter` date gives
 * an info alert `clarification.unanswered` (ask again, in writing); it changes no state.
 *
 * Which activities a description may fall under is a separate question ("Can I do this?"):
 * see screen.ts.
 */
import { formatLocalDate, parseLocalDate } from '../time';
import { Findings } from '../findings';
import type { RuleKind } from '../kind';
import type { ActivityBanRule } from './activity-ban.schema';

export type { ActivityBanRule };

export const activityBan: RuleKind<ActivityBanRule> = {
	kind: 'activity-ban',
	defaultRemind: ['P3D', 'P1D'],
	caseRemind: true,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		const { zone, now, period } = ctx;
		const banned = new Set<string>(rule.categories);
		let conflicts = 0;
		for (const { checkIn, at } of ctx.checkIns.ofKind('activity')) {
			const day = checkIn.planned !== undefined ? parseLocalDate(checkIn.planned) : zone.dayOf(at);
			if (day < period.from || day > period.until) continue;
			const categories = checkIn.categories.filter((category) => banned.has(category));
			if (categories.length === 0) continue;
			conflicts++;
			const start = zone.startOfDay(day);
			const params = { checkInId: checkIn.id, date: formatLocalDate(day), categories };
			if (checkIn.planned !== undefined && start > now) {
				findings.possibleBreach(`${checkIn.id}/planned`, start, 'activity-ban.planned', params);
			} else {
				findings.breachRisk(`${checkIn.id}/conflict`, checkIn.planned !== undefined ? start : at, 'activity-ban.conflict', params);
			}
		}
		// A question about the ban still unanswered after its reminder date: chase it (info only).
		const today = zone.dayOf(now);
		for (const { checkIn, at } of ctx.checkIns.forRule(rule.id)) {
			if (checkIn.kind !== 'clarification' || checkIn.answer || checkIn.remindAfter === undefined) continue;
			const remindAfter = parseLocalDate(checkIn.remindAfter);
			if (remindAfter < today) findings.alert('info', `${checkIn.id}/unanswered`, zone.startOfDay(remindAfter + 1), 'clarification.unanswered', { date: formatLocalDate(zone.dayOf(at)) });
		}
		return findings.result({ code: 'activity-ban.summary', params: { categories: rule.categories, conflicts } });
	}
};
