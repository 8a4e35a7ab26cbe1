/**
 * Asks the browser to keep our data even when the phone runs short of space. Browsers may
 * refuse; the settings screen then says so and suggests a backup.
 */
import type { CleardayDb } from './db';
import { readSettings, writeSetting, type Settings } from './settings';

export async function requestPersistence(db: CleardayDb, storage: StorageManager | undefined): Promise<Settings['persistence']> {
	let answer: Settings['persistence'];
	if (!storage?.persist || !storage.persisted) answer = 'unsupported';
	else if (await storage.persisted()) answer = 'granted';
	else answer = (await storage.persist()) ? 'granted' : 'refused';
	if ((await readSettings(db)).persistence !== answer) await writeSetting(db, 'persistence', answer);
	return answer;
}
