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
 * `warnings` and `disputed` are not stored: the UI counts them from `events`.
 *
 * Alerts (none while no event counts): with `count` = `moreThan` one more event would cross the threshold — a warning
 * `revocation.oneMore`; with `count` > `moreThan` the threshold is crossed — critical
 * `revocation.crossed`. Both only describe the numbers the person entered: they never say what a
 * court will do. Their ids name the stage, the count and the latest event, so a dismissed alert
 * returns only when the situation changes.
 */
import { civilFromDay, dayFromCivil, daysInMonth, formatLocalDate, parseLocalDate, type Day, type Zone } from './time';
import type { CheckInIndex } from './kind';
import type { Alert, CaseFile } from './types';


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
	/** The threshold: revocation becomes possible with MORE than this many events… */
	moreThan: number;
	/** …within this many months. */
	withinMonths: number;
	/** Events counting now, oldest first (the oldest stops counting first). */
	events: RevocationEvent[];
}

/** A local date plus whole calendar months, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Day, monthsToAdd: number): Day {
	const { year, month, day: dayOfMonth } = civilFromDay(day);
	const index = year * 12 + month - 1 + monthsToAdd;
	const y = Math.floor(index / 12);
	const m = index - y * 12 + 1;
	return dayFromCivil(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
}

type Candidate = RevocationEvent & { day: Day };

/**
 * The events counting at `now` (epoch ms). `alerts` are the rules' alerts at the same moment; the
 * critical ones are breach risks.
 */
export function revocationStatus(file: CaseFile, zone: Zone, checkIns: CheckInIndex, alerts: readonly Alert[], now: number): RevocationStatus | undefined {
	const { moreThan, withinMonths } = file.case.revocation ?? {};
	if (moreThan === undefined || withinMonths === undefined) return undefined;
	const today = zone.dayOf(now);
	const event = (id: string, kind: Candidate['kind'], ruleId: string | undefined, day: Day): Candidate => ({
		id,
		kind,
		ruleId,
		day,
		date: formatLocalDate(day),
		until: formatLocalDate(addMonths(day, withinMonths))
	});
	const warnings = checkIns.ofKind('official-warning').map(({ checkIn, at }) => {
		const warning = event(checkIn.id, 'warning', checkIn.ruleId, zone.dayOf(at));
		if (checkIn.disputed) warning.disputed = true;
		return warning;
	});
	// Latest first, so that a warning stands for the latest breach risk of its rule before it.
	let risks = alerts
		.filter((alert) => alert.severity === 'critical' && alert.at.getTime() <= now)
		.map((alert) => event(alert.id, 'breach-risk', alert.ruleId, zone.dayOf(alert.at.getTime())))
		.sort((a, b) => b.day - a.day || (a.id < b.id ? -1 : 1));
	for (const warning of warnings) {
		const stands = risks.find((risk) => warning.ruleId !== undefined && risk.ruleId === warning.ruleId && risk.day <= warning.day);
		if (stands) risks = risks.filter((risk) => risk !== stands);
	}
	const events = [...warnings, ...risks]
		// An event on day D counts while today is before D + months.
		.filter((candidate) => candidate.day <= today && addMonths(candidate.day, withinMonths) > today)
		.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1))
		.map(({ day: _day, ...counted }) => {
			if (counted.ruleId === undefined) delete counted.ruleId;
			return counted;
		});
	return { moreThan, withinMonths, events };
}

/** The alert for the distance, if one more event would cross the threshold or it is crossed. */
export function revocationAlert({ events, moreThan, withinMonths }: RevocationStatus, zone: Zone): Alert | undefined {
	const latest = events[events.length - 1];
	if (!latest || events.length < moreThan) return undefined;
	const crossed = events.length > moreThan;
	return {
		id: `revocation/${crossed ? 'crossed' : 'one-more'}/${events.length}/${latest.id}`,
		ruleId: latest.ruleId ?? '',
		severity: crossed ? 'critical' : 'warning',
		at: new Date(zone.startOfDay(parseLocalDate(latest.date))),
		code: crossed ? 'revocation.crossed' : 'revocation.oneMore',
		params: { count: events.length, moreThan, months: withinMonths, until: events[0]!.until }
	};
}
