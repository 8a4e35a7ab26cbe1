import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from './passphrase';

describe('passphraseProblem', () => {
	it('accepts no passphrase, and one of at least 8 characters', () => {
		expect(MIN_PASSPHRASE_LENGTH).toBe(8);
		expect(passphraseProblem('')).toBeUndefined();
		expect(passphraseProblem('12345678')).toBeUndefined();
		expect(passphraseProblem('correct horse battery staple')).toBeUndefined();
		expect(passphraseProblem('бабушка!')).toBeUndefined();
	});

	it('refuses a passphrase shorter than 8 characters, spaces included', () => {
		for (const short of ['a', '1234567', '       ', 'қазақ12']) expect(passphraseProblem(short), short).toBe('tooShort');
	});

	it('counts characters as a person sees them', () => {
		// Seven emoji are seven characters (fourteen UTF-16 units): too short.
		expect(passphraseProblem('🙂🙂🙂🙂🙂🙂🙂')).toBe('tooShort');
		expect(passphraseProblem('🙂🙂🙂🙂🙂🙂🙂🙂')).toBeUndefined();
		// "é" as e + combining accent is one character after normalisation.
		expect(passphraseProblem('caf\u0065\u0301caf')).toBe('tooShort');
	});
});
