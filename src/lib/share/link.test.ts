import { beforeAll, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseCaseFile } from '$lib/domain';
import { decodeBase64url, encodeBase64url } from './base64url';
import { compress } from './compress';
import { IV_BYTES, KEY_BYTES, PBKDF2_ITERATIONS, SALT_BYTES } from './crypto';
import { createShareLink, inspectFragment, KEY_HEADER_BYTES, openShareLink, PASSPHRASE_HEADER_BYTES, sealCompressed, sealSnapshot } from './link';
import { buildSnapshot } from './snapshot';
import { chainHead } from '$lib/integrity/chain';
import type { OpenFailure, OpenResult, ShareScope, Snapshot } from './types';

const ORIGIN = 'https://clearday.example';
const NOW = new Date('2026-11-23T12:00:00+05:00');
const DAY_MS = 86_400_000;
const WIDEST: ShareScope = { deadlines: true, balances: true, lastCheckIn: true };
const REASONS: readonly OpenFailure[] = ['expired', 'damaged', 'truncated', 'tampered', 'wrong-passphrase', 'unknown-version', 'needs-passphrase'];

const demo = parseCaseFile(JSON.parse(readFileSync(new URL('../../../docs/examples/almaty-suspended-sentence.json', import.meta.url), 'utf8')));

/** All eight choices of what a link shows. */
const SCOPES: ShareScope[] = [0, 1, 2, 3, 4, 5, 6, 7].map((bits) => ({ deadlines: (bits & 1) !== 0, balances: (bits & 2) !== 0, lastCheckIn: (bits & 4) !== 0 }));

const demoSnapshot = (scope: ShareScope = WIDEST): Snapshot => buildSnapshot(demo, NOW, scope, 7);

function fragmentOf(link: string): string {
	expect(link.startsWith(`${ORIGIN}/s#`)).toBe(true);
	return link.slice(`${ORIGIN}/s#`.length);
}

/** The fragment with one bit of its data part flipped (byte `index`, bit `bit`). */
function flipData(fragment: string, index: number, bit: number): string {
	const [data, key] = fragment.split('.');
	const bytes = decodeBase64url(data!)!;
	bytes[index]! ^= 1 << bit;
	return key === undefined ? encodeBase64url(bytes) : `${encodeBase64url(bytes)}.${key}`;
}

function dataLength(fragment: string): number {
	return decodeBase64url(fragment.split('.')[0]!)!.length;
}

const refused = (reason: OpenFailure): OpenResult => ({ ok: false, reason });

describe('a link with the key in it', () => {
	it('opens to the same snapshot, for every scope', async () => {
		for (const scope of SCOPES) {
			const snapshot = demoSnapshot(scope);
			const fragment = fragmentOf(await createShareLink(snapshot, { origin: ORIGIN }));
			expect(fragment).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
			expect(inspectFragment(fragment)).toEqual({ ok: true, passphrase: false });
			expect(await openShareLink(fragment, NOW)).toStrictEqual({ ok: true, snapshot });
			expect(await openShareLink(`#${fragment}`, NOW)).toStrictEqual({ ok: true, snapshot });
		}
	});

	it('ignores a passphrase the viewer gives anyway', async () => {
		const fragment = fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN }));
		expect(await openShareLink(fragment, NOW, 'something')).toStrictEqual({ ok: true, snapshot: demoSnapshot() });
	});

	it('ignores what a redirector appends after "&"', async () => {
		const fragment = fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN }));
		expect(await openShareLink(`#${fragment}&fbclid=IwAR0abc`, NOW)).toStrictEqual({ ok: true, snapshot: demoSnapshot() });
		expect(inspectFragment(`${fragment}&utm_source=x`)).toEqual({ ok: true, passphrase: false });
	});

	it('goes to /s of the origin, with or without a slash at its end', async () => {
		expect(await createShareLink(demoSnapshot(), { origin: `${ORIGIN}/` })).toMatch(/^https:\/\/clearday\.example\/s#[^/]+$/);
	});

	it('for the demo case at its widest scope fits in 1,200 characters, with the origin', async () => {
		const keyLink = await createShareLink(demoSnapshot(), { origin: ORIGIN });
		const passphraseLink = await createShareLink(demoSnapshot(), { origin: ORIGIN, passphrase: 'apple orbit lantern' });
		expect(keyLink.length).toBeLessThanOrEqual(1200);
		expect(passphraseLink.length).toBeLessThanOrEqual(1200);
	});

	it('with the record’s fingerprint too, opens to the same snapshot and still fits', async () => {
		const snapshot = buildSnapshot(demo, NOW, { ...WIDEST, fingerprint: true }, 7, await chainHead(demo.checkIns));
		const keyLink = await createShareLink(snapshot, { origin: ORIGIN });
		expect(await openShareLink(fragmentOf(keyLink), NOW)).toStrictEqual({ ok: true, snapshot });
		expect(keyLink.length).toBeLessThanOrEqual(1200);
		const passphraseLink = await createShareLink(snapshot, { origin: ORIGIN, passphrase: 'apple orbit lantern' });
		expect(passphraseLink.length).toBeLessThanOrEqual(1200);
	});
});

