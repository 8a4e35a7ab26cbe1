/**
 * Asks the browser to keep our data even when the phone runs short of space. Browsers may
 * refuse (or fail to answer, which counts as a refusal); the settings screen then says so and
 * suggests a backup.
 */
import type { CleardayDb } from './db';
import { readSettings, writeSetting, type Settings } from './settings';

async function ask(storage: StorageManager | undefined): Promise<Settings['persistence']> {
	if (!storage?.persist || !storage.persisted) return 'unsupported';
	try {
		if (await storage.persisted()) return 'granted';
		return (await storage.persist()) ? 'granted' : 'refused';
	} catch {
		return 'refused';
	}
}

export async function requestPersistence(db: CleardayDb, storage: StorageManager | undefined): Promise<Settings['persistence']> {
	const answer = await ask(storage);
	if ((await readSettings(db)).persistence !== answer) await writeSetting(db, 'persistence', answer);
	return answer;
}
