/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Clearday's service worker: after the first visit every screen opens with the network off.
 *
 * - The whole app shell is precached (every file Vite built, every static file, every
 *   prerendered page) and served from the cache; a new release replaces the old cache.
 * - Any navigation is answered from the cache: its prerendered page, or the root page for a
 *   path that has none (the client router renders the route; see SHELL).
 * - A new version waits until the person agrees: `skipWaiting()` only on the page's
 *   `{ type: 'SKIP_WAITING' }` (src/lib/pwa/UpdatePrompt.svelte asks).
 * - A tap on a notification focuses the app, or opens it.
 * The app talks to no other origin, so nothing else is cached at run time.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { precacheEntries, SHELL } from '$lib/pwa/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;

const entries = precacheEntries(build, files, prerendered, version);
const shell = base + SHELL;

precacheAndRoute(entries);
cleanupOutdatedCaches();
// In `vite dev` nothing is prerendered, so there is no shell to answer with.
if (entries.some((entry) => entry.url === shell)) registerRoute(new NavigationRoute(createHandlerBoundToURL(shell)));
// The first visit's page is controlled at once (screens it opens later load from the cache);
// an update still waits for SKIP_WAITING.
clientsClaim();

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const open = windows.find((client) => new URL(client.url).origin === sw.location.origin);
			if (open) await open.focus();
			else await sw.clients.openWindow(shell);
		})()
	);
});
