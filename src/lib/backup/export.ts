/**
 * Making a backup: the whole case as its case file (check-ins with their hashes), as readable
 * JSON or sealed with a passphrase (envelope.ts), named for the day it was made.
 */
import type { CaseFile } from '$lib/domain';
import { sealStoredChain } from '$lib/storage/chain';
import { readCase } from '$lib/storage/case-records';
import type { CleardayDb } from '$lib/storage/db';
import { sealBackup } from './envelope';

export interface BackupFile {
	name: string;
	type: string;
	text: string;
	/** The case it holds, as stored. */
	file: CaseFile;
}

/** YYYY-MM-DD of `now` in the case's zone: the date a person sees on the phone. */
function localDay(now: Date, timeZone: string): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The backup of a stored case (undefined when it is not stored). Check-ins that a tab on older
 * code wrote without a hash are sealed first, so that the file always has a whole chain and
 * can be restored.
 */
export async function makeBackup(db: CleardayDb, caseId: string, options: { passphrase?: string; now: Date }): Promise<BackupFile | undefined> {
	await sealStoredChain(db, caseId);
	const file = await readCase(db, caseId);
	if (!file) return undefined;
	const day = localDay(options.now, file.case.timeZone);
	if (options.passphrase) {
		const envelope = await sealBackup(JSON.stringify(file), options.passphrase);
		return { name: `clearday-backup-${day}-encrypted.json`, type: 'application/json', text: `${JSON.stringify(envelope, null, '\t')}\n`, file };
	}
	// Tabs, as the example files are written: a lawyer may read it in any text editor.
	return { name: `clearday-backup-${day}.json`, type: 'application/json', text: `${JSON.stringify(file, null, '\t')}\n`, file };
}
