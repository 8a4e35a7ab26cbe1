/** The one database of the running app (tests make their own). */
import { CleardayDb, watchVersions } from '$lib/storage/db';

let instance: CleardayDb | undefined;

export function appDb(): CleardayDb {
	if (!instance) {
		instance = new CleardayDb();
		// Another tab updated the app (or this one waits for an old tab): say so, with the notice's code loaded only then.
		watchVersions(instance, (trouble) => void import('$lib/ui/backup/version-notice.svelte').then(({ showVersionNotice }) => showVersionNotice(trouble)));
	}
	return instance;
}
