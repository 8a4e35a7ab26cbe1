/**
 * Check-ins: recorded once, never edited in place. A correction is a new check-in that
 * `supersedes` the one it corrects; history keeps both. Each is written with its hash, linked to
 * the case's last check-in in recording order, in the same transaction (chain.ts).
 */
import { validateNewCheckIn } from '$lib/domain/casefile';
import { makeIssue } from '$lib/domain/issues';
import type { CaseFile, CheckIn } from '$lib/domain';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION } from '$lib/domain/format';
import type { CleardayDb } from './db';
import { guarded } from './errors';
import { refused, type Saved } from './result';
import { sealNext, storedHead } from './chain';
import { where } from './vault';

/** The string fields of an unvalidated input that may name other check-ins. */
function namedIds(input: unknown): string[] {
	if (typeof input !== 'object' || input === null) return [];
	const record = input as Record<string, unknown>;
	return [record.id, record.trip, record.about, record.supersedes].filter((value): value is string => typeof value === 'string');
}

/**
 * The part of the stored case a new check-in is validated against: the case, its rules, and
 * just the check-ins it could clash with or refer to (one with its id, the trip or change it is
 * about, the one it corrects and that one's existing correction). A case may hold tens of
 * thousands of check-ins; a tap must not read them all.
 */
async function neighbourhood(db: CleardayDb, caseId: string, input: unknown): Promise<CaseFile | undefined> {
	const record = await db.cases.get(caseId);
	if (!record) return undefined;
	const rules = await db.rules.where('caseId').equals(caseId).toArray();
	rules.sort((a, b) => a.position - b.position);
	const ids = namedIds(input);
	const named = await db.checkIns.where('[caseId+id]').anyOf(ids.map((id) => [caseId, id])).toArray();
	const supersedes = (input as { supersedes?: unknown } | null)?.supersedes;
	const corrections = typeof supersedes === 'string' ? await db.checkIns.where('[caseId+supersedes]').equals([caseId, supersedes]).toArray() : [];
	const { vault } = db;
	return {
		format: CASE_FILE_FORMAT,
		version: CASE_FILE_VERSION,
		case: await vault.unwrap(record, 'info', where.case(caseId)),
		rules: await vault.unwrapAll(rules, 'rule', (r) => where.rule(caseId, r.id)),
		checkIns: await vault.unwrapAll([...named, ...corrections], 'checkIn', (c) => where.checkIn(caseId, c.id))
	};
}

/** The input without a `hash`: the hash is storage's to compute, whatever a caller passed. */
function withoutHash(input: unknown): unknown {
	if (typeof input !== 'object' || input === null || !('hash' in input)) return input;
	const { hash: _ignored, ...fields } = input as Record<string, unknown>;
	return fields;
}

/**
 * Records a check-in after validating it against the stored case, with its hash, in one
 * transaction. Returns it as stored (hash included).
 */
export async function recordCheckIn(db: CleardayDb, caseId: string, input: unknown): Promise<Saved<CheckIn>> {
	const fields = withoutHash(input);
	return guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns], async (): Promise<Saved<CheckIn>> => {
			const file = await neighbourhood(db, caseId, fields);
			if (!file) return refused([makeIssue('', 'case.missing')]);
			const { checkIn, issues } = validateNewCheckIn(fields, file);
			if (!checkIn) return refused(issues);
			const sealed = await sealNext(checkIn, await storedHead(db, caseId));
			await db.checkIns.add({ caseId, id: sealed.id, supersedes: sealed.supersedes, ...(await db.vault.wrap('checkIn', sealed, where.checkIn(caseId, sealed.id))) });
			return { ok: true, value: sealed };
		})
	);
}

/** Records `replacement` as the correction of check-in `correctedId`. */
export async function correctCheckIn(db: CleardayDb, caseId: string, correctedId: string, replacement: Record<string, unknown>): Promise<Saved<CheckIn>> {
	return recordCheckIn(db, caseId, { ...replacement, supersedes: correctedId });
}
