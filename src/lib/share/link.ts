/**
 * The link format: `/s#<data>[.<key>]`, everything after `#` (which browsers never send to a
 * server). docs/share-link.md describes it byte by byte; in short:
 *
 *   data = base64url( header ‖ IV (12) ‖ AES-GCM ciphertext ‖ tag (16) )
 *   key  = base64url( raw AES-256 key (32) )     only when no passphrase was set
 *
 * The header (version, mode, creation and expiry, ciphertext length, and in passphrase mode the
 * salt and PBKDF2 iteration count) is AES-GCM additional data: no byte of it can change without
 * decryption failing. The plaintext is the DEFLATE-compressed JSON payload (payload.ts).
 *
 * Opening never throws: every way a link can fail is an OpenResult with its own reason.
 */
import { base64urlValue, decodeBase64url, decodeBase64urlPrefix, encodeBase64url } from './base64url';
import { compress, decompress } from './compress';
import { createIV, createSalt, decrypt, deriveKey, encrypt, generateRawKey, importRawKey, IV_BYTES, KEY_BYTES, PBKDF2_ITERATIONS, SALT_BYTES, TAG_BYTES } from './crypto';
import { fromPayload, MAX_SECONDS, toPayload } from './payload';
import type { OpenFailure, OpenResult, Snapshot } from './types';

export const FORMAT_VERSION = 1;
export const MODE_KEY = 0;
export const MODE_PASSPHRASE = 1;
/** version (1) · mode (1) · createdAt (4) · expiresAt (4) · ciphertext length (2) */
export const KEY_HEADER_BYTES = 12;
/** the key-mode header · salt (16) · PBKDF2 iterations (4) */
export const PASSPHRASE_HEADER_BYTES = KEY_HEADER_BYTES + SALT_BYTES + 4;
/** 32 bytes in base64url. */
export const KEY_TEXT_LENGTH = 43;
/** Beyond this a link would take minutes to open on a phone: someone made it to stall the viewer. */
export const MAX_ITERATIONS = 10_000_000;
/** The ciphertext length is a uint16. */
const MAX_SEALED_BYTES = 0xffff;
/** A payload is a few hundred bytes; this bounds what a hostile link can make the viewer inflate. */
const MAX_PLAINTEXT_BYTES = 1 << 20;

/** What the sealing of a link is made from: fresh random values, except in tests (test vector). */
export type Sealing =
	| { mode: 'key'; key: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer> }
	| { mode: 'passphrase'; passphrase: string; salt: Uint8Array<ArrayBuffer>; iterations: number; iv: Uint8Array<ArrayBuffer> };

interface Header {
	mode: typeof MODE_KEY | typeof MODE_PASSPHRASE;
	/** Epoch seconds. */
	createdAt: number;
	expiresAt: number;
	/** Bytes of ciphertext and tag. */
	sealedLength: number;
	salt?: Uint8Array<ArrayBuffer>;
	iterations?: number;
}

/** A fragment that is well-formed, not yet decrypted. */
export interface ParsedLink {
	header: Header;
	/** The header's bytes as they were in the link: the additional data. */
	headerBytes: Uint8Array<ArrayBuffer>;
	iv: Uint8Array<ArrayBuffer>;
	sealed: Uint8Array<ArrayBuffer>;
	/** The raw key, in key mode. */
	key?: Uint8Array<ArrayBuffer>;
}

function writeHeader(header: Header): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(header.mode === MODE_KEY ? KEY_HEADER_BYTES : PASSPHRASE_HEADER_BYTES);
	const view = new DataView(bytes.buffer);
	view.setUint8(0, FORMAT_VERSION);
	view.setUint8(1, header.mode);
	view.setUint32(2, header.createdAt);
	view.setUint32(6, header.expiresAt);
	view.setUint16(10, header.sealedLength);
	if (header.mode === MODE_PASSPHRASE) {
		bytes.set(header.salt!, KEY_HEADER_BYTES);
		view.setUint32(KEY_HEADER_BYTES + SALT_BYTES, header.iterations!);
	}
	return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

function epochSeconds(date: Date): number {
	const seconds = date.getTime() / 1000;
	if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS) throw new RangeError('share link: dates must be whole seconds between 1970 and 2106');
	return seconds;
}

function checkSealing(sealing: Sealing): void {
	if (sealing.iv.length !== IV_BYTES) throw new RangeError(`share link: the IV must be ${IV_BYTES} bytes`);
	if (sealing.mode === 'key') {
		if (sealing.key.length !== KEY_BYTES) throw new RangeError(`share link: the key must be ${KEY_BYTES} bytes`);
	} else {
		if (sealing.passphrase === '') throw new RangeError('share link: empty passphrase');
		if (sealing.salt.length !== SALT_BYTES) throw new RangeError(`share link: the salt must be ${SALT_BYTES} bytes`);
		if (!Number.isInteger(sealing.iterations) || sealing.iterations < PBKDF2_ITERATIONS || sealing.iterations > MAX_ITERATIONS) {
			throw new RangeError(`share link: PBKDF2 iterations must be ${PBKDF2_ITERATIONS}…${MAX_ITERATIONS}`);
		}
	}
}

