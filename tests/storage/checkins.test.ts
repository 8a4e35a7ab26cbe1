/**
 * Check-ins: recorded after validation against the stored case, never edited in place; a
 * correction is a new check-in that supersedes the old one, and both stay.
 */
import { describe, expect, it } from 'vitest';
import { correctCheckIn, readCase, recordCheckIn } from '../../src/lib/storage';
import { parseCaseFile } from '../../src/lib/domain/casefile';
import { evaluate } from '../../src/lib/domain/evaluate';
import { freshDb, note, refusal, saved, smallCase, snapshot, stored } from './helpers';
import { statusOf } from '../unit/case-builder';
import { checkInHash } from '../../src/lib/integrity/chain';

const payment = {
	id: 'c-fine-2',
	kind: 'payment',
	ruleId: 'fine',
	amount: 4_000_000,
	currency: 'KZT',
	at: '2026-07-20T12:00:00+05:00',
	recordedAt: '2026-07-20T12:01:00+05:00'
};

describe('recordCheckIn', () => {
	it('records a valid check-in after the ones already there', async () => {
		const db = freshDb();
		const before = await stored(db, smallCase());
		// Stored with its hash, linked to the last check-in recorded before it.
		const expected = { ...payment, hash: await checkInHash(payment, before.checkIns.at(-1)!.hash!) };
		expect(saved(await recordCheckIn(db, 'case-1', payment))).toStrictEqual(expected);
		const after = await readCase(db, 'case-1');
		expect(after).toStrictEqual({ ...before, checkIns: [...before.checkIns, expected] });
		expect(() => parseCaseFile(after)).not.toThrow();
	});

	it('refuses a bad field, an unknown rule or a duplicate id, and writes nothing', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		expect(refusal(await recordCheckIn(db, 'case-1', { ...payment, amount: -5 }))).toEqual([['amount', 'money.invalid']]);
		expect(refusal(await recordCheckIn(db, 'case-1', { ...payment, ruleId: 'no-such-rule' }))).toEqual([['ruleId', 'checkIn.ruleMissing']]);
		expect(refusal(await recordCheckIn(db, 'case-1', { ...payment, id: 'c-fine' }))).toEqual([['id', 'id.duplicate']]);
		expect(refusal(await recordCheckIn(db, 'case-1', { ...payment, currency: 'USD' }))).toEqual([['currency', 'currency.mismatch']]);
		expect(refusal(await recordCheckIn(db, 'case-1', { ...payment, kind: 'visit' }))).toEqual([['kind', 'checkIn.kind']]);
		expect(refusal(await recordCheckIn(db, 'case-1', { ...payment, recordedAt: '2026-07-20T11:00:00+05:00' }))).toEqual([['at', 'checkIn.recordedBeforeAt']]);
		expect(refusal(await recordCheckIn(db, 'case-1', null))).toEqual([['kind', 'checkIn.kind']]);
		expect(await snapshot(db)).toEqual(before);
	});

	it('says so when the case is not stored', async () => {
		const db = freshDb();
		expect(refusal(await recordCheckIn(db, 'case-1', payment))).toEqual([['', 'case.missing']]);
		expect(await db.checkIns.count()).toBe(0);
	});

	it('keeps the check-ins of two cases apart, each in its own recording order', async () => {
		const db = freshDb();
		await stored(db, smallCase('case-a'));
		await stored(db, smallCase('case-b'));
		for (const id of ['n1', 'n2', 'n3']) {
			saved(await recordCheckIn(db, 'case-b', note(`${id}-b`)));
			saved(await recordCheckIn(db, 'case-a', note(`${id}-a`)));
		}
		const ids = async (caseId: string) => (await readCase(db, caseId))!.checkIns.map((checkIn) => checkIn.id);
		expect(await ids('case-a')).toEqual(['c-report', 'c-fine', 'b-move', 'n1-a', 'n2-a', 'n3-a']);
		expect(await ids('case-b')).toEqual(['c-report', 'c-fine', 'b-move', 'n1-b', 'n2-b', 'n3-b']);
	});
});

describe('correctCheckIn', () => {
	/** The payment of 2026-06-24 was really 400,000 KZT, not 4,000,000: a typo corrected later. */
	const correction = { id: 'c-fine-fixed', kind: 'payment', ruleId: 'fine', amount: 400_000, currency: 'KZT', at: '2026-06-24T15:20:00+05:00', recordedAt: '2026-06-28T09:00:00+05:00' };

	it('keeps the old check-in and records the new one as superseding it; history has both', async () => {
		const db = freshDb();
		const before = await stored(db, smallCase());
		const recorded = saved(await correctCheckIn(db, 'case-1', 'c-fine', correction));
		const content = { ...correction, supersedes: 'c-fine' };
		expect(recorded).toStrictEqual({ ...content, hash: await checkInHash(content, before.checkIns.at(-1)!.hash!) });
		const after = await readCase(db, 'case-1');
		expect(after!.checkIns).toStrictEqual([...before.checkIns, recorded]);
		expect(after!.checkIns.find((checkIn) => checkIn.id === 'c-fine')).toStrictEqual(before.checkIns[1]);
		expect(() => parseCaseFile(after)).not.toThrow();
	});

	it('refuses to correct a check-in twice, or one that is not there, and writes nothing', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		saved(await correctCheckIn(db, 'case-1', 'c-fine', correction));
		const before = await snapshot(db);
		expect(refusal(await correctCheckIn(db, 'case-1', 'c-fine', { ...correction, id: 'c-fine-fixed-2' }))).toEqual([['supersedes', 'supersede.twice']]);
		expect(refusal(await correctCheckIn(db, 'case-1', 'no-such-check-in', { ...correction, id: 'c-x' }))).toEqual([['supersedes', 'checkIn.refMissing']]);
		expect(await snapshot(db)).toEqual(before);
		// A correction can itself be corrected: the chain goes on.
		saved(await correctCheckIn(db, 'case-1', 'c-fine-fixed', { ...correction, id: 'c-fine-fixed-again', amount: 450_000 }));
	});

	it('refuses a correction recorded before the check-in it corrects', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		// b-move was recorded at 09:00 on 2026-06-25.
		const early = { id: 'c-move-fixed', kind: 'change', ruleId: 'address', what: 'work', on: '2026-06-01', at: '2026-06-01T12:00:00+05:00', recordedAt: '2026-06-25T08:59:00+05:00' };
		expect(refusal(await correctCheckIn(db, 'case-1', 'b-move', early))).toEqual([['supersedes', 'supersede.order']]);
		saved(await correctCheckIn(db, 'case-1', 'b-move', { ...early, recordedAt: '2026-06-25T09:00:00+05:00' }));
	});

	it('the engine then reads only the correction (end to end through storage and evaluate)', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const now = new Date('2026-07-01T12:00:00+05:00');
		// 4,000,000 paid by the due date of 2026-06-25: in order.
		const first = evaluate((await readCase(db, 'case-1'))!, now);
		expect(statusOf(first, 'fine').state).toBe('ok');

		saved(await correctCheckIn(db, 'case-1', 'c-fine', correction));
		const file = (await readCase(db, 'case-1'))!;
		expect(file.checkIns.map((checkIn) => checkIn.id)).toContain('c-fine');
		const second = evaluate(file, now);
		// Only 400,000 of the 4,000,000 due was paid.
		expect(statusOf(second, 'fine').state).toBe('breach-risk');
		expect(second.level).toBe('at-risk');
		expect(second.alerts.some((alert) => alert.ruleId === 'fine' && alert.severity === 'critical')).toBe(true);
	});
});
