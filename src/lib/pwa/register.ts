/**
 * Registers the service worker and reports when a new version waits, with the browser's own
 * ServiceWorkerContainer (what workbox-window wraps; its 2.2 kB were a fortieth of the first
 * visit's budget). Runs in the browser only; where service workers are missing or refused (an
 * old browser, a private window, plain http) it does nothing and the app works online as before.
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

export async function registerServiceWorker(updates: ServiceWorkerUpdates, container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): Promise<Registered | undefined> {
	if (!container) return undefined;
	try {
		const registration = await container.register(SERVICE_WORKER_URL);
		// A version waits only where an older one controls the page: the very first install
		// passes through "installed" too, but nothing controls the page then.
		const announce = () => {
			if (registration.waiting && container.controller) updates.onWaiting();
		};
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') announce();
			});
		});
		// A version that was already waiting when the page opened (installed during an earlier visit).
		announce();
		return {
			applyUpdate() {
				container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
				registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
			},
			async checkForUpdate() {
				await registration.update().catch(() => undefined);
			}
		};
	} catch {
		return undefined;
	}
}
