/**
 * When Today reminds the person to make a backup: gently, and only for a real case (the demo is
 * not worth keeping).
 *
 * - Once the last backup of this case is older than the chosen interval, or, without any, once
 *   the case itself is that old.
 * - At once when the browser refused to keep the app's data (or cannot promise to): then it may
 *   be cleared when the phone runs short of space, and a backup is the only copy.
 * - Not again for a day after "Later".
 */
import type { Settings } from '$lib/storage/settings';

/** The intervals offered, in days; the default is a week. */
export const BACKUP_EVERY_DAYS = [1, 3, 7, 14, 30] as const;
export const DEFAULT_BACKUP_EVERY = 7;
/** "Later" hides the reminder for this long. */
export const LATER_MS = 24 * 3_600_000;

const DAY_MS = 86_400_000;

export type BackupReminder =
	/** The browser may clear the data: no backup, or none within the interval. */
	| { reason: 'at-risk'; since?: Date }
	/** Never backed up, and the case is older than the interval. */
	| { reason: 'never' }
	/** The last backup is older than the interval. */
	| { reason: 'old'; since: Date };

export interface CaseForReminder {
	id: string;
	demo: boolean;
	/** When the case was stored on this phone (ISO instant). */
	createdAt: string | undefined;
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
	const every = (BACKUP_EVERY_DAYS as readonly number[]).includes(settings.backupEvery) ? settings.backupEvery : DEFAULT_BACKUP_EVERY;
	const last = settings.lastBackup?.caseId === theCase.id ? instant(settings.lastBackup.at) : undefined;
	const overdue = (since: Date) => now.getTime() - since.getTime() >= every * DAY_MS;
	if (settings.persistence === 'refused' || settings.persistence === 'unsupported') {
		if (!last) return { reason: 'at-risk' };
		return overdue(last) ? { reason: 'at-risk', since: last } : undefined;
	}
	if (last) return overdue(last) ? { reason: 'old', since: last } : undefined;
	const created = instant(theCase.createdAt);
	return created && overdue(created) ? { reason: 'never' } : undefined;
}
