/**
 * The encrypted backup: the case file, DEFLATE-compressed and sealed with AES-256-GCM under a key
 * derived from a passphrase (PBKDF2-SHA-256), in a small JSON envelope. docs/backup.md describes
 * it field by field, with a test vector. The primitives are the family links' (share/crypto.ts).
 *
 *   {
 *     "format": "clearday-backup", "version": 1,
 *     "cipher": "AES-256-GCM", "compression": "deflate-raw",
 *     "kdf": { "name": "PBKDF2-SHA-256", "iterations": 600000, "salt": base64url(16 bytes) },
 *     "iv": base64url(12 bytes),
 *     "data": base64url(ciphertext ‖ tag)
 *   }
 *
 * Every field but `data` is authenticated as AES-GCM additional data (its canonical JSON), so
 * that no part of the header (the iteration count above all) can be changed unnoticed.
 *
 * Opening never throws: each way it can fail is a reason of its own.
 */
import { canonicalJson } from '$lib/integrity/chain';
import { decodeBase64url, encodeBase64url } from '$lib/share/base64url';
import { compress, decompress } from '$lib/share/compress';
import { createIV, createSalt, decrypt, deriveKey, encrypt, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, TAG_BYTES } from '$lib/share/crypto';

export const BACKUP_FORMAT = 'clearday-backup';
export const BACKUP_VERSION = 1;
/** Beyond this a backup would take many minutes to open on a phone: someone made it to stall the app. */
export const MAX_ITERATIONS = 10_000_000;

export interface Envelope {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	cipher: 'AES-256-GCM';
	compression: 'deflate-raw';
	kdf: { name: 'PBKDF2-SHA-256'; iterations: number; salt: string };
	iv: string;
	data: string;
}

/** Why an envelope did not open. */
export type OpenFailure =
	/** A later format version this app cannot read. */
	| 'unknown-version'
	/** Not a well-formed envelope (a field missing, of the wrong type, or out of range). */
	| 'damaged'
	/** Authentication failed: a wrong passphrase (or, AES-GCM cannot tell, a changed byte). */
	| 'wrong-passphrase'
	/** Decompresses to more than `maxBytes`. */
	| 'too-large';

/** What the sealing is made from: fresh random values, except in tests (the test vector). */
export interface Sealing {
	salt: Uint8Array<ArrayBuffer>;
	iv: Uint8Array<ArrayBuffer>;
	iterations: number;
}

const encoder = new TextEncoder();

function header(envelope: Omit<Envelope, 'data'> & { data?: string }): Uint8Array<ArrayBuffer> {
	const { data: _data, ...fields } = envelope;
	return encoder.encode(canonicalJson(fields));
}

/** Whether a parsed JSON value is (or claims to be) an encrypted Clearday backup. */
export function isEnvelope(value: unknown): boolean {
	return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_FORMAT;
}

/** `text` (the case file's JSON) sealed with `passphrase`; a fresh salt and IV unless given. */
export async function sealBackup(text: string, passphrase: string, sealing: Sealing = { salt: createSalt(), iv: createIV(), iterations: PBKDF2_ITERATIONS }): Promise<Envelope> {
	if (passphrase === '') throw new RangeError('backup: empty passphrase');
	if (sealing.salt.length !== SALT_BYTES || sealing.iv.length !== IV_BYTES) throw new RangeError('backup: wrong salt or IV length');
	if (!Number.isSafeInteger(sealing.iterations) || sealing.iterations < PBKDF2_ITERATIONS || sealing.iterations > MAX_ITERATIONS) throw new RangeError('backup: iterations out of range');
	const envelope: Omit<Envelope, 'data'> = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		cipher: 'AES-256-GCM',
		compression: 'deflate-raw',
		kdf: { name: 'PBKDF2-SHA-256', iterations: sealing.iterations, salt: encodeBase64url(sealing.salt) },
		iv: encodeBase64url(sealing.iv)
	};
	const key = await deriveKey(passphrase, sealing.salt, sealing.iterations);
	const sealed = await encrypt(key, sealing.iv, await compress(encoder.encode(text)), header(envelope));
	return { ...envelope, data: encodeBase64url(sealed) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
	const own = Object.keys(value);
	return own.length === keys.length && keys.every((key) => own.includes(key));
}

/** The envelope's parts, checked for form (not yet for authenticity), or what is wrong with it. */
function parts(value: unknown): { envelope: Envelope; salt: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; sealed: Uint8Array<ArrayBuffer> } | OpenFailure {
	if (!isRecord(value) || value.format !== BACKUP_FORMAT) return 'damaged';
	// The version first: a later version may have other fields, and is no damage.
	if (value.version !== BACKUP_VERSION) return typeof value.version === 'number' ? 'unknown-version' : 'damaged';
	if (!hasExactly(value, ['format', 'version', 'cipher', 'compression', 'kdf', 'iv', 'data'])) return 'damaged';
	const { cipher, compression, kdf, iv, data } = value;
	if (cipher !== 'AES-256-GCM' || compression !== 'deflate-raw') return 'damaged';
	if (!isRecord(kdf) || !hasExactly(kdf, ['name', 'iterations', 'salt']) || kdf.name !== 'PBKDF2-SHA-256') return 'damaged';
	const { iterations } = kdf;
	if (typeof iterations !== 'number' || !Number.isSafeInteger(iterations) || iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS) return 'damaged';
	if (typeof kdf.salt !== 'string' || typeof iv !== 'string' || typeof data !== 'string') return 'damaged';
	const saltBytes = decodeBase64url(kdf.salt);
	const ivBytes = decodeBase64url(iv);
	const sealed = decodeBase64url(data);
	if (saltBytes?.length !== SALT_BYTES || ivBytes?.length !== IV_BYTES || !sealed || sealed.length <= TAG_BYTES) return 'damaged';
	return { envelope: value as unknown as Envelope, salt: saltBytes, iv: ivBytes, sealed };
}

/** Checks an envelope's form without the passphrase: undefined when it looks right. */
export function envelopeProblem(value: unknown): OpenFailure | undefined {
	const result = parts(value);
	return typeof result === 'string' ? result : undefined;
}

/**
 * The case file's JSON text in an envelope, or why it did not open. `maxBytes` bounds what the
 * compressed data may inflate to (a few kilobytes of DEFLATE can claim gigabytes).
 */
export async function openBackup(value: unknown, passphrase: string, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; reason: OpenFailure }> {
	const result = parts(value);
	if (typeof result === 'string') return { ok: false, reason: result };
	const { envelope, salt, iv, sealed } = result;
	const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
	const compressed = await decrypt(key, iv, sealed, header(envelope));
	if (!compressed) return { ok: false, reason: 'wrong-passphrase' };
	try {
		const bytes = await decompress(compressed, maxBytes);
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch (error) {
		// Authentic data that does not inflate (or is not UTF-8) was sealed wrongly: damage.
		return { ok: false, reason: error instanceof RangeError && /allowed size/.test(error.message) ? 'too-large' : 'damaged' };
	}
}
