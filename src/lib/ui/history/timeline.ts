/**
 * The history timeline: every check-in ever recorded (corrected ones too), newest first, in days
 * of the case's zone.
 *
 * Decisions:
 * - Order is by `at` (when it happened), newest first; check-ins at the same instant are in
 *   reverse recording order (the later-recorded first). Days are the local dates of `at` in the
 *   case's zone, so a report made at 00:30 in Almaty is on that Almaty day wherever the phone is.
 * - **Backdated** (src/lib/domain/backdated.ts, shared with the compliance report): an entry
 *   recorded more than an hour after it happened, or on another local day. A backdated entry shows
 *   both times, "happened … · recorded …", because that difference is what a lawyer or an officer
 *   reading the record will ask about. A correction that keeps the original time is therefore
 *   backdated too, which is honest: it was written later.
 * - Filters: by condition (a rule id, or NO_RULE for entries for no condition) and by kind.
 */
import type { CheckIn, CheckInKind } from '$lib/domain';
import { instantMs } from '$lib/domain/instant';
import { formatLocalDate, type Zone } from '$lib/domain/time';
import { isBackdated } from '$lib/domain/backdated';
import { corrections, type Corrections } from './corrections';

export { BACKDATED_AFTER_MS, isBackdated } from '$lib/domain/backdated';

export interface TimelineEntry {
	checkIn: CheckIn;
	/** Position in recording order. */
	order: number;
	atMs: number;
	recordedMs: number;
	/** Local date of `at` in the case's zone. */
	day: string;
	backdated: boolean;
	/** The correction that replaces this entry, if any. */
	supersededBy?: CheckIn;
	/** The entry this one replaces, if it is a correction. */
	replaces?: CheckIn;
}

export interface Timeline {
	entries: TimelineEntry[];
	index: Corrections;
}

/** Every check-in as a timeline entry, newest first. `checkIns` are in recording order. */
export function buildTimeline(checkIns: readonly CheckIn[], zone: Zone): Timeline {
	const index = corrections(checkIns);
	const entries = checkIns.map((checkIn, order): TimelineEntry => {
		const atMs = instantMs(checkIn.at);
		const recordedMs = instantMs(checkIn.recordedAt);
		const entry: TimelineEntry = {
			checkIn,
			order,
			atMs,
			recordedMs,
			day: formatLocalDate(zone.dayOf(atMs)),
			backdated: isBackdated(atMs, recordedMs, zone)
		};
		const supersededBy = index.supersededBy.get(checkIn.id);
		if (supersededBy) entry.supersededBy = supersededBy;
		const replaces = checkIn.supersedes !== undefined ? index.byId.get(checkIn.supersedes) : undefined;
		if (replaces) entry.replaces = replaces;
		return entry;
	});
	entries.sort((a, b) => b.atMs - a.atMs || b.order - a.order);
	return { entries, index };
}

/** Entries for no condition. */
export const NO_RULE = '\u0000none';

export interface TimelineFilter {
	/** '' for every condition, NO_RULE for entries for none, else a rule id. */
	ruleId: string;
	/** '' for every kind. */
	kind: CheckInKind | '';
}

export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
	if (!filter.ruleId && !filter.kind) return entries as TimelineEntry[];
	return entries.filter(({ checkIn }) => {
		if (filter.kind && checkIn.kind !== filter.kind) return false;
		if (filter.ruleId === NO_RULE) return checkIn.ruleId === undefined;
		return !filter.ruleId || checkIn.ruleId === filter.ruleId;
	});
}

export interface TimelineDay {
	/** YYYY-MM-DD in the case's zone. */
	day: string;
	entries: TimelineEntry[];
}

/** Consecutive entries of the same local day, together (entries are already newest first). */
export function groupByDay(entries: readonly TimelineEntry[]): TimelineDay[] {
	const days: TimelineDay[] = [];
	for (const entry of entries) {
		const last = days[days.length - 1];
		if (last && last.day === entry.day) last.entries.push(entry);
		else days.push({ day: entry.day, entries: [entry] });
	}
	return days;
}

/** How many entries a page shows at first, and how many more each "Show older" adds. */
export const PAGE_SIZE = 200;

/** The first `limit` entries, by day. */
export function visibleDays(entries: readonly TimelineEntry[], limit: number): TimelineDay[] {
	return groupByDay(entries.slice(0, limit));
}

/**
 * The limit that shows the entry `id` (to follow a link to a correction further down), or
 * undefined when the entries do not hold it. Grows in whole pages.
 */
export function limitShowing(entries: readonly TimelineEntry[], id: string, limit: number): number | undefined {
	const position = entries.findIndex((entry) => entry.checkIn.id === id);
	if (position < 0) return undefined;
	return position < limit ? limit : Math.ceil((position + 1) / PAGE_SIZE) * PAGE_SIZE;
}
