/**
 * The distance to revocation: how many events count towards "systematic" violation right now,
 * against the case's own threshold, and when each stops counting.
 *
 * The policy (`case.revocation`) says, in the jurisdiction's terms, that a suspended sentence may
 * be revoked after MORE THAN `moreThan` violations or warnings within `withinMonths` months, or
 * after hiding from supervision for more than `hidingDays` days, and that the probation period may
 * be extended by up to `extensionMonths` months. Every field is optional: templates for Kazakhstan
 * and Russia fill what the law says (docs/jurisdictions.md), and the person or their lawyer edits
 * the rest. Without both `moreThan` and `withinMonths` there is no distance to measure, and
 * `CaseStatus.revocation` is absent.
 *
 * Events, each on a local date in the case's zone:
 * - every effective `official-warning` check-in (not superseded, `at` ≤ now), on the date of `at`.
 *   A DISPUTED warning STILL COUNTS: until a court or the service withdraws it, the authority
 *   that may ask for revocation counts it. It is marked `disputed`, so the person sees which ones
 *   they contest; a warning withdrawn for good is superseded and then counts no more.
 * - every breach risk the engine finds (a critical alert: a missed report, an overdue payment, a
 *   banned activity recorded…) whose moment has come, on the date of its `at`, UNLESS a warning
 *   for the same rule was issued on or after that date: the warning is the official record of that
 *   violation, and counting both would count one violation twice. Each warning stands for at most
 *   one breach risk (the latest one before it).
 *
 * The window is rolling: an event on day D counts up to and including the day before D plus
 * `withinMonths` calendar months; on that day (`until`) it stops counting. Months are added on the
 * calendar and clamped to the month's end: 31 Jan + 1 month → 28/29 Feb; 3 Mar 2026 + 12 months
 * → 3 Mar 2027.
 *
 * Alerts (none while no event counts): with `count` = `moreThan` one more event would cross the threshold — a warning
 * `revocation.oneMore`; with `count` > `moreThan` the threshold is crossed — critical
 * `revocation.crossed`. Both only describe the numbers the person entered: they never say what a
 * court will do. Their ids name the stage, the count and the latest event, so a dismissed alert
 * returns only when the situation changes.
 */
import * as v from 'valibot';
import { text } from './schema';
import { civilFromDay, dayFromCivil, daysInMonth, formatLocalDate, parseLocalDate, type Day, type Zone } from './time';
import type { CheckInIndex } from './kind';
import type { Alert, CaseFile } from './types';

