/**
 * Whether the app is locked (docs/security.md, "App lock"). At start, on a phone with a lock, the
 * app shows nothing until the database says so; then only the lock screen (the route /locked) until the
 * secret opens it. Once open, the lock's watcher (lock-watch.ts) engages it again when the app is
 * hidden or left idle. Engaging forgets the data key and everything read with it, and blanks the
 * screen at once, before the lock screen shows.
 *
 * The lock screen is a route of its own, not a component this module imports: SvelteKit puts the
 * styles of whatever the layout may import into every page, and a phone without a lock must not
 * download the lock's. Its code is loaded ahead (preloadCode) once a lock is set, for offline.
 */
import { goto, preloadCode } from '$app/navigation';
import { LOCK_SETTING } from '$lib/storage/vault';
import { appDb } from './db';
import { activeCase } from './case.svelte';

export const LOCK_ROUTE = '/locked';

type Status = 'checking' | 'open' | 'locked';

/**
 * A hint in local storage that a lock is set, so that a phone without one (nearly all) shows its
 * first screen without waiting for the database. The database has the last word: a lock found
 * there without the hint still engages at once (and a sealed record never opens without the key).
 */
const HINT = 'clearday.lock';

function hinted(): boolean {
	try {
		return localStorage.getItem(HINT) !== null;
	} catch {
		return true;
	}
}

function hint(set: boolean): void {
	try {
		if (set) localStorage.setItem(HINT, '1');
		else localStorage.removeItem(HINT);
	} catch {
		// Without local storage, every start waits for the database: slower, as safe.
	}
}

/** `leaving`: just opened, on the way back from the lock screen to where the person was. */
export const lock = $state<{ status: Status; leaving: boolean }>({ status: hinted() ? 'checking' : 'open', leaving: false });

/** Where the person was when the lock engaged: shown again once it opens (kept in memory only). */
let back = '/';

/**
 * Told when a lock is set, changed or removed in another tab: this one reloads, to start as the
 * lock now says. (One channel object: a tab does not hear its own messages on it.)
 */
let channel: BroadcastChannel | undefined;

/** Loads the lock screen's code and the watcher, so that both are there when the lock engages (offline too). */
async function arm(): Promise<void> {
	const [{ watch }] = await Promise.all([import('./lock-watch'), preloadCode(LOCK_ROUTE)]);
	watch();
}

/** Goes to the lock screen, remembering where the person was. */
export function showLockScreen(): Promise<void> {
	const here = location.pathname + location.search + location.hash;
	if (location.pathname !== LOCK_ROUTE) back = here;
	return goto(LOCK_ROUTE, { replaceState: true });
}

/** Reads whether a lock is set; called once, at start. */
export async function checkLock(): Promise<void> {
	if (typeof BroadcastChannel !== 'undefined') {
		channel = new BroadcastChannel('clearday-lock');
		channel.onmessage = () => location.reload();
	}
	const db = appDb();
	let set = false;
	try {
		set = (await db.settings.get(LOCK_SETTING)) !== undefined;
	} catch {
		// No database at all: the screens say so themselves.
	}
	hint(set);
	if (!set) {
		lock.status = 'open';
		return;
	}
	db.vault.lock();
	lock.status = 'locked';
	activeCase.reset();
	void arm();
	await showLockScreen();
}

/** Engages the lock: the key and everything read with it are forgotten, the lock screen shows. */
export function engage(): void {
	const db = appDb();
	if (!db.vault.set || lock.status === 'locked') return;
	db.vault.lock();
	lock.status = 'locked';
	activeCase.reset();
	void showLockScreen();
}

/** After the secret opened the lock (the vault holds the key): back to where the person was. */
export async function opened(): Promise<void> {
	lock.status = 'open';
	lock.leaving = true;
	activeCase.reset();
	const to = back;
	back = '/';
	try {
		await goto(to, { replaceState: true });
	} finally {
		lock.leaving = false;
	}
}

/** After this tab set, changed or removed the lock: other tabs reload, this one arms or disarms. */
export async function lockChanged(): Promise<void> {
	channel?.postMessage('changed');
	hint(appDb().vault.set);
	if (appDb().vault.set) await arm();
	else (await import('./lock-watch')).unwatch();
}
