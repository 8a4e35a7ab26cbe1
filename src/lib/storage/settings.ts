/**
 * Settings of the app on this device (not of the case): key and value, read with a default; and
 * the request to keep the app's storage, whose answer is one of them. (One module: screens that
 * read settings and the layout that asks share one file on the first visit, not two.)
 */
import type { CleardayDb } from './db';
import { guarded, guardedRead } from './errors';

export interface Settings {
	/** What the browser answered when asked to keep our storage (navigator.storage.persist). */
	persistence: 'granted' | 'refused' | 'unsupported' | 'unknown';
	/** Whether the person turned system notifications on in the app. */
	notifications: boolean;
	/** The last backup made (or restored) on this device: of which case, and when (ISO instant). */
	lastBackup: { caseId: string; at: string } | undefined;
	/** After how many days without a backup Today reminds of one. */
	backupEvery: number;
	/** "Later" on that reminder: not shown again before this instant. */
	backupLater: string | undefined;
}

export const DEFAULT_SETTINGS: Settings = { persistence: 'unknown', notifications: false, lastBackup: undefined, backupEvery: 7, backupLater: undefined };

export async function readSettings(db: CleardayDb): Promise<Settings> {
	const records = await guardedRead(() => db.settings.bulkGet(Object.keys(DEFAULT_SETTINGS)));
	const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const record of records) if (record) settings[record.key] = record.value;
	return settings as unknown as Settings;
}

export async function writeSetting<K extends keyof Settings>(db: CleardayDb, key: K, value: Settings[K]): Promise<void> {
	await guarded(() => db.settings.put({ key, value }));
}

/** The browser's answer; no answer (or an error) counts as a refusal. */
async function ask(storage: StorageManager | undefined): Promise<Settings['persistence']> {
	if (!storage?.persist || !storage.persisted) return 'unsupported';
	try {
		if (await storage.persisted()) return 'granted';
		return (await storage.persist()) ? 'granted' : 'refused';
	} catch {
		return 'refused';
	}
}

/**
 * Asks the browser to keep our data even when the phone runs short of space, and stores the
 * answer. Browsers may refuse; the settings screen then says so and suggests a backup.
 */
export async function requestPersistence(db: CleardayDb, storage: StorageManager | undefined): Promise<Settings['persistence']> {
	const answer = await ask(storage);
	if ((await readSettings(db)).persistence !== answer) await writeSetting(db, 'persistence', answer);
	return answer;
}