export const JURISDICTIONS = ['KZ', 'RU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

const count = (max: number, code: string) => v.pipe(v.number(), v.safeInteger(code), v.minValue(0, code), v.maxValue(max, code));
const months = v.pipe(v.number(), v.safeInteger('number.months'), v.minValue(1, 'number.months'), v.maxValue(600, 'number.months'));

export const revocationPolicySchema = v.strictObject({
	/** The jurisdiction template the values were taken from (informational). */
	template: v.optional(v.picklist(JURISDICTIONS, 'jurisdiction.unknown')),
	moreThan: v.optional(count(1000, 'number.count')),
	withinMonths: v.optional(months),
	hidingDays: v.optional(count(36_600, 'number.count')),
	extensionMonths: v.optional(months),
	notes: v.optional(text)
});

export type RevocationPolicy = v.InferOutput<typeof revocationPolicySchema>;

export interface RevocationEvent {
	/** The warning's check-in id, or the breach risk's alert id. */
	id: string;
	kind: 'warning' | 'breach-risk';
	ruleId?: string;
	/** The local date it happened. */
	date: string;
	/** The first local date it no longer counts. */
	until: string;
	/** A warning the person disputes (it still counts). */
	disputed?: boolean;
}

export interface RevocationStatus {
	/** The threshold: revocation becomes possible with MORE than this many events. */
	moreThan: number;
	withinMonths: number;
	/** Events counting now, oldest first. */
	events: RevocationEvent[];
	/** How many of them are warnings (disputed included) and how many of the warnings are disputed. */
	warnings: number;
	disputed: number;
	/** The first date on which the oldest counting event stops counting. */
	nextExpiry?: string;
	hidingDays?: number;
	extensionMonths?: number;
}

/** A local date plus whole calendar months, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Day, monthsToAdd: number): Day {
	const { year, month, day: dayOfMonth } = civilFromDay(day);
	const index = year * 12 + (month - 1) + monthsToAdd;
	const newYear = Math.floor(index / 12);
	const newMonth = index - newYear * 12 + 1;
	return dayFromCivil(newYear, newMonth, Math.min(dayOfMonth, daysInMonth(newYear, newMonth)));
}

interface Candidate {
	id: string;
	kind: 'warning' | 'breach-risk';
	ruleId?: string;
	day: Day;
	disputed?: boolean;
}

/**
 * The events counting at `now` (epoch ms). `breachAlerts` are the critical alerts of the rules'
 * evaluation at the same moment.
 */
export function revocationStatus(file: CaseFile, zone: Zone, checkIns: CheckInIndex, breachAlerts: readonly Alert[], now: number): RevocationStatus | undefined {
	const policy = file.case.revocation;
	if (policy?.moreThan === undefined || policy.withinMonths === undefined) return undefined;
	const { withinMonths } = policy;
	const today = zone.dayOf(now);
	// An event on day D counts while today < D + months, i.e. D > the day that many months back.
	const counts = (day: Day) => addMonths(day, withinMonths) > today;

	const warnings: Candidate[] = [];
	for (const { checkIn, at } of checkIns.ofKind('official-warning')) {
		const day = zone.dayOf(at);
		warnings.push({ id: checkIn.id, kind: 'warning', ruleId: checkIn.ruleId, day, disputed: checkIn.disputed !== undefined });
	}
	// A warning stands for the latest breach risk of its rule on or before its own date.
	const covered = new Set<string>();
	const risks = breachAlerts
		.filter((alert) => alert.severity === 'critical' && alert.at.getTime() <= now)
		.map((alert): Candidate => ({ id: alert.id, kind: 'breach-risk', ruleId: alert.ruleId, day: zone.dayOf(alert.at.getTime()) }))
		.sort((a, b) => b.day - a.day || (a.id < b.id ? -1 : 1));
	for (const warning of warnings) {
		if (warning.ruleId === undefined) continue;
		const risk = risks.find((candidate) => candidate.ruleId === warning.ruleId && candidate.day <= warning.day && !covered.has(candidate.id));
		if (risk) covered.add(risk.id);
	}

	const events: RevocationEvent[] = [...warnings, ...risks.filter((risk) => !covered.has(risk.id))]
		.filter((candidate) => counts(candidate.day))
		.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((candidate) => {
			const event: RevocationEvent = { id: candidate.id, kind: candidate.kind, date: formatLocalDate(candidate.day), until: formatLocalDate(addMonths(candidate.day, withinMonths)) };
			if (candidate.ruleId !== undefined) event.ruleId = candidate.ruleId;
			if (candidate.disputed) event.disputed = true;
			return event;
		});
	const status: RevocationStatus = {
		moreThan: policy.moreThan,
		withinMonths,
		events,
		warnings: events.filter((event) => event.kind === 'warning').length,
		disputed: events.filter((event) => event.disputed).length
	};
	const soonest = events.reduce<string | undefined>((min, event) => (min === undefined || event.until < min ? event.until : min), undefined);
	if (soonest !== undefined) status.nextExpiry = soonest;
	if (policy.hidingDays !== undefined) status.hidingDays = policy.hidingDays;
	if (policy.extensionMonths !== undefined) status.extensionMonths = policy.extensionMonths;
	return status;
}

/** The alert for the distance, if one more event would cross the threshold or it is crossed. */
export function revocationAlert(status: RevocationStatus, zone: Zone): Alert | undefined {
	const { events, moreThan, withinMonths } = status;
	const latest = events[events.length - 1];
	if (!latest || events.length < moreThan) return undefined;
	const crossed = events.length > moreThan;
	const stage = crossed ? 'crossed' : 'one-more';
	return {
		id: `revocation/${stage}/${events.length}/${latest.id}`,
		ruleId: latest.ruleId ?? '',
		severity: crossed ? 'critical' : 'warning',
		at: new Date(zone.startOfDay(parseLocalDate(latest.date))),
		code: crossed ? 'revocation.crossed' : 'revocation.oneMore',
		params: { count: events.length, moreThan, months: withinMonths, until: status.nextExpiry ?? '' }
	};
}

