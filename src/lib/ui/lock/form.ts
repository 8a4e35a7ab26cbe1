/** The checks of a new PIN or passphrase, and failures, in words, as the lock's forms show them. */
import { tick } from 'svelte';
import { i18n } from '$lib/app/i18n.svelte';
import { failureKey } from '$lib/app/actions';
import { MIN_PASSPHRASE_LENGTH, MIN_PIN_DIGITS, secretProblem, type SecretKind } from '$lib/storage/lock';

export interface SecretErrors {
	secret: string[];
	again: string[];
}

/** What is wrong with a new `secret` typed twice (`again`). */
export function secretErrors(kind: SecretKind, secret: string, again: string): SecretErrors {
	const problem = secretProblem(kind, secret);
	if (problem === 'pinShort') return { secret: [i18n.t('lock.problem.pinShort', { min: MIN_PIN_DIGITS })], again: [] };
	if (problem === 'pinDigits') return { secret: [i18n.t('lock.problem.pinDigits')], again: [] };
	if (problem === 'passphraseShort') return { secret: [i18n.t('lock.problem.passphraseShort', { min: MIN_PASSPHRASE_LENGTH })], again: [] };
	return { secret: [], again: again === secret ? [] : [i18n.t('lock.problem.mismatch')] };
}

/** Moves the focus to the first new-secret field (of NewSecret `id`) with a problem; false when none has one. */
export async function focusProblem(id: string, errors: SecretErrors): Promise<boolean> {
	if (!errors.secret.length && !errors.again.length) return false;
	await tick();
	document.getElementById(`${id}-${errors.secret.length ? 'secret' : 'again'}`)?.focus();
	return true;
}

/** A lock operation that failed, in words: a storage problem as such (a full disk), anything else as "did not work". */
export function lockFailure(error: unknown): string {
	const key = failureKey(error);
	return i18n.t(key === 'error.unexpected' ? 'lock.failed' : key);
}
