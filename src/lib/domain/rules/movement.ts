/**
 * A limit on movement: stay within an area (a city, the country) unless permitted or notified.
 *
 * Trips are `trip` check-ins with `outsideArea: true` (for this rule, or naming no rule) that
 * overlap the rule's period. A trip starts at the first millisecond of its `from` day: with no
 * times on a trip, what must exist "before the trip" must exist before that day begins.
 * - `required`: a granted `permission` for the trip, given by the time the trip starts. The ask-by
 *   deadline is the end of the day `noticeDays` before departure (with no `noticeDays`, or 0 or 1:
 *   the trip's start, which is the end of the day before); once it passes without a grant, it is
 *   critical. A refusal that stands at departure
 *   is a warning while the trip is ahead and critical once it starts.
 * - `notice`: a `notified` check-in about the trip by the end of the day `noticeDays` before
 *   departure (by its start with no `noticeDays`, or 0). A late notice does not undo the lateness.
 * - `forbidden`: any trip outside the area is a risk: a warning while ahead, critical once begun.
 * With a `geofence`, a `location` check-in outside it is critical (a warning when its accuracy
 * leaves room for doubt), unless a trip in order covers that day.
 */
import type { CheckInOf } from '../checkins';
import { fenceStanding } from '../geo';
import { formatLocalDate, parseLocalDate, type Day } from '../time';
import { Findings } from '../findings';
import type { EvalContext, RuleKind, Timed } from '../kind';
import type { MovementRule } from './movement.schema';

export type { MovementRule };

type Trip = Timed<CheckInOf<'trip'>>;

export interface TripPlan {
	trip: Trip;
	from: Day;
	to: Day;
	/** First millisecond of the trip's first day. */
	start: number;
	/** When the permission or notice is due. */
	deadline: number;
}

export function tripsOf(rule: MovementRule, ctx: EvalContext): TripPlan[] {
	const plans: TripPlan[] = [];
	for (const trip of ctx.checkIns.ofKind('trip')) {
		const { checkIn } = trip;
		if (!checkIn.outsideArea || (checkIn.ruleId !== undefined && checkIn.ruleId !== rule.id)) continue;
		const from = parseLocalDate(checkIn.from);
		const to = parseLocalDate(checkIn.to);
		if (to < ctx.period.from || from > ctx.period.until) continue;
		const start = ctx.zone.startOfDay(from);
		const deadline = ctx.zone.endOfDay(from - Math.max(1, rule.noticeDays ?? 0));
		plans.push({ trip, from, to, start, deadline });
	}
	return plans;
}

/** The standing permission decision at departure: the latest one given before the trip starts. */
function decisionAtStart(plan: TripPlan, ctx: EvalContext): boolean | undefined {
	let decision: boolean | undefined;
	for (const { checkIn, at } of ctx.checkIns.referring(plan.trip.checkIn.id)) {
		if (checkIn.kind === 'permission' && at < plan.start) decision = checkIn.granted;
	}
	return decision;
}

function noticeInTime(plan: TripPlan, ctx: EvalContext): boolean {
	return ctx.checkIns.referring(plan.trip.checkIn.id).some(({ checkIn, at }) => checkIn.kind === 'notified' && at <= plan.deadline);
}

/** Whether a trip is in order for this rule (as far as is known by now). */
function inOrder(rule: MovementRule, plan: TripPlan, ctx: EvalContext): boolean {
	if (rule.permission === 'required') return decisionAtStart(plan, ctx) === true;
	if (rule.permission === 'notice') return noticeInTime(plan, ctx);
	return false;
}

export function tripLabel(rule: MovementRule, plan: TripPlan) {
	return { code: `movement.label.${rule.permission}`, params: { date: formatLocalDate(plan.from), checkInId: plan.trip.checkIn.id } };
}

export const movement: RuleKind<MovementRule> = {
	kind: 'movement',
	defaultRemind: ['P3D', 'P1D'],
	caseRemind: true,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		const plans = tripsOf(rule, ctx);
		for (const plan of plans) {
			const { checkIn } = plan.trip;
			const params = { checkInId: checkIn.id, date: checkIn.from, until: checkIn.to };
			const started = ctx.now >= plan.start;
			if (rule.permission === 'forbidden') {
				if (started) findings.breachRisk(`${checkIn.id}/forbidden`, plan.start, 'movement.forbidden', params);
				else findings.possibleBreach(`${checkIn.id}/forbidden-planned`, plan.start, 'movement.forbiddenPlanned', params);
				continue;
			}
			if (rule.permission === 'required' && decisionAtStart(plan, ctx) === false) {
				if (started) findings.breachRisk(`${checkIn.id}/refused`, plan.start, 'movement.refused', params);
				else findings.possibleBreach(`${checkIn.id}/refused-planned`, plan.start, 'movement.refusedPlanned', params);
				continue;
			}
			const code = rule.permission === 'required' ? 'movement.permission' : 'movement.notice';
			findings.deadline(checkIn.id, plan.deadline, inOrder(rule, plan, ctx), code, params, tripLabel(rule, plan));
		}

		if (rule.geofence) {
			for (const { checkIn, at } of ctx.checkIns.ofKind('location')) {
				const day = ctx.zone.dayOf(at);
				if (day < ctx.period.from || day > ctx.period.until) continue;
				const standing = fenceStanding(rule.geofence, checkIn.lat, checkIn.lon, checkIn.accuracyM);
				if (standing === 'inside') continue;
				if (plans.some((plan) => plan.from <= day && day <= plan.to && inOrder(rule, plan, ctx))) continue;
				const params = { checkInId: checkIn.id, date: formatLocalDate(day) };
				if (standing === 'outside') findings.breachRisk(`${checkIn.id}/outside`, at, 'movement.outside', params);
				else findings.possibleBreach(`${checkIn.id}/maybe-outside`, at, 'movement.maybeOutside', params);
			}
		}
		return findings.result({
			code: `movement.summary.${rule.permission}`,
			params: { area: rule.area, noticeDays: rule.noticeDays ?? 0, trips: plans.length }
		});
	}
};
