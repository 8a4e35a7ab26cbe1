/**
 * Storage failures the person must hear about in words: a full disk above all. Dexie reports a
 * full disk in several wrappings: an AbortError whose `inner` error is the QuotaExceededError
 * (the commit failed), or a BulkError whose `failures` include it (one request of a bulkAdd or
 * bulkPut failed). A database that cannot be opened (no IndexedDB, private mode, a broken
 * profile) comes as a DatabaseClosedError or OpenFailedError whose `inner` error says why. A
 * read or write while the app lock is engaged is 'locked' (vault.ts).
 */
export type StorageProblem = 'quota' | 'unavailable' | 'locked' | 'unknown';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause?: unknown
	) {
		super(`storage: ${problem}`, { cause });
		this.name = 'StorageError';
	}
}

/** Names of errors that mean the database cannot be used at all on this device. */
const UNAVAILABLE = new Set(['MissingAPIError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError']);

/**
 * The error and every error it wraps (Dexie's `inner`, a BulkError's `failures`), outermost
 * first; each only once, so errors that wrap each other do not loop.
 */
function chain(error: unknown): unknown[] {
	const errors: unknown[] = [];
	const pending = [error];
	while (pending.length > 0) {
		const current = pending.shift();
		if (typeof current !== 'object' || current === null || errors.includes(current)) continue;
		errors.push(current);
		const { inner, failures } = current as { inner?: unknown; failures?: unknown };
		pending.push(inner);
		if (Array.isArray(failures)) pending.push(...failures);
	}
	return errors;
}

function nameOf(error: unknown): unknown {
	return (error as { name?: unknown }).name;
}

/** A full disk, reported directly or wrapped (at any depth) in Dexie's errors. */
export function isQuotaError(error: unknown): boolean {
	return chain(error).some((item) => nameOf(item) === 'QuotaExceededError');
}

function isUnavailableError(error: unknown): boolean {
	return chain(error).some((item) => UNAVAILABLE.has(String(nameOf(item))));
}

/** Runs a storage operation and turns its failure into a StorageError the UI can explain. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (error instanceof StorageError) throw error;
		if (isQuotaError(error)) throw new StorageError('quota', error);
		if (isUnavailableError(error)) throw new StorageError('unavailable', error);
		if (chain(error).some((item) => nameOf(item) === 'LockedError')) throw new StorageError('locked', error);
		throw new StorageError('unknown', error);
	}
}

/**
 * What liveQuery itself ignores (it keeps listening for changes): the connection closed or the
 * transaction aborted under a running read with no cause other than the closing itself, because
 * another tab is upgrading the database or the page is entering the back-forward cache. Dexie
 * reopens by itself.
 */
function isTransient(error: unknown): boolean {
	const errors = chain(error);
	return errors.length > 0 && errors.every((item) => nameOf(item) === 'DatabaseClosedError' || nameOf(item) === 'AbortError');
}

/**
 * Runs a read like `guarded`, except that a transient failure is passed on as Dexie's own error:
 * liveQuery rides out exactly those, where a StorageError would end its subscription for good.
 * A database that could not be opened at all (a DatabaseClosedError with a cause, such as no
 * IndexedDB) is 'unavailable', so that the screen says so instead of waiting forever for a
 * first result.
 */
export async function guardedRead<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (isTransient(error)) throw error;
		return guarded(() => Promise.reject(error));
	}
}
