/**
 * The case on the phone as records: read whole as a case file for the engine, removed whole.
 * One case is active at a time (settings key `activeCase`). Nothing here validates, so the
 * dashboard can read and remove without loading the validators (cases.ts writes).
 */
import { CASE_FILE_FORMAT, CASE_FILE_VERSION } from '$lib/domain/format';
import type { CaseFile } from '$lib/domain';
import type { CleardayDb } from './db';
import { guarded, guardedRead } from './errors';
import { where } from './vault';

export const ACTIVE_CASE = 'activeCase';

export async function activeCaseId(db: CleardayDb): Promise<string | undefined> {
	const setting = await guardedRead(() => db.settings.get(ACTIVE_CASE));
	return typeof setting?.value === 'string' ? setting.value : undefined;
}

/**
 * The whole case as a case file: rules in their order, check-ins in recording order. Sealed
 * records (the app lock) are opened after the read transaction, not inside it (vault.ts).
 */
export async function readCase(db: CleardayDb, caseId: string): Promise<CaseFile | undefined> {
	return guardedRead(async () => {
		const records = await db.transaction('r', db.cases, db.rules, db.checkIns, async () => {
			const record = await db.cases.get(caseId);
			if (!record) return undefined;
			const rules = await db.rules.where('caseId').equals(caseId).toArray();
			rules.sort((a, b) => a.position - b.position);
			// An index walks equal keys in primary-key order: recording order. (A compound index with
			// the auto-incremented key, [caseId+seq], would also sort, but Dexie's liveQuery misses
			// additions to it: dexie/Dexie.js#1946.)
			const checkIns = await db.checkIns.where('caseId').equals(caseId).toArray();
			return { record, rules, checkIns };
		});
		if (!records) return undefined;
		const { vault } = db;
		return {
			format: CASE_FILE_FORMAT,
			version: CASE_FILE_VERSION,
			case: await vault.unwrap(records.record, 'info', where.case(caseId)),
			rules: await vault.unwrapAll(records.rules, 'rule', (r) => where.rule(caseId, r.id)),
			checkIns: await vault.unwrapAll(records.checkIns, 'checkIn', (c) => where.checkIn(caseId, c.id))
		};
	});
}

/** Whether the case is the demo. */
export async function isDemoCase(db: CleardayDb, caseId: string): Promise<boolean> {
	return (await guardedRead(() => db.cases.get(caseId)))?.demo ?? false;
}

/**
 * Removes a case's records. Alert states go only with the case itself: when the same case is
 * stored again (a restored backup), what was already notified or dismissed stays so — alert ids
 * name a rule's deadline, so states of deadlines that no longer exist are simply never read.
 */
export async function removeCaseRecords(db: CleardayDb, caseId: string, options: { keepAlertStates: boolean }): Promise<void> {
	await db.cases.delete(caseId);
	await db.rules.where('caseId').equals(caseId).delete();
	await db.checkIns.where('caseId').equals(caseId).delete();
	if (!options.keepAlertStates) await db.alertStates.where('caseId').equals(caseId).delete();
}

/** Removes a case and everything recorded for it (the demo, or a case being replaced). */
export async function deleteCase(db: CleardayDb, caseId: string): Promise<void> {
	await guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns, db.settings, db.alertStates], async () => {
			await removeCaseRecords(db, caseId, { keepAlertStates: false });
			if ((await activeCaseId(db)) === caseId) await db.settings.delete(ACTIVE_CASE);
		})
	);
}

