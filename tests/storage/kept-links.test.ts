/**
 * Kept family links: stored as the family view got them (fragment and the snapshot's dates only),
 * listed newest first, kept once however often kept, removed; bad input refused with nothing written.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepLink, keptLinkOf, listKeptLinks, MAX_FRAGMENT_LENGTH, removeKeptLink, StorageError } from '../../src/lib/storage';
import { failCommitWithQuota, freshDb, refusal, saved, sameDb, snapshot } from './helpers';

const CREATED = new Date('2026-11-12T09:05:00Z');
const EXPIRES = new Date('2026-11-19T09:05:00Z');
const NOW = new Date('2026-11-13T10:00:00Z');
const FRAGMENT = 'v1.AbCd_-efGH012345.xyz';

const link = (fields: Record<string, unknown> = {}) => ({ fragment: FRAGMENT, createdAt: CREATED, expiresAt: EXPIRES, ...fields });

describe('keepLink', () => {
	it('stores the fragment and the snapshot’s dates, nothing else, and reads them back', async () => {
		const db = freshDb();
		const record = saved(await keepLink(db, link(), NOW));
		expect(record).toEqual({
			id: expect.stringMatching(/^kept-[0-9a-f-]{36}$/),
			fragment: FRAGMENT,
			keptAt: '2026-11-13T10:00:00.000Z',
			createdAt: '2026-11-12T09:05:00.000Z',
			expiresAt: '2026-11-19T09:05:00.000Z'
		});
		expect(await listKeptLinks(db)).toEqual([record]);
		expect(await keptLinkOf(db, FRAGMENT)).toEqual(record);
		expect(await keptLinkOf(db, `${FRAGMENT}x`)).toBeUndefined();
		// Nothing but the kept link is written anywhere.
		const all = await snapshot(db);
		expect(Object.entries(all).filter(([, rows]) => rows.length > 0)).toEqual([['keptLinks', [record]]]);
	});

	it('takes the dates as ISO instants too, with any offset, and stores them in UTC', async () => {
		const db = freshDb();
		const record = saved(await keepLink(db, link({ createdAt: '2026-11-12T14:05:00+05:00', expiresAt: '2026-11-19T14:05:00+05:00' }), NOW));
		expect([record.createdAt, record.expiresAt]).toEqual(['2026-11-12T09:05:00.000Z', '2026-11-19T09:05:00.000Z']);
	});

	it('keeps the same link once: the second keep answers with the first record', async () => {
		const db = freshDb();
		const first = saved(await keepLink(db, link(), NOW));
		const again = saved(await keepLink(db, link(), new Date('2026-11-14T10:00:00Z')));
		expect(again).toEqual(first);
		expect(await listKeptLinks(db)).toHaveLength(1);
	});

	it('lists the most recently kept first; another tab sees the same list', async () => {
		const db = freshDb();
		const a = saved(await keepLink(db, link({ fragment: 'aaa' }), new Date('2026-11-13T10:00:00Z')));
		const c = saved(await keepLink(db, link({ fragment: 'ccc' }), new Date('2026-11-15T10:00:00Z')));
		const b = saved(await keepLink(db, link({ fragment: 'bbb' }), new Date('2026-11-14T10:00:00Z')));
		expect((await listKeptLinks(db)).map((record) => record.id)).toEqual([c.id, b.id, a.id]);
		expect(await listKeptLinks(sameDb(db))).toEqual(await listKeptLinks(db));
	});

	it('refuses what is not a kept link, by field, and writes nothing', async () => {
		const db = freshDb();
		const cases: [unknown, [string, string][]][] = [
			[null, [['', 'value.type']]],
			['v1.abc', [['', 'value.type']]],
			[[FRAGMENT], [['', 'value.type']]],
			[{ createdAt: CREATED, expiresAt: EXPIRES }, [['fragment', 'value.required']]],
			[link({ fragment: 42 }), [['fragment', 'value.type']]],
			[link({ fragment: '' }), [['fragment', 'text.empty']]],
			[link({ fragment: 'a'.repeat(MAX_FRAGMENT_LENGTH + 1) }), [['fragment', 'text.tooLong']]],
			[link({ fragment: '#v1.abc' }), [['fragment', 'value.type']]],
			[link({ fragment: 'v1 abc' }), [['fragment', 'value.type']]],
			[link({ fragment: 'v1.<script>' }), [['fragment', 'value.type']]],
			[link({ createdAt: new Date(Number.NaN) }), [['createdAt', 'instant.invalid']]],
			[link({ createdAt: '2026-11-12' }), [['createdAt', 'instant.invalid']]],
			[link({ expiresAt: 1_763_000_000_000 }), [['expiresAt', 'instant.invalid']]],
			[link({ expiresAt: CREATED }), [['expiresAt', 'period.order']]],
			[link({ createdAt: EXPIRES, expiresAt: CREATED }), [['expiresAt', 'period.order']]],
			[{ fragment: '', createdAt: 'x', expiresAt: undefined }, [['fragment', 'text.empty'], ['createdAt', 'instant.invalid'], ['expiresAt', 'instant.invalid']]]
		];
		for (const [input, expected] of cases) expect(refusal(await keepLink(db, input, NOW)), JSON.stringify(input)).toEqual(expected);
		expect(await listKeptLinks(db)).toEqual([]);
	});

	it('accepts every fragment of URL-fragment characters up to the limit, and keeps it exactly', async () => {
		const db = freshDb();
		const chars = fc.constantFrom(...'ABCXYZabcxyz0189-._~!$&\'()*+,;=:@/?%'.split(''));
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: chars, minLength: 1, maxLength: 300 }), async (fragment) => {
				const record = saved(await keepLink(db, link({ fragment }), NOW));
				expect(record.fragment).toBe(fragment);
				expect((await keptLinkOf(db, fragment))?.id).toBe(record.id);
			}),
			{ numRuns: 60 }
		);
	});

	it('reports a full disk as a StorageError and keeps nothing', async () => {
		const db = freshDb();
		failCommitWithQuota(db.keptLinks);
		const error = await keepLink(db, link(), NOW).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).problem).toBe('quota');
		expect(await listKeptLinks(db)).toEqual([]);
	});
});

describe('removeKeptLink', () => {
	it('removes one link and leaves the others; removing it again is harmless', async () => {
		const db = freshDb();
		const a = saved(await keepLink(db, link({ fragment: 'aaa' }), NOW));
		const b = saved(await keepLink(db, link({ fragment: 'bbb' }), NOW));
		await removeKeptLink(db, a.id);
		expect(await listKeptLinks(db)).toEqual([b]);
		await removeKeptLink(db, a.id);
		expect(await listKeptLinks(db)).toEqual([b]);
		// Kept again after removal: a new record.
		const again = saved(await keepLink(db, link({ fragment: 'aaa' }), NOW));
		expect(again.id).not.toBe(a.id);
	});
});