/**
 * The fragment (without `#`) of already compressed bytes, sealed with the given key or
 * passphrase, IV and salt, under a header with these times (epoch seconds). For sealSnapshot,
 * and for tests that need authentic links with contents this app would never write.
 */
export async function sealCompressed(compressed: Uint8Array<ArrayBuffer>, times: { createdAt: number; expiresAt: number }, sealing: Sealing): Promise<string> {
	checkSealing(sealing);
	const sealedLength = compressed.length + TAG_BYTES;
	if (sealedLength > MAX_SEALED_BYTES) throw new RangeError('share link: the snapshot is too large for a link');
	const { createdAt, expiresAt } = times;
	for (const seconds of [createdAt, expiresAt]) {
		if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_SECONDS) throw new RangeError('share link: times must be epoch seconds that fit in 32 bits');
	}
	const header: Header =
		sealing.mode === 'key'
			? { mode: MODE_KEY, createdAt, expiresAt, sealedLength }
			: { mode: MODE_PASSPHRASE, createdAt, expiresAt, sealedLength, salt: sealing.salt, iterations: sealing.iterations };
	const headerBytes = writeHeader(header);
	const key = sealing.mode === 'key' ? await importRawKey(sealing.key) : await deriveKey(sealing.passphrase, sealing.salt, sealing.iterations);
	const sealed = await encrypt(key, sealing.iv, compressed, headerBytes);
	const data = encodeBase64url(concat(headerBytes, sealing.iv, sealed));
	return sealing.mode === 'key' ? `${data}.${encodeBase64url(sealing.key)}` : data;
}

/**
 * The fragment (without `#`) of a snapshot sealed with the given key or passphrase, IV and
 * salt. Links are made by createShareLink, with fresh ones; this is for the test vector.
 */
export async function sealSnapshot(snapshot: Snapshot, sealing: Sealing): Promise<string> {
	checkSealing(sealing);
	const times = { createdAt: epochSeconds(snapshot.createdAt), expiresAt: epochSeconds(snapshot.expiresAt) };
	const compressed = await compress(new TextEncoder().encode(JSON.stringify(toPayload(snapshot))));
	return sealCompressed(compressed, times, sealing);
}

/**
 * A link to the family view of `snapshot`: `${origin}/s#…`, sealed with a fresh random IV and a
 * fresh random key (in the link), or, with a passphrase, a key derived from it and a fresh
 * random salt (then no key is in the link). An empty passphrase means none.
 * Throws a RangeError for a snapshot no link can carry (see payload.ts); a snapshot made by
 * buildSnapshot from a valid case file between 1970 and 2106 always fits.
 */
export async function createShareLink(snapshot: Snapshot, options: { origin: string; passphrase?: string }): Promise<string> {
	const iv = createIV();
	const fragment = options.passphrase
		? await sealSnapshot(snapshot, { mode: 'passphrase', passphrase: options.passphrase, salt: createSalt(), iterations: PBKDF2_ITERATIONS, iv })
		: await sealSnapshot(snapshot, { mode: 'key', key: await generateRawKey(), iv });
	return `${options.origin.replace(/\/+$/, '')}/s#${fragment}`;
}

/** The key part: 'truncated' when the link was cut in it (or before it), 'damaged' otherwise. */
function parseKey(text: string | undefined): Uint8Array<ArrayBuffer> | OpenFailure {
	if (text === undefined) return 'truncated';
	for (let i = 0; i < text.length; i++) if (base64urlValue(text, i) < 0) return 'damaged';
	if (text.length < KEY_TEXT_LENGTH) return 'truncated';
	if (text.length > KEY_TEXT_LENGTH) return 'damaged';
	return decodeBase64url(text) ?? 'damaged';
}

/**
 * The parts of a fragment, checked for form (not yet for authenticity), or what is wrong with
 * it. A leading `#` is dropped, and so is anything from `&` on: some redirectors and messengers
 * append parameters to a link's fragment.
 */
