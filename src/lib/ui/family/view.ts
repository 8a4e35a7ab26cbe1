/**
 * The family view's small decisions, pure: the fragment of an address, how old a status is in
 * words, when it is stale, and which sentence each failure gets. Dates are the viewer's: the
 * relative who opens the link may live in another time zone than the person who made it.
 */
import { messagesFor, type Formatter, type Language, type MessageKey } from '$lib/i18n';
import type { Params } from '$lib/domain';
import type { OpenFailure } from '$lib/share';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A status older than this gets "ask for a fresh link". */
export const STALE_AFTER_MS = 2 * DAY_MS;

/** The link's fragment from `location.hash` ("#abc" → "abc"); undefined when there is none. */
export function fragmentOf(hash: string): string | undefined {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	return fragment === '' ? undefined : fragment;
}

/** The viewer's own time zone, as the browser reports it. */
export function viewerTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Dates and times in the viewer's zone (the app's formatter is in the case's zone, which a
 * relative's browser does not have), in the viewer's language: the link carries none of the
 * sender's.
 */
export function viewerFormat(language: Language, timeZone = viewerTimeZone()): Formatter {
	return messagesFor(language, timeZone).format;
}

export interface Said {
	key: MessageKey;
	params: Params;
}

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "3 days ago" (calendar days, viewer's zone). */
export function ageOf(createdAt: Date, now: Date, format: Formatter): Said {
	const ms = Math.max(0, now.getTime() - createdAt.getTime());
	if (ms < HOUR_MS) return { key: 'family.age.minutes', params: { count: Math.floor(ms / MINUTE_MS) } };
	if (ms < DAY_MS) return { key: 'family.age.hours', params: { count: Math.floor(ms / HOUR_MS) } };
	return { key: 'family.age.days', params: { days: Math.max(1, format.daysFrom(now, createdAt)) } };
}

/** Whole days the status has aged, when it is older than STALE_AFTER_MS; otherwise undefined. */
export function staleDays(createdAt: Date, now: Date): number | undefined {
	const ms = now.getTime() - createdAt.getTime();
	return ms > STALE_AFTER_MS ? Math.floor(ms / DAY_MS) : undefined;
}

/** Something the library did not foresee (it should not happen): said plainly, never a stack trace. */
export type ViewFailure = OpenFailure | 'unexpected';

const FAILURES: Record<ViewFailure, MessageKey> = {
	expired: 'family.failure.expired',
	damaged: 'family.failure.damaged',
	truncated: 'family.failure.truncated',
	tampered: 'family.failure.tampered',
	'wrong-passphrase': 'family.failure.wrong-passphrase',
	'unknown-version': 'family.failure.unknown-version',
	'needs-passphrase': 'family.failure.needs-passphrase',
	unexpected: 'family.failure.unexpected'
};

/** The sentence for a link that did not open. */
export function failureKey(reason: ViewFailure): MessageKey {
	return FAILURES[reason] ?? FAILURES.unexpected;
}
