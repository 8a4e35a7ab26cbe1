/**
 * The hash chain as storage keeps it: every write seals its check-ins, a file's own seals are
 * checked before anything is written, and check-ins written without a hash (by a tab still on
 * version 1's code) are sealed before the next one links to them.
 */
import { describe, expect, it } from 'vitest';
import { createCase, readCase, recordCheckIn } from '../../src/lib/storage';
import { verifyChain } from '../../src/lib/integrity/chain';
import type { CaseFile } from '../../src/lib/domain/types';
import { freshDb, note, refusal, saved, sealed, smallCase, snapshot, stored } from './helpers';

describe('createCase and the chain', () => {
	it('keeps a file’s own hashes when they form the chain (a file exported from the app)', async () => {
		const db = freshDb();
		const file = await sealed(smallCase());
		expect(saved(await createCase(db, structuredClone(file)))).toStrictEqual(file);
		expect(await readCase(db, 'case-1')).toStrictEqual(file);
	});

	it('refuses a file whose chain breaks, naming the first check-in that breaks it, and writes nothing', async () => {
		const db = freshDb();
		await stored(db, smallCase('case-0'));
		const before = await snapshot(db);
		const file = await sealed(smallCase());
		// The payment's amount changed after it was sealed.
		(file.checkIns[1] as { amount: number }).amount = 400_000;
		const result = await createCase(db, file);
		expect(refusal(result)).toEqual([['checkIns[1].hash', 'chain.mismatch']]);
		expect(!result.ok && result.issues[0]!.params).toEqual({ position: 2, id: 'c-fine', kind: 'payment', at: '2026-06-24T15:20:00+05:00' });
		expect(await snapshot(db)).toEqual(before);
	});

	it('refuses a file with some hashes and not others, at the first check-in without one', async () => {
		const db = freshDb();
		const file = await sealed(smallCase());
		delete (file.checkIns[2] as { hash?: string }).hash;
		expect(refusal(await createCase(db, file))).toEqual([['checkIns[2].hash', 'chain.missing']]);
		expect(await db.checkIns.count()).toBe(0);
	});

	it('refuses check-ins moved out of their recording order, though each one is unchanged', async () => {
		const db = freshDb();
		const file = await sealed(smallCase());
		const swapped: CaseFile = { ...file, checkIns: [file.checkIns[1]!, file.checkIns[0]!, file.checkIns[2]!] };
		expect(refusal(await createCase(db, swapped))).toEqual([['checkIns[0].hash', 'chain.mismatch']]);
	});

	it('reports the file’s own problems first: a file that is not valid is not checked for its chain', async () => {
		const db = freshDb();
		const file = await sealed(smallCase());
		(file.checkIns[1] as { amount: number }).amount = -1;
		expect(refusal(await createCase(db, file))).toEqual([['checkIns[1].amount', 'money.invalid']]);
	});
});

describe('recordCheckIn and the chain', () => {
	it('computes the hash itself, whatever hash the caller passes', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const bogus = 'f'.repeat(64);
		const recorded = saved(await recordCheckIn(db, 'case-1', note('n1', { hash: bogus })));
		expect(recorded.hash).not.toBe(bogus);
		expect(await verifyChain((await readCase(db, 'case-1'))!.checkIns)).toMatchObject({ ok: true, head: recorded.hash });
	});

	it('chains each case on its own, whatever was recorded for another case in between', async () => {
		const db = freshDb();
		await stored(db, smallCase('case-a'));
		await stored(db, smallCase('case-b'));
		for (const id of ['n1', 'n2']) {
			saved(await recordCheckIn(db, 'case-a', note(`${id}-a`)));
			saved(await recordCheckIn(db, 'case-b', note(`${id}-b`)));
		}
		for (const caseId of ['case-a', 'case-b']) {
			const file = (await readCase(db, caseId))!;
			expect(file.checkIns).toStrictEqual((await sealed({ ...file, checkIns: file.checkIns.map(({ hash: _, ...c }) => c as CaseFile['checkIns'][number]) })).checkIns);
		}
	});

	it('seals check-ins that a tab on version 1’s code wrote without a hash, in their order, before linking the next one', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		// What old code writes into the upgraded database: the record without a hash.
		const late = [note('old-1', { at: '2026-07-02T10:00:00+05:00', recordedAt: '2026-07-02T10:00:00+05:00' }), note('old-2', { at: '2026-07-03T10:00:00+05:00', recordedAt: '2026-07-03T10:00:00+05:00' })];
		for (const checkIn of late) await db.checkIns.add({ caseId: 'case-1', id: checkIn.id as string, checkIn: checkIn as CaseFile['checkIns'][number] });
		expect(await verifyChain((await readCase(db, 'case-1'))!.checkIns)).toMatchObject({ ok: false, index: 3, reason: 'missing' });

		const recorded = saved(await recordCheckIn(db, 'case-1', note('new')));
		const file = (await readCase(db, 'case-1'))!;
		expect(file.checkIns.map((checkIn) => checkIn.id)).toEqual(['c-report', 'c-fine', 'b-move', 'old-1', 'old-2', 'new']);
		expect(await verifyChain(file.checkIns)).toMatchObject({ ok: true, head: recorded.hash, count: 6 });
	});

	it('seals a whole case that has no hash at all', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await db.checkIns.toCollection().modify((record) => {
			delete record.checkIn!.hash;
		});
		saved(await recordCheckIn(db, 'case-1', note('new')));
		expect(await verifyChain((await readCase(db, 'case-1'))!.checkIns)).toMatchObject({ ok: true, count: 4 });
	});
});
