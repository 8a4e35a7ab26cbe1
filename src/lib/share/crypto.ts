/**
 * All the cryptography of family links, and the only module that touches WebCrypto: random
 * bytes, AES-GCM-256 keys (fresh per link, or derived from a passphrase with PBKDF2-SHA-256),
 * encryption and authenticated decryption. See docs/share-link.md for why these primitives.
 */

export const KEY_BYTES = 32;
/** 96 bits: the IV size GCM is defined for (longer IVs are hashed down, shorter ones are weaker). */
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const SALT_BYTES = 16;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. The count is in each link, so it can be raised. */
export const PBKDF2_ITERATIONS = 600_000;

const AES = { name: 'AES-GCM', length: KEY_BYTES * 8 } as const;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(length));
}

/** A fresh random IV: never reuse one with the same key (GCM's one fatal misuse). */
export function createIV(): Uint8Array<ArrayBuffer> {
	return randomBytes(IV_BYTES);
}

export function createSalt(): Uint8Array<ArrayBuffer> {
	return randomBytes(SALT_BYTES);
}

/** A fresh random AES-256 key, as the raw bytes that go into the link. */
export async function generateRawKey(): Promise<Uint8Array<ArrayBuffer>> {
	const key = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
	return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

export function importRawKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
	return crypto.subtle.importKey('raw', raw, AES, false, ['encrypt', 'decrypt']);
}

/**
 * The AES key of a passphrase: PBKDF2-HMAC-SHA-256 over its NFC form (so that "é" typed as one
 * character or as e + accent gives the same key on every keyboard), with the link's salt.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, AES, false, ['encrypt', 'decrypt']);
}

/** Ciphertext followed by the 16-byte tag, which authenticates it and `additionalData`. */
export async function encrypt(key: CryptoKey, iv: Uint8Array<ArrayBuffer>, plaintext: Uint8Array<ArrayBuffer>, additionalData: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: TAG_BYTES * 8 }, key, plaintext));
}

/**
 * The plaintext, or undefined when the tag does not match: a wrong key, or any changed byte of
 * the IV, the ciphertext, the tag or the additional data. GCM cannot tell which.
 */
export async function decrypt(key: CryptoKey, iv: Uint8Array<ArrayBuffer>, sealed: Uint8Array<ArrayBuffer>, additionalData: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | undefined> {
	try {
		return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData, tagLength: TAG_BYTES * 8 }, key, sealed));
	} catch {
		return undefined;
	}
}
