/**
 * "Related writes share one transaction": a failure anywhere inside a repository's transaction
 * rolls back every write of it, including the ones that had already succeeded. Failures are
 * injected with Dexie hooks, which run inside the repository's own transaction.
 */
import { describe, expect, it } from 'vitest';
import { activeCaseId, createCase, deleteCase, dismissAlert, markNotified, readAlertStates, readCase, recordCheckIn, saveRule } from '../../src/lib/storage';
import { StorageError } from '../../src/lib/storage/errors';
import { freshDb, note, saved, smallCase, snapshot, stored } from './helpers';

async function failure(promise: Promise<unknown>): Promise<StorageError> {
	const error = await promise.then(
		() => expect.fail('the write succeeded'),
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(StorageError);
	return error as StorageError;
}

describe('a failure inside a repository transaction rolls back all of its writes', () => {
	it('createCase: failing after the case and its rules were added leaves nothing behind', async () => {
		const db = freshDb();
		const written: string[] = [];
		db.cases.hook('creating', (id) => void written.push(`case ${String(id)}`));
		db.rules.hook('creating', (_key, record) => void written.push(`rule ${record.id}`));
		db.checkIns.hook('creating', () => {
			throw new Error('injected after the rules');
		});
		expect((await failure(createCase(db, smallCase()))).problem).toBe('unknown');
		// The case and all four rules had been written in the transaction…
		expect(written).toEqual(['case case-1', 'rule report', 'rule fine', 'rule ban', 'rule address']);
		// …and none of them is there now, nor the active case (written last).
		expect(await snapshot(db)).toEqual({ cases: [], rules: [], checkIns: [], settings: [], alertStates: [], keptLinks: [] });
		expect(await activeCaseId(db)).toBeUndefined();
	});

	it('createCase: failing while writing the active case undoes the whole import', async () => {
		const db = freshDb();
		db.settings.hook('creating', () => {
			throw new Error('injected at the last write');
		});
		await failure(createCase(db, smallCase()));
		expect(await snapshot(db)).toEqual({ cases: [], rules: [], checkIns: [], settings: [], alertStates: [], keptLinks: [] });
	});

	it('saveRule: a change of id (delete the old record, add the new one) fails whole', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		db.rules.hook('creating', () => {
			throw new Error('injected after the old record was deleted');
		});
		const ban = (await readCase(db, 'case-1'))!.rules[2]!;
		await failure(saveRule(db, 'case-1', { ...ban, id: 'ban-2' }, 'ban'));
		expect(await snapshot(db)).toEqual(before);
	});

	it('deleteCase: failing at the last table keeps the case, its rules and check-ins', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await dismissAlert(db, 'case-1', 'fine/2026-06-25/due', new Date('2026-06-26T00:00:00Z'));
		const before = await snapshot(db);
		db.alertStates.hook('deleting', () => {
			throw new Error('injected at the alert states');
		});
		await failure(deleteCase(db, 'case-1'));
		expect(await snapshot(db)).toEqual(before);
	});

	it('markNotified: several alerts are marked together or not at all', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		let count = 0;
		db.alertStates.hook('creating', () => {
			if (++count === 2) throw new Error('injected at the second alert');
		});
		await failure(markNotified(db, 'case-1', ['a', 'b', 'c'], new Date('2026-06-26T00:00:00Z')));
		expect(count).toBe(2);
		expect(await readAlertStates(db, 'case-1')).toEqual(new Map());
	});

	it('recordCheckIn: a failed write leaves the database usable, and the next write succeeds', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		let fail = true;
		db.checkIns.hook('creating', () => {
			if (fail) throw new Error('injected once');
		});
		await failure(recordCheckIn(db, 'case-1', note('n1')));
		fail = false;
		saved(await recordCheckIn(db, 'case-1', note('n1')));
		expect((await readCase(db, 'case-1'))!.checkIns.at(-1)!.id).toBe('n1');
	});
});
