/**
 * The case as a whole: created from a case file (all or nothing), read back as the same file,
 * replaced, updated and deleted.
 */
import { describe, expect, it } from 'vitest';
import { activeCaseId, createCase, deleteCase, dismissAlert, isDemoCase, markNotified, readAlertStates, readCase, recordCheckIn, updateCaseInfo } from '../../src/lib/storage';
import { StorageError } from '../../src/lib/storage/errors';
import { parseCaseFile } from '../../src/lib/domain/casefile';
import type { CaseFile } from '../../src/lib/domain/types';
import { freshDb, note, refusal, saved, sealed, smallCase, snapshot, stored } from './helpers';

/** A second, different case under another id. */
function otherCase(): CaseFile {
	const file = smallCase('case-2');
	return { ...file, case: { ...file.case, title: 'Restriction of freedom' }, rules: file.rules.slice(0, 2), checkIns: file.checkIns.slice(0, 2) };
}

describe('createCase', () => {
	it('stores a valid file whole: readCase gives it back, rules in order, check-ins in recording order', async () => {
		const db = freshDb();
		const file = smallCase();
		const result = saved(await createCase(db, structuredClone(file)));
		// As stored: each check-in sealed with its hash, chained in the file's order.
		const expected = await sealed(file);
		expect(result).toStrictEqual(expected);

		const read = await readCase(db, 'case-1');
		expect(read).toStrictEqual(expected);
		expect(read!.rules.map((rule) => rule.id)).toEqual(['report', 'fine', 'ban', 'address']);
		// Recording order is the file's order, not the order of `at` (b-move happened first) nor of ids.
		expect(read!.checkIns.map((checkIn) => checkIn.id)).toEqual(['c-report', 'c-fine', 'b-move']);
		expect(await activeCaseId(db)).toBe('case-1');
		expect(await isDemoCase(db, 'case-1')).toBe(false);
	});

	it('accepts the file as JSON text too, and keeps check-ins recorded later after the file’s own', async () => {
		const db = freshDb();
		saved(await createCase(db, JSON.stringify(smallCase())));
		saved(await recordCheckIn(db, 'case-1', note('a-later')));
		const read = await readCase(db, 'case-1');
		expect(read!.checkIns.map((checkIn) => checkIn.id)).toEqual(['c-report', 'c-fine', 'b-move', 'a-later']);
	});

	it('records when the case was created and whether it is the demo', async () => {
		const db = freshDb();
		saved(await createCase(db, smallCase(), { demo: true, now: new Date('2026-06-01T12:00:00Z') }));
		expect(await db.cases.get('case-1')).toMatchObject({ demo: true, createdAt: '2026-06-01T12:00:00.000Z' });
		expect(await isDemoCase(db, 'case-1')).toBe(true);
		expect(await isDemoCase(db, 'no-such-case')).toBe(false);
		// The same case stored again as a real one is no longer the demo.
		saved(await createCase(db, smallCase()));
		expect(await isDemoCase(db, 'case-1')).toBe(false);
	});

	it('refuses an invalid file with every issue, and stores nothing', async () => {
		const db = freshDb();
		const file = smallCase() as unknown as { case: Record<string, unknown>; rules: Record<string, unknown>[]; checkIns: Record<string, unknown>[] };
		file.case.timeZone = 'Mars/Olympus';
		file.rules[1]!.currency = 'kzt';
		file.checkIns[0]!.ruleId = 'no-such-rule';
		expect(refusal(await createCase(db, file))).toEqual([
			['case.timeZone', 'timeZone.unknown'],
			['rules[1].currency', 'currency.invalid'],
			['checkIns[0].ruleId', 'checkIn.ruleMissing']
		]);
		expect(await snapshot(db)).toEqual({ cases: [], rules: [], checkIns: [], settings: [], alertStates: [], keptLinks: [] });
		expect(refusal(await createCase(db, '{ not json'))).toEqual([['', 'json.invalid']]);
		expect(refusal(await createCase(db, { format: 'clearday-case', version: 2 }))[0]).toEqual(['version', 'version.unsupported']);
	});

	it('refuses an invalid file without touching the case already stored, or which case is active', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		const broken = { ...smallCase(), rules: [...smallCase().rules, { id: 'x', kind: 'curfew', title: 'Curfew', start: '22:00', end: '22:00' }] };
		expect(refusal(await createCase(db, broken))).toEqual([['rules[4].end', 'curfew.emptyWindow']]);
		expect(await snapshot(db)).toEqual(before);
	});

	it('replaces a case with the same id whole, keeping only what was notified or dismissed', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await markNotified(db, 'case-1', ['fine/2026-06-25/due'], new Date('2026-06-22T00:00:00Z'));
		const replacement = { ...smallCase(), rules: smallCase().rules.slice(0, 2), checkIns: smallCase().checkIns.slice(0, 1) };
		saved(await createCase(db, replacement));
		expect(await readCase(db, 'case-1')).toStrictEqual(await sealed(replacement));
		expect(await db.rules.count()).toBe(2);
		expect(await db.checkIns.count()).toBe(1);
		// A restored backup of the same case must not notify again about what was already notified.
		expect([...(await readAlertStates(db, 'case-1')).keys()]).toEqual(['fine/2026-06-25/due']);
	});

	it('keeps the old case until the new one is fully in: a failure while adding its check-ins changes nothing', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await stored(db, otherCase());
		const before = await snapshot(db);

		const replacement = smallCase();
		replacement.case.title = 'Replaced';
		replacement.rules.push({ id: 'extra', kind: 'activity-ban', title: 'Extra', categories: ['other'] });
		// A write that fails in the middle: after the old records were removed and the new case
		// and rules were added, the third check-in cannot be written.
		let added = 0;
		db.checkIns.hook('creating', () => {
			if (++added === 3) throw new Error('disk error in the middle of the import');
		});
		const error = await createCase(db, replacement).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).problem).toBe('unknown');
		expect(added).toBe(3);

		expect(await snapshot(db)).toEqual(before);
		expect(await readCase(db, 'case-1')).toStrictEqual(await sealed(smallCase()));
		expect(await activeCaseId(db)).toBe('case-2');
	});
});

