/**
 * Writing a case: created whole from a validated case file, or its details updated, each in one
 * transaction. Reading and removing are in case-records.ts.
 */
import { parseCaseFile, validateCaseInfo } from '$lib/domain/casefile';
import { CaseFileError, makeIssue } from '$lib/domain/issues';
import type { CaseFile, CaseInfo } from '$lib/domain';
import type { CleardayDb } from './db';
import { guarded } from './errors';
import { ACTIVE_CASE, readCase, removeCaseRecords } from './case-records';
import { refused, type Saved } from './result';
import { sealFile } from './seal-file';
import { where } from './vault';

/**
 * Stores a case file (validated in full first) as the active case, in one transaction: either
 * everything is in, or nothing changed. An existing case with the same id is replaced only
 * once the new one is complete; `replacing` names another case that goes in the same
 * transaction (the app keeps one case: a new one replaces the old, never leaves it behind).
 * Check-ins are stored with their hashes: a file's own are checked (a broken chain is refused,
 * naming the first check-in that breaks it), a file without them is sealed. Returns the file as
 * stored.
 */
export async function createCase(db: CleardayDb, json: unknown, options: { demo?: boolean; now?: Date; replacing?: string } = {}): Promise<Saved<CaseFile>> {
	let parsed: CaseFile;
	try {
		parsed = parseCaseFile(json);
	} catch (error) {
		if (error instanceof CaseFileError) return refused([...error.issues]);
		throw error;
	}
	const sealed = await sealFile(parsed);
	if ('issue' in sealed) return refused([sealed.issue]);
	const file: CaseFile = { ...parsed, checkIns: sealed.checkIns };
	const caseId = file.case.id;
	const { vault } = db;
	await guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns, db.settings, db.alertStates], async () => {
			if (options.replacing !== undefined && options.replacing !== caseId) await removeCaseRecords(db, options.replacing, { keepAlertStates: false });
			await removeCaseRecords(db, caseId, { keepAlertStates: true });
			const info = await vault.wrap('info', file.case, where.case(caseId));
			const rules = await vault.wrapAll('rule', file.rules, (rule) => where.rule(caseId, rule.id));
			const checkIns = await vault.wrapAll('checkIn', file.checkIns, (checkIn) => where.checkIn(caseId, checkIn.id));
			await db.cases.add({ id: caseId, ...info, demo: options.demo ?? false, createdAt: (options.now ?? new Date()).toISOString() });
			await db.rules.bulkAdd(file.rules.map((rule, position) => ({ caseId, id: rule.id, position, ...rules[position] })));
			await db.checkIns.bulkAdd(file.checkIns.map((checkIn, index) => ({ caseId, id: checkIn.id, supersedes: checkIn.supersedes, ...checkIns[index] })));
			await db.settings.put({ key: ACTIVE_CASE, value: caseId });
		})
	);
	return { ok: true, value: file };
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
			const record = (await db.cases.get(caseId))!;
			await db.cases.put({ id: caseId, demo: record.demo, createdAt: record.createdAt, ...(await db.vault.wrap('info', info, where.case(caseId))) });
			return { ok: true, value: info };
		})
	);
}