// PBKDF2 at 600,000 iterations takes a good tenth of a second per derivation, more on a busy machine.
describe('a link with a passphrase', { timeout: 60_000 }, () => {
	const passphrase = 'Ақ жол, café';
	let fragment: string;
	beforeAll(async () => {
		fragment = fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN, passphrase }));
	});

	it('opens to the same snapshot with the passphrase, for every scope, and has no key in it', async () => {
		await Promise.all(
			SCOPES.map(async (scope) => {
				const snapshot = demoSnapshot(scope);
				const ownFragment = fragmentOf(await createShareLink(snapshot, { origin: ORIGIN, passphrase }));
				expect(ownFragment).toMatch(/^[A-Za-z0-9_-]+$/);
				expect(inspectFragment(ownFragment)).toEqual({ ok: true, passphrase: true });
				expect(await openShareLink(ownFragment, NOW, passphrase)).toStrictEqual({ ok: true, snapshot });
			})
		);
	});

	it('asks for the passphrase before trying to open', async () => {
		expect(await openShareLink(fragment, NOW)).toEqual(refused('needs-passphrase'));
		expect(await openShareLink(fragment, NOW, '')).toEqual(refused('needs-passphrase'));
	});

	it('refuses a wrong passphrase, even one a space away', async () => {
		expect(await openShareLink(fragment, NOW, 'Ақ жол, cafe')).toEqual(refused('wrong-passphrase'));
		expect(await openShareLink(fragment, NOW, `${passphrase} `)).toEqual(refused('wrong-passphrase'));
	});

	it('opens whichever way the accents were typed (NFC)', async () => {
		const decomposed = passphrase.normalize('NFD');
		expect(decomposed).not.toBe(passphrase);
		expect(await openShareLink(fragment, NOW, decomposed)).toStrictEqual({ ok: true, snapshot: demoSnapshot() });
	});

	it('refuses a changed salt, iteration count or ciphertext as a wrong passphrase', async () => {
		const iterationsAt = KEY_HEADER_BYTES + SALT_BYTES;
		const [salt, iterations, ciphertext] = await Promise.all([
			openShareLink(flipData(fragment, KEY_HEADER_BYTES + 5, 3), NOW, passphrase),
			openShareLink(flipData(fragment, iterationsAt + 3, 0), NOW, passphrase),
			openShareLink(flipData(fragment, PASSPHRASE_HEADER_BYTES + IV_BYTES + 2, 7), NOW, passphrase)
		]);
		expect([salt, iterations, ciphertext]).toEqual([refused('wrong-passphrase'), refused('wrong-passphrase'), refused('wrong-passphrase')]);
		// Counts this app never writes are refused before any work: a huge one would stall the phone.
		expect(await openShareLink(flipData(fragment, iterationsAt, 7), NOW, passphrase)).toEqual(refused('damaged'));
		expect(await openShareLink(flipData(fragment, iterationsAt + 1, 3), NOW, passphrase)).toEqual(refused('damaged'));
	});

	it('stores the iteration count in the link, at least 600,000', () => {
		const bytes = decodeBase64url(fragment)!;
		expect(new DataView(bytes.buffer).getUint32(KEY_HEADER_BYTES + SALT_BYTES)).toBe(PBKDF2_ITERATIONS);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
	});
});

