/**
 * The tamper-evident log: every check-in carries a hash of its own content and of the check-in
 * recorded before it (a hash chain, in recording order: the order of the case file's
 * `checkIns`). Changing, removing or reordering any past check-in changes every hash after it,
 * so a chain head noted earlier (by a lawyer, a relative) no longer matches.
 *
 *   hash₀ = SHA-256("clearday/1\n" + "" + "\n" + canonical(checkIn₀ without hash))
 *   hashᵢ = SHA-256("clearday/1\n" + hashᵢ₋₁ + "\n" + canonical(checkInᵢ without hash))
 *
 * as 64 lower-case hex digits. `canonical` is JSON with object keys sorted and no spaces.
 * WebCrypto only (browsers, Node 20): no clock, no storage. docs/case-file.md says what this
 * proves and what it does not.
 */

export const CHAIN_VERSION = 'clearday/1';

/** A hash as stored: 64 lower-case hex digits. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** How a chain head is shown to people: its first 12 hex digits, in groups of four. */
export function shortHash(hash: string): string {
	return hash.slice(0, 12).replace(/(.{4})(?=.)/g, '$1 ');
}

/** JSON with sorted object keys and no whitespace: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		const text = JSON.stringify(value);
		if (text === undefined) throw new TypeError('canonicalJson: not a JSON value');
		return text;
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const entries = Object.keys(value)
		.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
		.sort()
		.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
	return `{${entries.join(',')}}`;
}

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
	return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash of one check-in (its `hash` field, if any, left out), chained to the previous hash ('' for the first). */
export async function checkInHash(checkIn: object, previous: string): Promise<string> {
	const { hash: _ignored, ...content } = checkIn as { hash?: unknown };
	const text = `${CHAIN_VERSION}\n${previous}\n${canonicalJson(content)}`;
	return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** The hashes of a list of check-ins in recording order, each chained to the one before. */
export async function chainHashes(checkIns: readonly object[], previous = ''): Promise<string[]> {
	const hashes: string[] = [];
	for (const checkIn of checkIns) {
		previous = await checkInHash(checkIn, previous);
		hashes.push(previous);
	}
	return hashes;
}

/** The hash of the last check-in ('' when there is none): the chain head. */
export async function chainHead(checkIns: readonly object[]): Promise<string> {
	const hashes = await chainHashes(checkIns);
	return hashes.at(-1) ?? '';
}

export type ChainCheck =
	| { ok: true; head: string; count: number }
	/** `index`: the first check-in (in recording order) whose stored hash does not match; `id` its id. */
	| { ok: false; index: number; id: string | undefined; reason: 'missing' | 'mismatch' };

/**
 * Checks the stored `hash` of every check-in against the chain recomputed from the content.
 * The first record that breaks it is named: it, or something before it, was changed.
 */
export async function verifyChain(checkIns: readonly (object & { id?: string; hash?: string })[]): Promise<ChainCheck> {
	let previous = '';
	for (const [index, checkIn] of checkIns.entries()) {
		const expected = await checkInHash(checkIn, previous);
		if (checkIn.hash === undefined) return { ok: false, index, id: checkIn.id, reason: 'missing' };
		if (checkIn.hash !== expected) return { ok: false, index, id: checkIn.id, reason: 'mismatch' };
		previous = expected;
	}
	return { ok: true, head: previous, count: checkIns.length };
}
