import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, chainHashes, chainHead, checkInHash, shortHash, verifyChain } from './chain';

const a = { id: 'c1', kind: 'report', at: '2026-11-02T09:00:00+05:00', recordedAt: '2026-11-02T09:01:00+05:00' };
const b = { kind: 'payment', id: 'c2', amount: 4_000_000, currency: 'KZT', at: '2026-11-05T10:00:00+05:00', recordedAt: '2026-11-05T10:00:00+05:00', note: 'Kaspi' };

describe('canonicalJson', () => {
	it('sorts keys at every depth, drops undefined members and writes no spaces', () => {
		expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, z: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
	});
	it('gives the same text whatever the key order', () => {
		expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
	});
});

describe('the hash chain', () => {
	it('is SHA-256 over the version, the previous hash and the canonical content', async () => {
		const expected = createHash('sha256').update(`clearday/1\n\n${canonicalJson(a)}`).digest('hex');
		expect(await checkInHash(a, '')).toBe(expected);
		const second = createHash('sha256').update(`clearday/1\n${expected}\n${canonicalJson(b)}`).digest('hex');
		expect(await chainHashes([a, b])).toEqual([expected, second]);
		expect(await chainHead([a, b])).toBe(second);
	});

	it('leaves a stored hash out of the content it hashes', async () => {
		expect(await checkInHash({ ...a, hash: 'f'.repeat(64) }, '')).toBe(await checkInHash(a, ''));
	});

	it('has an empty head when there is nothing to chain', async () => {
		expect(await chainHead([])).toBe('');
		expect(await verifyChain([])).toEqual({ ok: true, head: '', count: 0 });
	});

	it('verifies an intact chain and names the first record that breaks a changed one', async () => {
		const [ha, hb] = await chainHashes([a, b]);
		const stored = [
			{ ...a, hash: ha! },
			{ ...b, hash: hb! }
		];
		expect(await verifyChain(stored)).toEqual({ ok: true, head: hb, count: 2 });
		const changed = { ...stored[0]!, note: 'added later' };
		expect(await verifyChain([changed, stored[1]!])).toEqual({ ok: false, index: 0, id: 'c1', reason: 'mismatch' });
		expect(await verifyChain([stored[1]!, stored[0]!])).toMatchObject({ ok: false, index: 0, id: 'c2' });
		expect(await verifyChain([stored[0]!, { ...b }])).toEqual({ ok: false, index: 1, id: 'c2', reason: 'missing' });
	});

	it('shows a head as its first 12 hex digits in groups of four', () => {
		expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123 4567 89ab');
	});
});