describe('a changed link', () => {
	let fragment: string;
	let snapshot: Snapshot;
	beforeAll(async () => {
		snapshot = demoSnapshot();
		fragment = fragmentOf(await createShareLink(snapshot, { origin: ORIGIN }));
	});

	it('is refused as tampered when any single bit of the IV, ciphertext or tag flips', async () => {
		const length = dataLength(fragment);
		const results = new Map<string, number>();
		for (let index = KEY_HEADER_BYTES; index < length; index++) {
			for (let bit = 0; bit < 8; bit++) {
				const result = await openShareLink(flipData(fragment, index, bit), NOW);
				const key = result.ok ? 'ok' : result.reason;
				results.set(key, (results.get(key) ?? 0) + 1);
			}
		}
		expect(Object.fromEntries(results)).toEqual({ tampered: (length - KEY_HEADER_BYTES) * 8 });
	});

	it('is refused as tampered when any single bit of the key flips', async () => {
		const [data, key] = fragment.split('.');
		for (let index = 0; index < KEY_BYTES; index++) {
			for (let bit = 0; bit < 8; bit++) {
				const bytes = decodeBase64url(key!)!;
				bytes[index]! ^= 1 << bit;
				expect(await openShareLink(`${data}.${encodeBase64url(bytes)}`, NOW)).toEqual(refused('tampered'));
			}
		}
	});

	it('is refused when any single bit of the header flips: the header is authenticated', async () => {
		const view = new DataView(decodeBase64url(fragment.split('.')[0]!)!.buffer);
		for (let index = 0; index < KEY_HEADER_BYTES; index++) {
			for (let bit = 0; bit < 8; bit++) {
				const result = await openShareLink(flipData(fragment, index, bit), NOW);
				let expected: OpenFailure;
				if (index === 0) expected = 'unknown-version';
				else if (index === 1) {
					// Mode 1 (passphrase) reads a salt and an iteration count out of the IV and
					// ciphertext, and then wants more bytes than there are; other modes do not exist.
					expect(result, `byte ${index} bit ${bit}`).toEqual(bit === 0 ? expect.objectContaining({ reason: expect.stringMatching(/^(damaged|truncated)$/) }) : refused('damaged'));
					continue;
				} else if (index < 10) {
					const created = index < 6 ? view.getUint32(2) ^ (1 << (8 * (5 - index) + bit)) : view.getUint32(2);
					const expires = index >= 6 ? view.getUint32(6) ^ (1 << (8 * (9 - index) + bit)) : view.getUint32(6);
					// Times that make no sense are refused unread; any others fail authentication.
					expected = expires >>> 0 > created >>> 0 ? 'tampered' : 'damaged';
				} else {
					const declared = view.getUint16(10) ^ (1 << (8 * (11 - index) + bit));
					expected = declared > view.getUint16(10) ? 'truncated' : 'damaged';
				}
				expect(result, `byte ${index} bit ${bit}`).toEqual(refused(expected));
			}
		}
	});

	it('is tampered rather than expired when an expired link was also changed', async () => {
		const later = new Date(snapshot.expiresAt.getTime() + DAY_MS);
		expect(await openShareLink(fragment, later)).toEqual(refused('expired'));
		expect(await openShareLink(flipData(fragment, KEY_HEADER_BYTES + IV_BYTES + 1, 0), later)).toEqual(refused('tampered'));
		// Pushing the expiry back changes the authenticated header.
		expect(await openShareLink(flipData(fragment, 7, 7), later)).toEqual(refused('tampered'));
	});
});

describe('expiry', () => {
	it('opens until the moment it expires, and is expired from then on', async () => {
		const snapshot = buildSnapshot(demo, NOW, WIDEST, 1);
		const fragment = fragmentOf(await createShareLink(snapshot, { origin: ORIGIN }));
		expect(snapshot.expiresAt.getTime()).toBe(NOW.getTime() + DAY_MS);
		expect(await openShareLink(fragment, new Date(NOW.getTime() + DAY_MS - 1))).toStrictEqual({ ok: true, snapshot });
		expect(await openShareLink(fragment, snapshot.expiresAt)).toEqual(refused('expired'));
		expect(await openShareLink(fragment, new Date(NOW.getTime() + 400 * DAY_MS))).toEqual(refused('expired'));
	});

	it('treats an invalid "now" as expired rather than as forever', async () => {
		const fragment = fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN }));
		expect(await openShareLink(fragment, new Date(NaN))).toEqual(refused('expired'));
	});
});

