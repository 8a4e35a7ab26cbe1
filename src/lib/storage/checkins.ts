/**
 * Check-ins: recorded once, never edited in place. A correction is a new check-in that
 * `supersedes` the one it corrects; history keeps both.
 */
import { validateNewCheckIn } from '$lib/domain/casefile';
import { makeIssue } from '$lib/domain/issues';
import type { CheckIn } from '$lib/domain';
import type { CleardayDb } from './db';
import { readCase } from './cases';
import { guarded } from './errors';
import { refused, type Saved } from './result';

/** Records a check-in after validating it against the stored case, in one transaction. */
export async function recordCheckIn(db: CleardayDb, caseId: string, input: unknown): Promise<Saved<CheckIn>> {
	return guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns], async (): Promise<Saved<CheckIn>> => {
			const file = await readCase(db, caseId);
			if (!file) return refused([makeIssue('', 'case.missing')]);
			const { checkIn, issues } = validateNewCheckIn(input, file);
			if (!checkIn) return refused(issues);
			await db.checkIns.add({ caseId, id: checkIn.id, checkIn });
			return { ok: true, value: checkIn };
		})
	);
}

/** Records `replacement` as the correction of check-in `correctedId`. */
export async function correctCheckIn(db: CleardayDb, caseId: string, correctedId: string, replacement: Record<string, unknown>): Promise<Saved<CheckIn>> {
	return recordCheckIn(db, caseId, { ...replacement, supersedes: correctedId });
}
