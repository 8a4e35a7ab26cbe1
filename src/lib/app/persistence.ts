/**
 * Asking the browser, once, to keep the app's data even when the phone runs short of space.
 * The lead calls `keepDataOnFirstUse()` from the layout once a case exists; the Settings screen
 * shows the answer and can ask again on a tap.
 */
import { readSettings, writeSetting, type Settings } from '$lib/storage/settings';
import { requestPersistence } from '$lib/storage/persistence';
import { type CleardayDb } from '$lib/storage/db';
import { appDb } from './db';

/**
 * The first time: asks (`navigator.storage.persist()`) and stores the answer. After that it does
 * not ask again by itself (Firefox shows the person a prompt each time), but notices when the
 * browser has since agreed on its own (Chromium does, e.g. once the app is installed). Never
 * throws: a failure to read or write the setting leaves it for the next start.
 */
export async function keepDataOnFirstUse(
	db: CleardayDb = appDb(),
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<Settings['persistence'] | undefined> {
	try {
		const { persistence } = await readSettings(db);
		if (persistence === 'unknown') return await requestPersistence(db, storage);
		if (persistence === 'refused' && storage?.persisted && (await storage.persisted())) {
			await writeSetting(db, 'persistence', 'granted');
			return 'granted';
		}
		return persistence;
	} catch {
		return undefined;
	}
}
