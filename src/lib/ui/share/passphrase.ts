/**
 * The Share screen's passphrase rule: optional, and at least 8 characters when set. PBKDF2 slows
 * down guessing, but a short passphrase is still found by trying them all.
 */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * The problem with a passphrase as typed, if any. Empty means "no passphrase". Characters are
 * counted as the person sees them (code points: an emoji is one), after Unicode normalisation,
 * which the key derivation also applies.
 */
export function passphraseProblem(passphrase: string): 'tooShort' | undefined {
	if (passphrase === '') return undefined;
	return [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH ? 'tooShort' : undefined;
}
