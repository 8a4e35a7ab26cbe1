/** The one database of the running app (tests make their own). */
import { CleardayDb } from '$lib/storage/db';

let instance: CleardayDb | undefined;

export function appDb(): CleardayDb {
	instance ??= new CleardayDb();
	return instance;
}
