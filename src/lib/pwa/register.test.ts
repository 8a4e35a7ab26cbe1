/**
 * Service worker registration with the browser's own API: an update is announced only when a new
 * version waits behind one that controls the page, and applying it hands over and reloads.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, SERVICE_WORKER_URL } from './register';

/** A service worker as the page sees it: a state that changes, and messages it was sent. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	messages: unknown[] = [];
	postMessage(message: unknown): void {
		this.messages.push(message);
	}
	moveTo(state: ServiceWorkerState): void {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	updates = 0;
	update(): Promise<void> {
		this.updates++;
		return Promise.resolve();
	}
	/** The browser found a new version: it installs, then waits. */
	install(worker = new FakeWorker()): FakeWorker {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = worker;
		worker.moveTo('installed');
		return worker;
	}
}

class FakeContainer extends EventTarget {
	registered: string[] = [];
	constructor(
		readonly registration: FakeRegistration,
		public controller: FakeWorker | null
	) {
		super();
	}
	register(url: string): Promise<FakeRegistration> {
		this.registered.push(url);
		return Promise.resolve(this.registration);
	}
}

function setUp(controlled: boolean) {
	const registration = new FakeRegistration();
	const container = new FakeContainer(registration, controlled ? new FakeWorker() : null);
	const onWaiting = vi.fn();
	return { registration, container, onWaiting, register: () => registerServiceWorker({ onWaiting }, container as unknown as ServiceWorkerContainer) };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('registerServiceWorker', () => {
	it('registers the app’s worker, and says nothing on a first install (nothing controls the page yet)', async () => {
		const { registration, container, onWaiting, register } = setUp(false);
		expect(await register()).toBeDefined();
		expect(container.registered).toEqual([SERVICE_WORKER_URL]);
		registration.install();
		expect(onWaiting).not.toHaveBeenCalled();
	});

	it('announces a new version once it is installed behind the one in control', async () => {
		const { registration, onWaiting, register } = setUp(true);
		await register();
		expect(onWaiting).not.toHaveBeenCalled();
		registration.install();
		expect(onWaiting).toHaveBeenCalledTimes(1);
	});

	it('announces a version that was already waiting when the page opened', async () => {
		const { registration, onWaiting, register } = setUp(true);
		registration.waiting = new FakeWorker();
		await register();
		expect(onWaiting).toHaveBeenCalledTimes(1);
	});

	it('applies an update by asking the waiting worker to take over, and reloads once it controls the page', async () => {
		const { registration, container, register } = setUp(true);
		const reload = vi.fn();
		vi.stubGlobal('window', { location: { reload } });
		const registered = (await register())!;
		const waiting = registration.install();
		registered.applyUpdate();
		expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reload).not.toHaveBeenCalled();
		container.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
	});

	it('looks for updates on request, and does nothing where there are no service workers or registering fails', async () => {
		const { registration, register } = setUp(true);
		await (await register())!.checkForUpdate();
		expect(registration.updates).toBe(1);
		expect(await registerServiceWorker({ onWaiting: vi.fn() }, undefined)).toBeUndefined();
		const refusing = { register: () => Promise.reject(new DOMException('insecure', 'SecurityError')) } as unknown as ServiceWorkerContainer;
		expect(await registerServiceWorker({ onWaiting: vi.fn() }, refusing)).toBeUndefined();
	});
});
