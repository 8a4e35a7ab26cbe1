/**
 * Storage failures the person must hear about in words: a full disk above all. Dexie sometimes
 * reports a full disk as an AbortError whose `inner` error is the QuotaExceededError.
 */
export type StorageProblem = 'quota' | 'unavailable' | 'unknown';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause?: unknown
	) {
		super(`storage: ${problem}`, { cause });
		this.name = 'StorageError';
	}
}

function named(error: unknown, name: string): boolean {
	return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

export function isQuotaError(error: unknown): boolean {
	if (named(error, 'QuotaExceededError')) return true;
	const inner = typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
	return inner !== undefined && inner !== error && isQuotaError(inner);
}

/** Runs a storage operation and turns its failure into a StorageError the UI can explain. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		if (error instanceof StorageError) throw error;
		if (isQuotaError(error)) throw new StorageError('quota', error);
		if (named(error, 'MissingAPIError') || named(error, 'InvalidStateError')) throw new StorageError('unavailable', error);
		throw new StorageError('unknown', error);
	}
}