describe('a link that cannot be read', () => {
	let fragment: string;
	let passphraseFragment: string;
	beforeAll(async () => {
		fragment = fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN }));
		passphraseFragment = fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN, passphrase: 'pass phrase' }));
	});

	it('is truncated when cut at any length, with or without a passphrase', async () => {
		for (const full of [fragment, passphraseFragment]) {
			for (let length = 0; length < full.length; length++) {
				const cut = full.slice(0, length);
				expect(inspectFragment(cut), `${length} characters`).toEqual(refused('truncated'));
				expect(await openShareLink(cut, NOW, 'pass phrase'), `${length} characters`).toEqual(refused('truncated'));
			}
		}
	});

	it('is of an unknown version when its first byte is not 1, whatever follows', async () => {
		for (const version of [0, 2, 255]) {
			const bytes = decodeBase64url(fragment.split('.')[0]!)!;
			bytes[0] = version;
			expect(await openShareLink(`${encodeBase64url(bytes)}.${fragment.split('.')[1]}`, NOW)).toEqual(refused('unknown-version'));
		}
		// A later format may look nothing like this one after its version byte.
		expect(inspectFragment('Ag~a later format~')).toEqual(refused('unknown-version'));
	});

	it.each<[string, (fragment: string, passphraseFragment: string) => string]>([
		['a character outside base64url', (f) => f.replace(/^(.{20})./, '$1+')],
		['base64 padding', (f) => f.replace('.', '==.')],
		['a third part', (f) => `${f}.AAAA`],
		['a key part that is too long', (f) => `${f}A`],
		['a key part with a character outside base64url', (f) => `${f.slice(0, -1)}/`],
		['a key in a passphrase link', (_, p) => `${p}.${'A'.repeat(43)}`],
		['a byte too many', (f) => flipLength(f, +1)],
		['an unknown mode', (f) => flipData(f, 1, 1)],
		['an empty data part', (f) => `.${f.split('.')[1]}`],
		['a last character of the key that no base64url encoder writes', (f) => `${f.split('.')[0]}.${lastBitsChanged(f.split('.')[1]!)}`]
	])('is damaged with %s', async (_, change) => {
		const changed = change(fragment, passphraseFragment);
		expect(inspectFragment(changed)).toEqual(refused('damaged'));
		expect(await openShareLink(changed, NOW)).toEqual(refused('damaged'));
	});
});

/** A key-mode fragment with one byte more data than its header declares. */
function flipLength(fragment: string, extra: number): string {
	const [data, key] = fragment.split('.');
	const bytes = decodeBase64url(data!)!;
	const longer = new Uint8Array(bytes.length + extra);
	longer.set(bytes);
	return `${encodeBase64url(longer)}.${key}`;
}

/** The text with the leftover bits of its last character set (when it has any). */
function lastBitsChanged(text: string): string {
	expect(text.length % 4).not.toBe(0);
	const last = text.at(-1)!;
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	return text.slice(0, -1) + alphabet[alphabet.indexOf(last) | 1];
}

