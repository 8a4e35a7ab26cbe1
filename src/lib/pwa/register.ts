/**
 * Registers the service worker with workbox-window, and reports when a new version waits. Runs
 * in the browser only; where service workers are missing or refused (an old browser, a private
 * window, plain http) it does nothing and the app works online as before.
 */
export interface ServiceWorkerUpdates {
	/** Called when a new version is installed and waits for the person's consent. */
	onWaiting(): void;
}

export interface Registered {
	/** Activates the waiting version and reloads the page once it controls it. */
	applyUpdate(): void;
	/** Looks for a new version now (the browser checks by itself only on full navigations). */
	checkForUpdate(): Promise<void>;
}

export const SERVICE_WORKER_URL = '/service-worker.js';

export async function registerServiceWorker(updates: ServiceWorkerUpdates): Promise<Registered | undefined> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
	try {
		// Loaded only here: the first screen does not wait for it.
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(SERVICE_WORKER_URL);
		workbox.addEventListener('waiting', () => updates.onWaiting());
		await workbox.register();
		return {
			applyUpdate() {
				workbox.addEventListener('controlling', () => window.location.reload());
				workbox.messageSkipWaiting();
			},
			async checkForUpdate() {
				await workbox.update().catch(() => undefined);
			}
		};
	} catch {
		return undefined;
	}
}
