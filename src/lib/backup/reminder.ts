/**
 * When Today reminds the person to make a backup: gently, and only for a real case (the demo is
 * not worth keeping). Decided from what Today has read already (the device's settings and the
 * case on screen), so that the first visit loads nothing more for it.
 *
 * - Once the last backup of this case is older than the chosen interval; without any, once the
 *   record's first check-in is that old (a case with nothing recorded has little to lose).
 * - At once when the browser refused to keep the app's data (or cannot promise to): then it may
 *   be cleared when the phone runs short of space, and a backup is the only other copy.
 * - Not again for a day after "Later".
 */
import type { Settings } from '$lib/storage/settings';

/** "Later" hides the reminder for this long. */
export const LATER_MS = 24 * 3_600_000;

const DAY_MS = 86_400_000;

export type BackupReminder =
	/** The browser may clear the data: no backup, or none within the interval. */
	| { reason: 'at-risk'; since?: Date }
	/** Never backed up, and the record is older than the interval. */
	| { reason: 'never' }
	/** The last backup is older than the interval. */
	| { reason: 'old'; since: Date };

export interface CaseForReminder {
	id: string;
	demo: boolean;
	/** When the record began: its first check-in's `recordedAt` (none: nothing recorded yet). */
	recordSince: string | undefined;
}

function instant(text: string | undefined): Date | undefined {
	if (text === undefined) return undefined;
	const date = new Date(text);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The reminder to show now, if any. */
export function backupReminder(settings: Settings, theCase: CaseForReminder, now: Date): BackupReminder | undefined {
	if (theCase.demo) return undefined;
	const later = instant(settings.backupLater);
	if (later && later > now) return undefined;
	const every = settings.backupEvery > 0 ? settings.backupEvery : 7;
	const last = settings.lastBackup?.caseId === theCase.id ? instant(settings.lastBackup.at) : undefined;
	const overdue = (since: Date) => now.getTime() - since.getTime() >= every * DAY_MS;
	if (settings.persistence === 'refused' || settings.persistence === 'unsupported') {
		if (!last) return { reason: 'at-risk' };
		return overdue(last) ? { reason: 'at-risk', since: last } : undefined;
	}
	if (last) return overdue(last) ? { reason: 'old', since: last } : undefined;
	const since = instant(theCase.recordSince);
	return since && overdue(since) ? { reason: 'never' } : undefined;
}