describe('an authentic link with contents this app would not write', () => {
	const key = new Uint8Array(KEY_BYTES).fill(7);
	const iv = new Uint8Array(IV_BYTES).fill(9);
	const times = { createdAt: NOW.getTime() / 1000, expiresAt: NOW.getTime() / 1000 + 86_400 };
	const seal = async (plaintext: Uint8Array<ArrayBuffer>, override = times) => sealCompressed(plaintext, override, { mode: 'key', key, iv });
	const json = (value: unknown) => compress(new TextEncoder().encode(JSON.stringify(value)));
	const good = { c: times.createdAt, e: times.expiresAt, l: 0 };

	it('opens when it is what this app writes (the control)', async () => {
		expect(await openShareLink(await seal(await json(good)), NOW)).toStrictEqual({ ok: true, snapshot: { createdAt: NOW, expiresAt: new Date(NOW.getTime() + DAY_MS), level: 'ok' } });
	});

	it.each<[string, () => Promise<Uint8Array<ArrayBuffer>>, typeof times?]>([
		['bytes that are not DEFLATE', async () => new Uint8Array([0xff, 0xfe, 0xfd])],
		['text that is not JSON', () => compress(new TextEncoder().encode('{"c":'))],
		['bytes that are not UTF-8', () => compress(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))],
		['JSON that is not a payload', () => json({ ...good, level: 'ok' })],
		['a payload whose times disagree with the header', () => json({ ...good, e: good.e + 86_400 })],
		['a header whose times disagree with the payload', () => json(good), { createdAt: times.createdAt - 1, expiresAt: times.expiresAt }],
		['more than a megabyte once inflated', () => compress(new TextEncoder().encode(`{"c":${good.c},"e":${good.e},"l":0,"t":["${'x'.repeat(1 << 20)}"]}`))]
	])('is damaged: %s', async (_, plaintext, override) => {
		expect(await openShareLink(await seal(await plaintext(), override), NOW)).toEqual(refused('damaged'));
	});

	it('is damaged when the last character of its data has leftover bits no encoder writes', async () => {
		// Pad the payload until the data is not a whole number of 3-byte groups.
		let fragment = '';
		for (let pad = 0; fragment === '' || fragment.split('.')[0]!.length % 4 === 0; pad++) {
			fragment = await seal(await json({ ...good, t: ['x'.repeat(pad + 1)], b: [[0, 0, 1, 0, 'KZT']] }));
		}
		expect((await openShareLink(fragment, NOW)).ok).toBe(true);
		const [data, keyText] = fragment.split('.');
		expect(await openShareLink(`${lastBitsChanged(data!)}.${keyText}`, NOW)).toEqual(refused('damaged'));
	});

	it('is damaged when its header says it expired before it was made', async () => {
		const fragment = await seal(await json({ ...good, e: good.c }), { createdAt: times.createdAt, expiresAt: times.createdAt });
		expect(inspectFragment(fragment)).toEqual(refused('damaged'));
	});
});

describe('fresh randomness', () => {
	it('gives 10,000 links 10,000 different IVs and 10,000 different keys', async () => {
		const snapshot = buildSnapshot(demo, NOW, { deadlines: false, balances: false, lastCheckIn: false }, 1);
		const ivs = new Set<string>();
		const keys = new Set<string>();
		for (let batch = 0; batch < 100; batch++) {
			const links = await Promise.all(Array.from({ length: 100 }, () => createShareLink(snapshot, { origin: ORIGIN })));
			for (const link of links) {
				const [data, key] = fragmentOf(link).split('.');
				const bytes = decodeBase64url(data!)!;
				ivs.add(encodeBase64url(bytes.slice(KEY_HEADER_BYTES, KEY_HEADER_BYTES + IV_BYTES)));
				keys.add(key!);
			}
		}
		expect(ivs.size).toBe(10_000);
		expect(keys.size).toBe(10_000);
	}, 60_000);

	it('gives two passphrase links with the same passphrase different salts and IVs', async () => {
		const [a, b] = await Promise.all([1, 2].map(async () => decodeBase64url(fragmentOf(await createShareLink(demoSnapshot(), { origin: ORIGIN, passphrase: 'same' })))!));
		const part = (bytes: Uint8Array, from: number, to: number) => encodeBase64url(bytes.slice(from, to));
		expect(part(a!, KEY_HEADER_BYTES, KEY_HEADER_BYTES + SALT_BYTES)).not.toBe(part(b!, KEY_HEADER_BYTES, KEY_HEADER_BYTES + SALT_BYTES));
		expect(part(a!, PASSPHRASE_HEADER_BYTES, PASSPHRASE_HEADER_BYTES + IV_BYTES)).not.toBe(part(b!, PASSPHRASE_HEADER_BYTES, PASSPHRASE_HEADER_BYTES + IV_BYTES));
	});
});

