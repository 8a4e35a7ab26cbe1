import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { decodeBase64url, decodeBase64urlPrefix, encodeBase64url } from './base64url';

describe('base64url', () => {
	it('writes what Node writes for base64url without padding, and reads it back', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				const text = encodeBase64url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(decodeBase64url(text)).toEqual(new Uint8Array(bytes));
			})
		);
	});

	it('refuses padding, the standard alphabet, spaces and characters outside ASCII', () => {
		expect(decodeBase64url('AQ==')).toBeUndefined();
		expect(decodeBase64url('a+b/')).toBeUndefined();
		expect(decodeBase64url('AQID BA')).toBeUndefined();
		expect(decodeBase64url('AQIDé')).toBeUndefined();
		expect(decodeBase64url('AQID')).toEqual(new Uint8Array([1, 2, 3]));
	});

	it('refuses a dangling character, which no byte string encodes to', () => {
		expect(decodeBase64url('AQIDB')).toBeUndefined();
		expect(decodeBase64url('A')).toBeUndefined();
	});

	it('refuses leftover bits that are not zero, so each byte string has exactly one text', () => {
		// 'AQ' is [1]; 'AR' differs only in the four bits after the byte.
		expect(decodeBase64url('AQ')).toEqual(new Uint8Array([1]));
		expect(decodeBase64url('AR')).toBeUndefined();
		// 'AQI' is [1, 2]; 'AQJ' differs only in the two bits after the second byte.
		expect(decodeBase64url('AQI')).toEqual(new Uint8Array([1, 2]));
		expect(decodeBase64url('AQJ')).toBeUndefined();
	});

	it('reads the whole bytes at the start of a text cut anywhere', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 60 }), fc.nat(), (bytes, cut) => {
				const text = encodeBase64url(bytes);
				const prefix = text.slice(0, cut % (text.length + 1));
				const read = decodeBase64urlPrefix(prefix)!;
				expect(read).toEqual(new Uint8Array(bytes.slice(0, Math.floor((prefix.length * 6) / 8))));
			})
		);
		expect(decodeBase64urlPrefix('AQ=')).toBeUndefined();
	});
});
