/**
 * Backdated entries: written down noticeably later than what they record happened.
 *
 * An entry is **backdated** when its `recordedAt` is more than an hour after its `at`, or falls on
 * another local day in the case's zone. A report at 10:15 entered at 10:40 is not backdated; one at
 * 23:50 entered at 00:05 is, and so is a payment entered the next evening. An hour leaves room for
 * entering a visit on the way home without marking it; a change of day is always worth seeing,
 * since the day is what a reporting occurrence or a deadline turns on. The engine judges by `at`
 * (docs/case-file.md, decision 5): this mark is for the people who read the record (History, the
 * compliance report), so that a backdated entry is never disguised.
 */
import type { Zone } from './time';

/** More than this between `at` and `recordedAt` (on the same local day) marks an entry backdated. */
export const BACKDATED_AFTER_MS = 60 * 60 * 1000;

export function isBackdated(atMs: number, recordedMs: number, zone: Zone): boolean {
	return recordedMs - atMs > BACKDATED_AFTER_MS || zone.dayOf(atMs) !== zone.dayOf(recordedMs);
}
