/**
 * Conditions: added, edited in place, refused when the case would no longer be valid, ended early.
 * After every write that was saved, the stored case is still a valid case file.
 */
import { describe, expect, it } from 'vitest';
import { deleteCase, endRuleEarly, readCase, saveRule } from '../../src/lib/storage';
import { parseCaseFile } from '../../src/lib/domain/casefile';
import type { CleardayDb } from '../../src/lib/storage/db';
import { freshDb, refusal, saved, smallCase, snapshot, stored } from './helpers';

const curfew = { id: 'curfew', kind: 'curfew', title: 'Home by 22:00', start: '22:00', end: '06:00' };

/** The stored case, checked to be a valid case file. */
async function validStored(db: CleardayDb) {
	const file = await readCase(db, 'case-1');
	expect(() => parseCaseFile(file)).not.toThrow();
	return file!;
}

describe('saveRule', () => {
	it('adds a rule at the end of the list', async () => {
		const db = freshDb();
		const before = await stored(db, smallCase());
		expect(saved(await saveRule(db, 'case-1', curfew))).toStrictEqual(curfew);
		const after = await validStored(db);
		expect(after.rules).toStrictEqual([...before.rules, curfew]);
		expect(after.checkIns).toStrictEqual(before.checkIns);
		expect(await db.rules.get(['case-1', 'curfew'])).toMatchObject({ position: 4 });
	});

	it('edits a rule in its place in the list', async () => {
		const db = freshDb();
		const before = await stored(db, smallCase());
		const fine = { ...before.rules[1]!, title: 'Fine, 400,000 KZT', schedule: [{ due: '2026-06-25', amount: 4_000_000 }] };
		saved(await saveRule(db, 'case-1', fine, 'fine'));
		expect((await validStored(db)).rules).toStrictEqual([before.rules[0], fine, before.rules[2], before.rules[3]]);
	});

	it('edits the id of a rule nothing was recorded for, keeping its place', async () => {
		const db = freshDb();
		const before = await stored(db, smallCase());
		const ban = { ...before.rules[2]!, id: 'ban-2' };
		saved(await saveRule(db, 'case-1', ban, 'ban'));
		expect((await validStored(db)).rules.map((rule) => rule.id)).toEqual(['report', 'fine', 'ban-2', 'address']);
		expect(await db.rules.get(['case-1', 'ban'])).toBeUndefined();
		// Then a rule added after it still goes last.
		saved(await saveRule(db, 'case-1', curfew));
		expect((await validStored(db)).rules.map((rule) => rule.id)).toEqual(['report', 'fine', 'ban-2', 'address', 'curfew']);
	});

	it('refuses edits that do not fit what was recorded, and changes nothing', async () => {
		const db = freshDb();
		const file = await stored(db, smallCase());
		const before = await snapshot(db);
		const [report, fine, ban] = [file.rules[0]!, file.rules[1]!, file.rules[2]!];
		// A report check-in is recorded for `report`: it cannot become another kind.
		expect(refusal(await saveRule(db, 'case-1', { ...ban, id: 'report' }, 'report'))).toEqual([['kind', 'rule.kindInUse']]);
		// A payment in KZT is recorded for `fine`.
		expect(refusal(await saveRule(db, 'case-1', { ...fine, currency: 'USD' }, 'fine'))).toEqual([['currency', 'rule.currencyInUse']]);
		expect(refusal(await saveRule(db, 'case-1', { ...report, id: 'report-2' }, 'report'))).toEqual([['id', 'rule.idInUse']]);
		// Ids are unique in a case, on add and on edit.
		expect(refusal(await saveRule(db, 'case-1', { ...curfew, id: 'ban' }))).toEqual([['id', 'id.duplicate']]);
		expect(refusal(await saveRule(db, 'case-1', { ...ban, id: 'fine' }, 'ban'))).toEqual([['id', 'id.duplicate']]);
		// The rule's own fields, and the checks that need the case.
		expect(refusal(await saveRule(db, 'case-1', { ...curfew, start: '25:00' }))).toEqual([['start', 'time.invalid']]);
		expect(refusal(await saveRule(db, 'case-1', { ...fine, schedule: [{ due: '2030-01-01', amount: 100 }] }, 'fine'))).toEqual([['schedule[0].due', 'payment.dueOutsidePeriod']]);
		expect(refusal(await saveRule(db, 'case-1', { kind: 'nonsense' }))).toEqual([['kind', 'rule.kindUnknown']]);
		expect(refusal(await saveRule(db, 'case-1', 'not a rule'))).toEqual([['', 'value.type']]);
		expect(await snapshot(db)).toEqual(before);
	});

	it('says which is missing: the case, or the rule being edited', async () => {
		const db = freshDb();
		expect(refusal(await saveRule(db, 'case-1', curfew))).toEqual([['', 'case.missing']]);
		await stored(db, smallCase());
		const before = await snapshot(db);
		expect(refusal(await saveRule(db, 'case-1', curfew, 'no-such-rule'))).toEqual([['', 'rule.missing']]);
		expect(refusal(await saveRule(db, 'case-2', curfew))).toEqual([['', 'case.missing']]);
		expect(await snapshot(db)).toEqual(before);
		await deleteCase(db, 'case-1');
		expect(refusal(await saveRule(db, 'case-1', curfew))).toEqual([['', 'case.missing']]);
		expect(await db.rules.count()).toBe(0);
	});
});

describe('endRuleEarly', () => {
	it('sets the end date and keeps the rest of the rule, its place and its check-ins', async () => {
		const db = freshDb();
		const before = await stored(db, smallCase());
		const ended = saved(await endRuleEarly(db, 'case-1', 'report', '2027-01-31'));
		expect(ended).toStrictEqual({ ...before.rules[0], until: '2027-01-31' });
		const after = await validStored(db);
		expect(after.rules).toStrictEqual([ended, ...before.rules.slice(1)]);
		expect(after.checkIns).toStrictEqual(before.checkIns);
	});

	it('refuses an end date that is not a date or comes before the rule starts, and changes nothing', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		saved(await saveRule(db, 'case-1', { ...curfew, from: '2026-01-01' }));
		const before = await snapshot(db);
		expect(refusal(await endRuleEarly(db, 'case-1', 'curfew', '2025-12-31'))).toEqual([['until', 'period.order']]);
		expect(refusal(await endRuleEarly(db, 'case-1', 'curfew', '31.12.2026'))).toEqual([['until', 'date.invalid']]);
		expect(await snapshot(db)).toEqual(before);
	});

	it('never extends a rule: a day after its current last day is refused', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		saved(await saveRule(db, 'case-1', { ...curfew, until: '2026-06-30' }));
		const before = await snapshot(db);
		expect(refusal(await endRuleEarly(db, 'case-1', 'curfew', '2026-07-01'))).toEqual([['until', 'rule.endNotEarlier']]);
		expect(await snapshot(db)).toEqual(before);
		expect(saved(await endRuleEarly(db, 'case-1', 'curfew', '2026-06-30')).until).toBe('2026-06-30');
	});

	it('says which is missing: the case, or the rule', async () => {
		const db = freshDb();
		expect(refusal(await endRuleEarly(db, 'case-1', 'report', '2027-01-31'))).toEqual([['', 'case.missing']]);
		await stored(db, smallCase());
		expect(refusal(await endRuleEarly(db, 'case-1', 'no-such-rule', '2027-01-31'))).toEqual([['', 'rule.missing']]);
		expect(refusal(await endRuleEarly(db, 'case-2', 'report', '2027-01-31'))).toEqual([['', 'case.missing']]);
	});
});
