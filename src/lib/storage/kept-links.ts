/**
 * Family status links kept on this device (the family view, /s): "Keep on this device" stores a
 * link's fragment so that the relative can reopen it later without the original message.
 *
 * What is stored is what was in the address bar: the fragment, still encrypted (a passphrase
 * link without its passphrase, which is never stored), and the snapshot's creation and expiry
 * times for the list. No status in clear.
 */
import { isInstant } from '$lib/domain/time';
import { makeIssue, type CaseFileIssue } from '$lib/domain/issues';
import type { CleardayDb, KeptLinkRecord } from './db';
import { guarded, guardedRead } from './errors';
import { refused, type Saved } from './result';

/** Far above any real link (about 1,200 characters), far below what could fill the disk. */
export const MAX_FRAGMENT_LENGTH = 16_384;

/** The characters a URL fragment may hold (RFC 3986 `fragment`, percent escapes included): no `#`, no spaces. */
const FRAGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]+$/;

/** What the family view keeps: the fragment as it opened and the snapshot's own dates. */
export interface KeepLinkInput {
	fragment: string;
	createdAt: Date | string;
	expiresAt: Date | string;
}

function instantOf(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (typeof value === 'string' && isInstant(value)) return new Date(value);
	return undefined;
}

function typeName(value: unknown): string {
	return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** The record to store, or every problem with the input. */
function validateKeep(input: unknown): { link?: Omit<KeptLinkRecord, 'id' | 'keptAt'>; issues: CaseFileIssue[] } {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) {
		return { issues: [makeIssue('', 'value.type', { expected: 'object', received: typeName(input) })] };
	}
	const { fragment, createdAt, expiresAt } = input as Record<string, unknown>;
	const issues: CaseFileIssue[] = [];
	if (fragment === undefined) issues.push(makeIssue('fragment', 'value.required'));
	else if (typeof fragment !== 'string') issues.push(makeIssue('fragment', 'value.type', { expected: 'string', received: typeName(fragment) }));
	else if (fragment.length === 0) issues.push(makeIssue('fragment', 'text.empty'));
	else if (fragment.length > MAX_FRAGMENT_LENGTH) issues.push(makeIssue('fragment', 'text.tooLong', { expected: MAX_FRAGMENT_LENGTH }));
	else if (!FRAGMENT.test(fragment)) issues.push(makeIssue('fragment', 'value.type', { expected: 'a link fragment', received: 'other characters' }));
	const created = instantOf(createdAt);
	const expires = instantOf(expiresAt);
	if (!created) issues.push(makeIssue('createdAt', 'instant.invalid'));
	if (!expires) issues.push(makeIssue('expiresAt', 'instant.invalid'));
	if (created && expires && expires.getTime() <= created.getTime()) issues.push(makeIssue('expiresAt', 'period.order'));
	if (issues.length) return { issues };
	return { link: { fragment: fragment as string, createdAt: created!.toISOString(), expiresAt: expires!.toISOString() }, issues };
}

/**
 * Keeps a link opened in the family view. The same fragment kept twice is one record (the first):
 * the answer is the record that is stored. Refused input writes nothing.
 */
export async function keepLink(db: CleardayDb, input: unknown, now: Date): Promise<Saved<KeptLinkRecord>> {
	const { link, issues } = validateKeep(input);
	if (!link) return refused(issues);
	return guarded(() =>
		db.transaction('rw', db.keptLinks, async (): Promise<Saved<KeptLinkRecord>> => {
			const existing = await db.keptLinks.filter((record) => record.fragment === link.fragment).first();
			if (existing) return { ok: true, value: existing };
			const record: KeptLinkRecord = { id: `kept-${crypto.randomUUID()}`, keptAt: now.toISOString(), ...link };
			await db.keptLinks.add(record);
			return { ok: true, value: record };
		})
	);
}

/** The kept links, the most recently kept first. */
export async function listKeptLinks(db: CleardayDb): Promise<KeptLinkRecord[]> {
	const records = await guardedRead(() => db.keptLinks.toArray());
	return records.sort((a, b) => (a.keptAt < b.keptAt ? 1 : a.keptAt > b.keptAt ? -1 : a.id.localeCompare(b.id)));
}

/** The kept record of this fragment, if it was kept. */
export async function keptLinkOf(db: CleardayDb, fragment: string): Promise<KeptLinkRecord | undefined> {
	return guardedRead(() => db.keptLinks.filter((record) => record.fragment === fragment).first());
}

/** Removes a kept link (nothing happens if it is already gone). */
export async function removeKeptLink(db: CleardayDb, id: string): Promise<void> {
	await guarded(() => db.keptLinks.delete(id));
}