describe('deleteCase', () => {
	it('removes the case with its rules, check-ins and alert states, and clears the active case', async () => {
		const db = freshDb();
		await stored(db, otherCase());
		await stored(db, smallCase());
		await dismissAlert(db, 'case-1', 'fine/2026-06-25/due', new Date('2026-06-26T00:00:00Z'));
		await dismissAlert(db, 'case-2', 'fine/2026-06-25/due', new Date('2026-06-26T00:00:00Z'));
		const other = await snapshot(db);

		await deleteCase(db, 'case-1');
		expect(await readCase(db, 'case-1')).toBeUndefined();
		expect(await activeCaseId(db)).toBeUndefined();
		expect(await readAlertStates(db, 'case-1')).toEqual(new Map());
		const after = await snapshot(db);
		// Only case-2's records are left, exactly as they were.
		const ofCase2 = (records: unknown[]) => records.filter((record) => (record as { caseId?: string; id?: string }).caseId === 'case-2' || (record as { id?: string }).id === 'case-2');
		expect(after.cases).toEqual(ofCase2(other.cases!));
		expect(after.rules).toEqual(ofCase2(other.rules!));
		expect(after.checkIns).toEqual(ofCase2(other.checkIns!));
		expect(after.alertStates).toEqual(ofCase2(other.alertStates!));
		expect(await readCase(db, 'case-2')).toStrictEqual(await sealed(otherCase()));
	});

	it('leaves the active case alone when another case is deleted, and a missing case is no error', async () => {
		const db = freshDb();
		await stored(db, otherCase());
		await stored(db, smallCase());
		await deleteCase(db, 'case-2');
		expect(await activeCaseId(db)).toBe('case-1');
		await deleteCase(db, 'never-stored');
		expect(await readCase(db, 'case-1')).toStrictEqual(await sealed(smallCase()));
	});
});