describe('garbage', () => {
	/** Opening never throws and always says why it failed, with one of the known reasons. */
	async function expectOpenResult(fragment: string, original?: Snapshot) {
		const inspected = inspectFragment(fragment);
		const opened = await openShareLink(fragment, NOW);
		if (opened.ok) {
			// Only a change the format ignores (after "&") can still open, and to the same snapshot.
			expect(opened.snapshot).toStrictEqual(original);
		} else {
			expect(REASONS).toContain(opened.reason);
		}
		if (!inspected.ok) expect(opened).toEqual(inspected);
	}

	it('of any characters gives a reason, never an exception', async () => {
		await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectOpenResult(text)), { numRuns: 300 });
		await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), (text) => expectOpenResult(text)), { numRuns: 300 });
	}, 30_000);

	it('in base64 (and base64url, with and without a key part) gives a reason, never an exception', async () => {
		const base64url = fc.base64String({ maxLength: 400 }).map((text) => text.replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', ''));
		await fc.assert(fc.asyncProperty(fc.base64String({ maxLength: 400 }), (text) => expectOpenResult(text)), { numRuns: 200 });
		await fc.assert(fc.asyncProperty(base64url, base64url, (data, key) => expectOpenResult(`${data}.${key}`)), { numRuns: 200 });
		// Version 1, key mode, then random bytes: past the first checks.
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (rest, key) =>
				expectOpenResult(`${encodeBase64url(new Uint8Array([1, 0, ...rest]))}.${encodeBase64url(key)}`)
			),
			{ numRuns: 200 }
		);
	});

	it('made from a valid link by random edits gives a reason, never an exception', async () => {
		const snapshot = demoSnapshot();
		const fragment = fragmentOf(await createShareLink(snapshot, { origin: ORIGIN }));
		const edit = fc.record({
			kind: fc.constantFrom('replace', 'insert', 'delete', 'cut', 'append'),
			at: fc.nat(),
			text: fc.oneof(fc.constantFrom('A', '_', '-', '.', '&', '#', '=', '%20', ' ', '\n'), fc.string({ minLength: 1, maxLength: 3 }))
		});
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
				let text = fragment;
				for (const { kind, at, text: piece } of edits) {
					const i = at % (text.length + 1);
					if (kind === 'replace') text = text.slice(0, i) + piece + text.slice(i + 1);
					else if (kind === 'insert') text = text.slice(0, i) + piece + text.slice(i);
					else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
					else if (kind === 'cut') text = text.slice(0, i);
					else text += piece;
				}
				await expectOpenResult(text, snapshot);
			}),
			{ numRuns: 500 }
		);
	});

	it('that is not even a string gives a reason, never an exception', async () => {
		for (const value of [undefined, null, 42, {}, []]) {
			expect(inspectFragment(value as never)).toEqual(refused('damaged'));
			expect(await openShareLink(value as never, NOW)).toEqual(refused('damaged'));
		}
	});
});

describe('sealing', () => {
	it('refuses a key, IV, salt or iteration count of the wrong size', async () => {
		const snapshot = demoSnapshot();
		const iv = new Uint8Array(IV_BYTES);
		await expect(sealSnapshot(snapshot, { mode: 'key', key: new Uint8Array(16), iv })).rejects.toThrow(RangeError);
		await expect(sealSnapshot(snapshot, { mode: 'key', key: new Uint8Array(KEY_BYTES), iv: new Uint8Array(16) })).rejects.toThrow(RangeError);
		await expect(sealSnapshot(snapshot, { mode: 'passphrase', passphrase: 'x', salt: new Uint8Array(8), iterations: PBKDF2_ITERATIONS, iv })).rejects.toThrow(RangeError);
		await expect(sealSnapshot(snapshot, { mode: 'passphrase', passphrase: 'x', salt: new Uint8Array(SALT_BYTES), iterations: 1000, iv })).rejects.toThrow(RangeError);
		await expect(sealSnapshot(snapshot, { mode: 'passphrase', passphrase: '', salt: new Uint8Array(SALT_BYTES), iterations: PBKDF2_ITERATIONS, iv })).rejects.toThrow(RangeError);
	});
});