export function parseFragment(fragment: string): ParsedLink | OpenFailure {
	if (typeof fragment !== 'string') return 'damaged';
	let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	const junk = text.indexOf('&');
	if (junk >= 0) text = text.slice(0, junk);
	if (text === '') return 'truncated';
	const [dataText = '', keyText, ...extra] = text.split('.');
	if (extra.length > 0 || dataText === '') return 'damaged';

	// The version first, from the first two characters alone: a later format may lay out the
	// rest differently, and should be recognised as a later format rather than as damage.
	const high = base64urlValue(dataText, 0);
	const low = base64urlValue(dataText, 1);
	if (high < 0 || (dataText.length > 1 && low < 0)) return 'damaged';
	if (dataText.length === 1) return 'truncated';
	if (((high << 2) | (low >> 4)) !== FORMAT_VERSION) return 'unknown-version';

	// Read what there is first, so that a link cut anywhere (even mid-character) is 'truncated';
	// only a complete one must also be exact base64url.
	const bytes = decodeBase64urlPrefix(dataText);
	if (bytes === undefined) return 'damaged';
	if (bytes.length < 2) return 'truncated';
	const mode = bytes[1];
	if (mode !== MODE_KEY && mode !== MODE_PASSPHRASE) return 'damaged';
	const headerLength = mode === MODE_KEY ? KEY_HEADER_BYTES : PASSPHRASE_HEADER_BYTES;
	if (bytes.length < headerLength) return 'truncated';

	const view = new DataView(bytes.buffer);
	const header: Header = { mode, createdAt: view.getUint32(2), expiresAt: view.getUint32(6), sealedLength: view.getUint16(10) };
	if (header.expiresAt <= header.createdAt || header.sealedLength <= TAG_BYTES) return 'damaged';
	if (mode === MODE_PASSPHRASE) {
		header.salt = bytes.slice(KEY_HEADER_BYTES, KEY_HEADER_BYTES + SALT_BYTES);
		header.iterations = view.getUint32(KEY_HEADER_BYTES + SALT_BYTES);
		if (header.iterations < PBKDF2_ITERATIONS || header.iterations > MAX_ITERATIONS) return 'damaged';
	}
	const total = headerLength + IV_BYTES + header.sealedLength;
	if (bytes.length < total) return 'truncated';
	if (bytes.length > total || decodeBase64url(dataText) === undefined) return 'damaged';

	const link: ParsedLink = {
		header,
		headerBytes: bytes.slice(0, headerLength),
		iv: bytes.slice(headerLength, headerLength + IV_BYTES),
		sealed: bytes.slice(headerLength + IV_BYTES)
	};
	if (mode === MODE_KEY) {
		const key = parseKey(keyText);
		if (typeof key === 'string') return key;
		link.key = key;
	} else if (keyText !== undefined) {
		return 'damaged';
	}
	return link;
}

/**
 * Without decrypting anything: whether the fragment (with or without `#`) needs a passphrase,
 * or why it cannot be opened. Never throws.
 */
export function inspectFragment(fragment: string): { ok: true; passphrase: boolean } | { ok: false; reason: OpenFailure } {
	try {
		const parsed = parseFragment(fragment);
		return typeof parsed === 'string' ? { ok: false, reason: parsed } : { ok: true, passphrase: parsed.header.mode === MODE_PASSPHRASE };
	} catch {
		return { ok: false, reason: 'damaged' };
	}
}

const fail = (reason: OpenFailure): OpenResult => ({ ok: false, reason });

async function open(fragment: string, now: Date, passphrase: string | undefined): Promise<OpenResult> {
	const link = parseFragment(fragment);
	if (typeof link === 'string') return fail(link);
	const { header } = link;
	let key: CryptoKey;
	if (header.mode === MODE_KEY) {
		key = await importRawKey(link.key!);
	} else {
		if (!passphrase) return fail('needs-passphrase');
		key = await deriveKey(passphrase, header.salt!, header.iterations!);
	}
	const plaintext = await decrypt(key, link.iv, link.sealed, link.headerBytes);
	// In passphrase mode a changed link and a mistyped passphrase look the same to GCM; the
	// mistyped passphrase is far more likely, and the viewer can do something about it.
	if (plaintext === undefined) return fail(header.mode === MODE_KEY ? 'tampered' : 'wrong-passphrase');

	let snapshot: Snapshot | undefined;
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(await decompress(plaintext, MAX_PLAINTEXT_BYTES));
		snapshot = fromPayload(JSON.parse(json));
	} catch {
		snapshot = undefined;
	}
	// Authentic but not something this app writes: made by a broken or foreign encoder.
	if (snapshot === undefined) return fail('damaged');
	if (snapshot.createdAt.getTime() !== header.createdAt * 1000 || snapshot.expiresAt.getTime() !== header.expiresAt * 1000) return fail('damaged');
	// Fails closed: an invalid `now` counts as expired.
	if (!(now.getTime() < snapshot.expiresAt.getTime())) return fail('expired');
	return { ok: true, snapshot };
}

/**
 * Opens a fragment (with or without `#`) at `now`: parses it, derives or imports the key,
 * decrypts and authenticates, inflates, reads the payload strictly, and checks the expiry.
 * Never throws: every failure is an OpenResult with its reason.
 */
export async function openShareLink(fragment: string, now: Date, passphrase?: string): Promise<OpenResult> {
	try {
		return await open(fragment, now, passphrase);
	} catch {
		return fail('damaged');
	}
}