describe('updateCaseInfo', () => {
	it('saves valid case details and leaves the rules and check-ins as they were', async () => {
		const db = freshDb();
		const file = await stored(db, smallCase());
		const info = { ...file.case, title: 'Probation, Almaty', supervisor: { name: 'Officer A.', phone: '+7 727 000 00 00' }, remind: ['P2D'] };
		expect(saved(await updateCaseInfo(db, 'case-1', info))).toStrictEqual(info);
		expect(await readCase(db, 'case-1')).toStrictEqual({ ...file, case: info });
		// An optional field left out is removed, not kept from before.
		const { supervisor: _dropped, ...withoutSupervisor } = info;
		saved(await updateCaseInfo(db, 'case-1', withoutSupervisor));
		expect((await readCase(db, 'case-1'))!.case).toStrictEqual(withoutSupervisor);
	});

	it('refuses a change of id', async () => {
		const db = freshDb();
		const file = await stored(db, smallCase());
		const before = await snapshot(db);
		expect(refusal(await updateCaseInfo(db, 'case-1', { ...file.case, id: 'case-9' }))).toEqual([['id', 'case.idChanged']]);
		expect(await snapshot(db)).toEqual(before);
	});

	it('refuses invalid details with paths of the case’s own fields', async () => {
		const db = freshDb();
		const file = await stored(db, smallCase());
		const before = await snapshot(db);
		const result = await updateCaseInfo(db, 'case-1', { ...file.case, sentence: { from: '2023-04-25', until: '2023-04-24' }, title: '' });
		expect(refusal(result)).toEqual([
			['title', 'text.empty'],
			['sentence.until', 'period.order']
		]);
		expect(await snapshot(db)).toEqual(before);
	});

	it('refuses details that make the whole case invalid (an instalment outside a shortened sentence)', async () => {
		const db = freshDb();
		const file = await stored(db, smallCase());
		const before = await snapshot(db);
		// The fine's last instalment is due 2029-04-20.
		const shortened = { ...file.case, sentence: { from: '2023-04-25', until: '2028-04-24' } };
		const issues = refusal(await updateCaseInfo(db, 'case-1', shortened));
		expect(issues).toEqual([['rules[1].schedule[1].due', 'payment.dueOutsidePeriod']]);
		expect(await snapshot(db)).toEqual(before);
		expect(parseCaseFile(await readCase(db, 'case-1'))).toStrictEqual(file);
	});

	it('says so when the case is no longer stored', async () => {
		const db = freshDb();
		expect(refusal(await updateCaseInfo(db, 'case-1', smallCase().case))).toEqual([['', 'case.missing']]);
		expect(await db.cases.count()).toBe(0);
	});
});

describe('createCase replacing another case', () => {
	it('removes the case it replaces in the same write, alert states included', async () => {
		const db = freshDb();
		await stored(db, otherCase());
		await markNotified(db, 'case-2', ['some/alert/id'], new Date('2026-06-22T00:00:00Z'));
		saved(await createCase(db, smallCase(), { replacing: 'case-2' }));
		expect(await readCase(db, 'case-2')).toBeUndefined();
		expect(await readAlertStates(db, 'case-2')).toEqual(new Map());
		expect(await activeCaseId(db)).toBe('case-1');
	});

	it('keeps the case it would replace when the new one is refused', async () => {
		const db = freshDb();
		await stored(db, otherCase());
		const before = await snapshot(db);
		const refusedFile = { ...smallCase(), case: { ...smallCase().case, timeZone: 'Nowhere/Land' } };
		expect((await createCase(db, refusedFile, { replacing: 'case-2' })).ok).toBe(false);
		expect(await snapshot(db)).toEqual(before);
	});
});
