/**
 * The shape of a family status link, between the person's phone (making it) and a relative's
 * browser (opening it). See docs/share-link.md for the bytes.
 */
import type { Level, Message } from '$lib/domain';

/** What the person chose to show. The overall level is always there. */
export interface ShareScope {
	/** Deadlines of the next 30 days (reporting days, instalments, legal deadlines…). */
	deadlines: boolean;
	/** For each fine or damages: paid, total, overdue. */
	balances: boolean;
	/** When the person last recorded anything. */
	lastCheckIn: boolean;
	/** The record's fingerprint (the hash chain's head, short), to compare with one noted earlier. */
	fingerprint?: boolean;
}

/**
 * Hex digits of the chain head a link carries: the short form people compare (`shortHash` in
 * integrity/chain.ts shows the same 12, in groups of four). docs/share-link.md says why 12.
 */
export const FINGERPRINT_DIGITS = 12;

export const EXPIRY_DAYS = [1, 7, 30] as const;
export type ExpiryDays = (typeof EXPIRY_DAYS)[number];
export const DEFAULT_EXPIRY_DAYS: ExpiryDays = 7;

/**
 * What a relative sees: codes and parameters (rendered in the viewer's language), the titles of
 * the conditions, dates and amounts. Never notes, locations, activity descriptions, trip
 * destinations or the officer's details, whatever the scope.
 */
export interface Snapshot {
	/** When the snapshot was made (the status is as of then). */
	createdAt: Date;
	expiresAt: Date;
	level: Level;
	/** Present when the scope has deadlines: the next 30 days, by time. */
	deadlines?: { title: string; label: Message; at: Date }[];
	/** Present when the scope has balances: one per payment condition, in minor units. */
	balances?: { title: string; paid: number; total: number; overdue: number; currency: string }[];
	/** Present when the scope has the last check-in; null when nothing was recorded yet. */
	lastCheckInAt?: Date | null;
	/**
	 * Present when the scope has the fingerprint: the first FINGERPRINT_DIGITS hex digits of the
	 * chain head over every check-in; '' when nothing was recorded yet.
	 */
	chainHead?: string;
}

/** Why a link did not open, each with its own message for the viewer. */
export type OpenFailure =
	| 'expired'
	| 'damaged'
	| 'truncated'
	| 'tampered'
	| 'wrong-passphrase'
	| 'unknown-version'
	| 'needs-passphrase';

export type OpenResult = { ok: true; snapshot: Snapshot } | { ok: false; reason: OpenFailure };
