/** The checks of a new PIN or passphrase, in words, as the lock's forms show them. */
import { i18n } from '$lib/app/i18n.svelte';
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
