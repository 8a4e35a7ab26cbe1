/**
 * base64url without padding (RFC 4648 §5), strict: the link is read back by this code only, so
 * anything a conforming encoder would not write (padding, other alphabets, a dangling sixth of a
 * byte, non-zero leftover bits) is refused rather than guessed at. One byte string then has
 * exactly one text, and a changed character is never silently ignored.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** The value (0–63) of one character, or -1 when it is not in the alphabet. */
export function base64urlValue(text: string, index: number): number {
	const code = text.charCodeAt(index);
	return code < 128 ? VALUES[code]! : -1;
}

export function encodeBase64url(bytes: Uint8Array): string {
	let text = '';
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
		text += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i]! << 16;
		text += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
	} else if (rest === 2) {
		const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
		text += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
	}
	return text;
}

/** The bytes of a base64url text, or undefined when it is not one this encoder could have written. */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
	const rest = text.length % 4;
	if (rest === 1) return undefined;
	const bytes = new Uint8Array(((text.length - rest) / 4) * 3 + (rest === 0 ? 0 : rest - 1));
	let out = 0;
	let i = 0;
	for (; i + 3 < text.length; i += 4) {
		const a = base64urlValue(text, i);
		const b = base64urlValue(text, i + 1);
		const c = base64urlValue(text, i + 2);
		const d = base64urlValue(text, i + 3);
		if ((a | b | c | d) < 0) return undefined;
		const n = (a << 18) | (b << 12) | (c << 6) | d;
		bytes[out++] = n >>> 16;
		bytes[out++] = (n >>> 8) & 255;
		bytes[out++] = n & 255;
	}
	if (rest === 2) {
		const a = base64urlValue(text, i);
		const b = base64urlValue(text, i + 1);
		if ((a | b) < 0 || (b & 15) !== 0) return undefined;
		bytes[out] = (a << 2) | (b >>> 4);
	} else if (rest === 3) {
		const a = base64urlValue(text, i);
		const b = base64urlValue(text, i + 1);
		const c = base64urlValue(text, i + 2);
		if ((a | b | c) < 0 || (c & 3) !== 0) return undefined;
		const n = (a << 18) | (b << 12) | (c << 6);
		bytes[out++] = n >>> 16;
		bytes[out] = (n >>> 8) & 255;
	}
	return bytes;
}

/**
 * The whole bytes a base64url text starts with, ignoring a dangling character and leftover bits
 * (what is left of a text cut anywhere), or undefined when a character is not in the alphabet.
 */
export function decodeBase64urlPrefix(text: string): Uint8Array<ArrayBuffer> | undefined {
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let out = 0;
	for (let i = 0; i < text.length; i++) {
		const value = base64urlValue(text, i);
		if (value < 0) return undefined;
		buffer = ((buffer << 6) | value) & 0xfff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[out++] = (buffer >>> bits) & 255;
		}
	}
	return bytes;
}
