/**
 * The notice that the database changed under this page (storage/db.ts, watchVersions): another
 * tab runs a newer version, so this one must reload; or this page's update waits for an old tab
 * to close. Mounted on the page's body when it happens, once, whatever screen is open.
 */
import { mount } from 'svelte';
import type { VersionTrouble } from '$lib/storage/db';
import VersionNotice from './VersionNotice.svelte';

let shown: { trouble: VersionTrouble } | undefined;

export function showVersionNotice(trouble: VersionTrouble): void {
	if (shown) {
		// An update that was waiting for another tab and then finds this page outdated says the latter.
		shown.trouble = trouble;
		return;
	}
	const props = $state({ trouble });
	shown = props;
	mount(VersionNotice, { target: document.body, props });
}
