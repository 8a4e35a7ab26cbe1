/**
 * Validation pieces shared by the case, the rule kinds and the check-ins.
 *
 * Every custom message is an issue code (see issues.ts), not an English sentence, so that the
 * app can show each problem in the reader's language.
 */
import * as v from 'valibot';
import { isLocalDate, isLocalTime, isTimeZone, parseDuration } from './time';
import { instantMs } from './instant';

export const MAX_ID = 100;
export const MAX_TITLE = 200;
export const MAX_TEXT = 4000;

export const id = v.pipe(v.string(), v.minLength(1, 'id.empty'), v.maxLength(MAX_ID, 'text.tooLong'));

export const title = v.pipe(
	v.string(),
	v.check((text) => /\S/.test(text), 'text.empty'),
	v.maxLength(MAX_TITLE, 'text.tooLong')
);

export const text = v.pipe(v.string(), v.maxLength(MAX_TEXT, 'text.tooLong'));

export const localDate = v.pipe(v.string(), v.check(isLocalDate, 'date.invalid'));

export const localTime = v.pipe(v.string(), v.check(isLocalTime, 'time.invalid'));

export const instant = v.pipe(
	v.string(),
	v.check((text) => !Number.isNaN(instantMs(text)), 'instant.invalid')
);

export const timeZone = v.pipe(v.string(), v.check(isTimeZone, 'timeZone.unknown'));

/** Money is a positive whole number of minor units (tiyn, cents). */
export const money = v.pipe(v.number(), v.safeInteger('money.invalid'), v.minValue(1, 'money.invalid'));

/**
 * A check-in's link in the hash chain: SHA-256 as 64 lower-case hex digits, the chain's own
 * HASH_PATTERN (src/lib/integrity/chain.ts; a test holds them equal). Not imported from there:
 * this module loads with the first visit, the chain's hashing does not.
 */
export const HASH = /^[0-9a-f]{64}$/;
export const hash = v.pipe(v.string(), v.regex(HASH, 'hash.invalid'));

export const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'currency.invalid'));

export const duration = v.pipe(
	v.string(),
	v.check((text) => parseDuration(text) !== undefined, 'duration.invalid')
);

export const latitude = v.pipe(v.number(), v.minValue(-90, 'geo.latitude'), v.maxValue(90, 'geo.latitude'));
export const longitude = v.pipe(v.number(), v.minValue(-180, 'geo.longitude'), v.maxValue(180, 'geo.longitude'));

export const geofence = v.strictObject({
	lat: latitude,
	lon: longitude,
	radiusKm: v.pipe(v.number(), v.gtValue(0, 'geo.radius'), v.maxValue(20_000, 'geo.radius'))
});
export type Geofence = v.InferOutput<typeof geofence>;

export const wholeDays = v.pipe(v.number(), v.safeInteger('number.wholeDays'), v.minValue(0, 'number.wholeDays'), v.maxValue(36_600, 'number.wholeDays'));

/**
 * A `from`–`until` pair of local dates, both optional; when both are there `until` ≥ `from`.
 * Only real dates are compared: a malformed one has its own issue (valibot runs this check
 * even then), and comparing it as text would add a false one.
 */
export function periodInOrder(input: { from?: string; until?: string }): boolean {
	const { from, until } = input;
	return from === undefined || until === undefined || !isLocalDate(from) || !isLocalDate(until) || until >= from;
}

/** Reminder lead times: at most ten ISO 8601 durations. */
export function reminders() {
	return v.pipe(v.array(duration), v.maxLength(10, 'remind.tooMany'));
}

/** Fields every rule has. */
export const ruleBase = {
	id,
	title,
	notes: v.optional(text),
	from: v.optional(localDate),
	until: v.optional(localDate),
	remind: v.optional(reminders())
};

/** The pipe step every rule schema ends with: its own period is in order. */
export function rulePeriodInOrder<T extends { from?: string; until?: string }>() {
	// valibot cannot prove 'until' is a key of a generic T (its ValidPath type is not exported).
	return v.forward<T, v.CheckIssue<T>, ['until']>(v.check<T, 'period.order'>(periodInOrder, 'period.order'), ['until'] as never);
}
