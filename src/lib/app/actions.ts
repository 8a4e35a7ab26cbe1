/**
 * What a tap can fail with, in words: storage errors become catalog keys for the screen to show.
 */
import { StorageError } from '$lib/storage/errors';
import type { MessageKey } from '$lib/i18n';

export function failureKey(error: unknown): MessageKey {
	if (error instanceof StorageError) return `error.storage.${error.problem}`;
	return 'error.unexpected';
}

/** A fresh id for a rule or check-in (random, so ids never collide across devices). */
export function newId(prefix: string): string {
	return `${prefix}-${crypto.randomUUID()}`;
}
