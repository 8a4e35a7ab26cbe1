/**
 * What the Backup screen does, one function per step: make a backup and hand it over (download or
 * the phone's share sheet), and restore one (read, unlock, check, store). Storage failures throw
 * StorageError for the screen to put in words.
 */
import { appDb } from '$lib/app/db';
import { makeBackup, type BackupFile } from '$lib/backup/export';
import { checkBackup, readBackupFile, restoreBackup, unlockBackup } from '$lib/backup/restore';
import type { CaseFile } from '$lib/domain';
import type { Saved } from '$lib/storage/result';
import { writeSetting } from '$lib/storage/settings';

export { readBackupFile, unlockBackup, checkBackup };
/** The device's settings, live: the last backup and the reminder's interval among them. */
export { deviceSettings } from '$lib/ui/settings/actions';

export function backUp(caseId: string, passphrase: string | undefined): Promise<BackupFile | undefined> {
	return makeBackup(appDb(), caseId, { passphrase, now: new Date() });
}

/**
 * The backup as a file the share sheet takes: JSON where allowed, else the same text as .txt
 * (browsers share only file types on a list of their own; Chromium's has no .json).
 */
export function shareableFile(backup: Pick<BackupFile, 'name' | 'text'>): File | undefined {
	if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function' || typeof File !== 'function') return undefined;
	const choices: [string, string][] = [
		[backup.name, 'application/json'],
		[backup.name.replace(/\.json$/, '.txt'), 'text/plain']
	];
	for (const [name, type] of choices) {
		const file = new File([backup.text], name, { type });
		if (navigator.canShare({ files: [file] })) return file;
	}
	return undefined;
}

/** Saves the backup to the phone's downloads. */
export function download(backup: BackupFile): void {
	const url = URL.createObjectURL(new Blob([backup.text], { type: backup.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = backup.name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Hands the backup to the share sheet: 'shared' once an app took it, 'closed' when the person
 * closed the sheet, 'refused' when the browser would not open it (e.g. sealing took so long that
 * the tap no longer counts as one): then the caller downloads instead.
 */
export async function share(file: File, title: string): Promise<'shared' | 'closed' | 'refused'> {
	try {
		await navigator.share({ files: [file], title });
		return 'shared';
	} catch (error) {
		return error instanceof DOMException && error.name === 'AbortError' ? 'closed' : 'refused';
	}
}

/** A backup of `caseId` was made now. */
export function backedUp(caseId: string): Promise<void> {
	return writeSetting(appDb(), 'lastBackup', { caseId, at: new Date().toISOString() });
}

export function setBackupEvery(days: number): Promise<void> {
	return writeSetting(appDb(), 'backupEvery', days);
}

export function restore(json: unknown, replacing: string | undefined): Promise<Saved<CaseFile>> {
	return restoreBackup(appDb(), json, { replacing, now: new Date() });
}
