/**
 * "This entry was a mistake": a `note` check-in that supersedes the entry, saying why. The
 * engine then ignores the entry (a withdrawn plan stops warning, a mistaken payment stops
 * counting), and the history keeps both. The note keeps the entry's condition, so it shows up
 * under the same filter; it happens now (when the mistake was noticed).
 */
import { validateNewCheckIn } from '$lib/domain/casefile';
import type { CaseFile, CaseFileIssue, CheckIn } from '$lib/domain';

export function mistakeCandidate(original: CheckIn, reason: string, id: string, recordedAt: string): Record<string, unknown> {
	const candidate: Record<string, unknown> = { id, kind: 'note', at: recordedAt, recordedAt, note: reason.trim(), supersedes: original.id };
	if (original.ruleId !== undefined) candidate.ruleId = original.ruleId;
	return candidate;
}

/** The candidate checked as storage will: `note` carries the reason (required, at most 200 characters). */
export function checkMistake(file: CaseFile, original: CheckIn, reason: string, id: string, recordedAt: string): { candidate: Record<string, unknown>; issues: CaseFileIssue[] } {
	const candidate = mistakeCandidate(original, reason, id, recordedAt);
	return { candidate, issues: validateNewCheckIn(candidate, file).issues };
}
