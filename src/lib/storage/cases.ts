/**
 * The case on the phone: created whole from a case file, read whole as a case file for the
 * engine, removed whole. One case is active at a time (settings key `activeCase`).
 */
import { CASE_FILE_FORMAT, CASE_FILE_VERSION } from '$lib/domain/types';
import { parseCaseFile, validateCaseInfo } from '$lib/domain/casefile';
import { CaseFileError, makeIssue } from '$lib/domain/issues';
import type { CaseFile, CaseInfo } from '$lib/domain';
import type { CleardayDb } from './db';
import { guarded, guardedRead } from './errors';
import { refused, type Saved } from './result';

const ACTIVE_CASE = 'activeCase';

export async function activeCaseId(db: CleardayDb): Promise<string | undefined> {
	const setting = await guardedRead(() => db.settings.get(ACTIVE_CASE));
	return typeof setting?.value === 'string' ? setting.value : undefined;
}

/** The whole case as a case file: rules in their order, check-ins in recording order. */
export async function readCase(db: CleardayDb, caseId: string): Promise<CaseFile | undefined> {
	return guardedRead(() =>
		db.transaction('r', db.cases, db.rules, db.checkIns, async () => {
			const record = await db.cases.get(caseId);
			if (!record) return undefined;
			const rules = await db.rules.where('caseId').equals(caseId).toArray();
			rules.sort((a, b) => a.position - b.position);
			// An index walks equal keys in primary-key order: recording order. (A compound index with
			// the auto-incremented key, [caseId+seq], would also sort, but Dexie's liveQuery misses
			// additions to it: dexie/Dexie.js#1946.)
			const checkIns = await db.checkIns.where('caseId').equals(caseId).toArray();
			return {
				format: CASE_FILE_FORMAT,
				version: CASE_FILE_VERSION,
				case: record.info,
				rules: rules.map((r) => r.rule),
				checkIns: checkIns.map((c) => c.checkIn)
			};
		})
	);
}

/** Whether the case is the demo. */
export async function isDemoCase(db: CleardayDb, caseId: string): Promise<boolean> {
	return (await guardedRead(() => db.cases.get(caseId)))?.demo ?? false;
}

/**
 * Stores a case file (validated in full first) as the active case, in one transaction: either
 * everything is in, or nothing changed. An existing case with the same id is replaced only
 * once the new one is complete; `replacing` names another case that goes in the same
 * transaction (the app keeps one case: a new one replaces the old, never leaves it behind).
 */
export async function createCase(db: CleardayDb, json: unknown, options: { demo?: boolean; now?: Date; replacing?: string } = {}): Promise<Saved<CaseFile>> {
	let file: CaseFile;
	try {
		file = parseCaseFile(json);
	} catch (error) {
		if (error instanceof CaseFileError) return refused([...error.issues]);
		throw error;
	}
	const caseId = file.case.id;
	await guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns, db.settings, db.alertStates], async () => {
			if (options.replacing !== undefined && options.replacing !== caseId) await removeCaseRecords(db, options.replacing, { keepAlertStates: false });
			await removeCaseRecords(db, caseId, { keepAlertStates: true });
			await db.cases.add({ id: caseId, info: file.case, demo: options.demo ?? false, createdAt: (options.now ?? new Date()).toISOString() });
			await db.rules.bulkAdd(file.rules.map((rule, position) => ({ caseId, id: rule.id, position, rule })));
			await db.checkIns.bulkAdd(file.checkIns.map((checkIn) => ({ caseId, id: checkIn.id, supersedes: checkIn.supersedes, checkIn })));
			await db.settings.put({ key: ACTIVE_CASE, value: caseId });
		})
	);
	return { ok: true, value: file };
}

/**
 * Removes a case's records. Alert states go only with the case itself: when the same case is
 * stored again (a restored backup), what was already notified or dismissed stays so — alert ids
 * name a rule's deadline, so states of deadlines that no longer exist are simply never read.
 */
async function removeCaseRecords(db: CleardayDb, caseId: string, options: { keepAlertStates: boolean }): Promise<void> {
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

/**
 * Updates the case details (title, zone, dates, supervisor). The whole case must still be valid
 * with them (e.g. an instalment cannot fall outside a shortened sentence).
 */
export async function updateCaseInfo(db: CleardayDb, caseId: string, input: unknown): Promise<Saved<CaseInfo>> {
	const { info, issues } = validateCaseInfo(input);
	if (!info) return refused(issues);
	if (info.id !== caseId) return refused([makeIssue('id', 'case.idChanged')]);
	return guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns], async (): Promise<Saved<CaseInfo>> => {
			const file = await readCase(db, caseId);
			if (!file) return refused([makeIssue('', 'case.missing')]);
			try {
				parseCaseFile({ ...file, case: info });
			} catch (error) {
				if (error instanceof CaseFileError) return refused([...error.issues]);
				throw error;
			}
			await db.cases.update(caseId, { info });
			return { ok: true, value: info };
		})
	);
}
