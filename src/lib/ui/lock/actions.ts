/**
 * What the lock's screens do: each a storage call (src/lib/storage/lock.ts) and what the rest of
 * the app must hear about it (lock.svelte.ts).
 */
import { appDb } from '$lib/app/db';
import { engage, lockChanged, opened } from '$lib/app/lock.svelte';
import { changeLock, readFailures, readLock, removeLock, setLock, unlock, type SecretKind, type UnlockResult } from '$lib/storage/lock';
import { nextTryAt } from '$lib/storage/lock-delay';

export { engage as lockNow };
export { readLockAfter, setLockAfter, LOCK_AFTER_MINUTES } from '$lib/app/lock-watch';

/** What the lock screen asks for (a PIN keyboard or a passphrase field), and until when it must wait after wrong tries. */
export async function lockState(): Promise<{ kind: SecretKind; tryAt: Date | undefined }> {
	const db = appDb();
	const [record, failures] = await Promise.all([readLock(db), readFailures(db)]);
	return { kind: record?.kind ?? 'passphrase', tryAt: nextTryAt(failures) };
}

export async function tryUnlock(secret: string): Promise<UnlockResult> {
	const result = await unlock(appDb(), secret, new Date());
	if (result.ok) opened();
	return result;
}

export async function turnOn(kind: SecretKind, secret: string): Promise<void> {
	await setLock(appDb(), kind, secret);
	await lockChanged();
}

/** False when `current` is not the secret (nothing changed). */
export async function change(current: string, kind: SecretKind, secret: string): Promise<boolean> {
	const done = await changeLock(appDb(), current, kind, secret);
	if (done) await lockChanged();
	return done;
}

/** False when `current` is not the secret (nothing changed). */
export async function turnOff(current: string): Promise<boolean> {
	const done = await removeLock(appDb(), current);
	if (done) await lockChanged();
	return done;
}

export function lockIsSet(): boolean {
	return appDb().vault.set;
}
