/**
 * The test vectors of docs/share-link.md, read from the page itself so that the page and the code
 * cannot drift apart.
 */
import { afterEach, describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeBase64url } from './base64url';
import { KEY_HEADER_BYTES, openShareLink, PASSPHRASE_HEADER_BYTES, sealSnapshot } from './link';
import { toPayload } from './payload';
import type { Snapshot } from './types';

const page = readFileSync(new URL('../../../docs/share-link.md', import.meta.url), 'utf8');

/** The block after `<!-- test-vector: name -->` on the page. */
function vector(name: string): string {
	const found = new RegExp(`<!-- test-vector: ${name} -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
	if (!found) throw new Error(`docs/share-link.md has no test vector "${name}"`);
	return found[1]!.trim();
}

function hex(text: string): Uint8Array<ArrayBuffer> {
	expect(text).toMatch(/^(?:[0-9a-f]{2})+$/);
	return new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

const DATES = new Set(['createdAt', 'expiresAt', 'at', 'lastCheckInAt']);
const snapshot: Snapshot = JSON.parse(vector('snapshot'), (key, value) => (DATES.has(key) && typeof value === 'string' ? new Date(value) : value));

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the test vectors of docs/share-link.md', () => {
	it('encode the snapshot as the documented payload', () => {
		expect(JSON.stringify(toPayload(snapshot))).toBe(vector('payload'));
		expect(new TextEncoder().encode(vector('payload')).length).toBe(301);
	});

	it('in key mode, seal the snapshot with the documented key and IV into exactly the documented fragment', async () => {
		const fragment = await sealSnapshot(snapshot, { mode: 'key', key: hex(vector('key')), iv: hex(vector('key-iv')) });
		expect(fragment).toBe(vector('key-fragment'));
		expect(toHex(decodeBase64url(fragment.split('.')[0]!)!.slice(0, KEY_HEADER_BYTES))).toBe(vector('key-header'));
	});

	it('in key mode, open the documented fragment to the snapshot, with either decompressor', async () => {
		const opened = { ok: true, snapshot };
		expect(await openShareLink(vector('key-fragment'), snapshot.createdAt)).toStrictEqual(opened);
		vi.stubGlobal('DecompressionStream', undefined);
		expect(await openShareLink(vector('key-fragment'), snapshot.createdAt)).toStrictEqual(opened);
	});

	it('in passphrase mode, seal into exactly the documented fragment, which opens with the passphrase', async () => {
		const sealing = {
			mode: 'passphrase' as const,
			passphrase: vector('passphrase'),
			salt: hex(vector('salt')),
			iterations: Number(vector('iterations')),
			iv: hex(vector('passphrase-iv'))
		};
		const fragment = await sealSnapshot(snapshot, sealing);
		expect(fragment).toBe(vector('passphrase-fragment'));
		expect(toHex(decodeBase64url(fragment)!.slice(0, PASSPHRASE_HEADER_BYTES))).toBe(vector('passphrase-header'));
		expect(await openShareLink(vector('passphrase-fragment'), snapshot.createdAt, vector('passphrase'))).toStrictEqual({ ok: true, snapshot });
	}, 30_000);
});
