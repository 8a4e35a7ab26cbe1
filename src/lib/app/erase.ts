/**
 * Panic wipe: everything Clearday keeps on this phone is deleted — the database, the offline
 * caches, the service worker, the language choice — and the app shows only that it was done.
 * Nothing on the page may bring the database back afterwards (it is closed for good first).
 */
import { appDb } from './db';
import { erasure } from './erasure.svelte';

async function step(run: () => Promise<unknown> | void, failed: unknown[]): Promise<void> {
	try {
		await run();
	} catch (error) {
		failed.push(error);
	}
}

/**
 * Deletes everything, step by step: a step that fails does not stop the others. Rejects at the
 * end when something could not be deleted (the person may try again); the app shows that it was
 * done only when everything went.
 */
export async function eraseEverything(): Promise<void> {
	// The screen after it is in memory first: with the caches gone it could not load offline.
	const { default: Erased } = await import('$lib/ui/erase/Erased.svelte');
	const failed: unknown[] = [];
	await step(() => appDb().delete({ disableAutoOpen: true }), failed);
	await step(async () => {
		for (const { name } of (await indexedDB.databases?.()) ?? []) {
			if (name)
				await new Promise<void>((resolve, reject) => {
					const request = indexedDB.deleteDatabase(name);
					request.onsuccess = () => resolve();
					request.onerror = () => reject(request.error);
				});
		}
	}, failed);
	await step(async () => {
		if (typeof caches !== 'undefined') for (const key of await caches.keys()) await caches.delete(key);
	}, failed);
	await step(async () => {
		if ('serviceWorker' in navigator) for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
	}, failed);
	await step(() => localStorage.clear(), failed);
	await step(() => sessionStorage.clear(), failed);
	if (failed.length) throw new AggregateError(failed, 'erase: some data could not be deleted');
	erasure.screen = Erased;
}
