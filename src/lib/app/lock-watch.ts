/**
 * Engages the app lock when the app is hidden (another app, the app switcher, the screen off: the
 * lock screen is what the switcher's picture shows) and after the chosen idle time. Loaded only
 * on a phone with a lock (lock.svelte.ts).
 */
import { guarded, guardedRead } from '$lib/storage/errors';
import { appDb } from './db';
import { engage, lock } from './lock.svelte';

export const LOCK_AFTER_SETTING = 'lockAfter';
/** The idle times offered, in minutes; the default is the second. */
export const LOCK_AFTER_MINUTES = [1, 5, 15, 60] as const;
export const DEFAULT_LOCK_AFTER = 5;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** How often the idle time is checked: often enough for a 1-minute setting to engage on time. */
const CHECK_EVERY_MS = 5_000;

let minutes: number = DEFAULT_LOCK_AFTER;
let lastActivity = Date.now();
let stop: (() => void) | undefined;

export async function readLockAfter(): Promise<number> {
	const value = (await guardedRead(() => appDb().settings.get(LOCK_AFTER_SETTING)))?.value;
	return typeof value === 'number' ? value : DEFAULT_LOCK_AFTER;
}

export async function setLockAfter(value: number): Promise<void> {
	await guarded(() => appDb().settings.put({ key: LOCK_AFTER_SETTING, value }));
	minutes = value;
	lastActivity = Date.now();
}

export function watch(): void {
	if (stop) return;
	void readLockAfter()
		.then((value) => (minutes = value))
		.catch(() => undefined);
	lastActivity = Date.now();
	const active = () => (lastActivity = Date.now());
	const visibility = () => {
		if (document.visibilityState === 'hidden') engage();
		else active();
	};
	const idle = setInterval(() => {
		if (lock.status === 'open' && Date.now() - lastActivity >= minutes * 60_000) engage();
	}, CHECK_EVERY_MS);
	for (const type of ACTIVITY) window.addEventListener(type, active, { capture: true, passive: true });
	document.addEventListener('visibilitychange', visibility);
	window.addEventListener('pagehide', engage);
	stop = () => {
		clearInterval(idle);
		for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
		document.removeEventListener('visibilitychange', visibility);
		window.removeEventListener('pagehide', engage);
	};
}

/** The lock was removed: nothing to engage any more. */
export function unwatch(): void {
	stop?.();
	stop = undefined;
}
