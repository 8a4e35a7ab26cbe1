import type { CaseFileIssue } from '$lib/domain';

/** The outcome of a write that validates first: saved, or refused with every problem and nothing written. */
export type Saved<T> = { ok: true; value: T } | { ok: false; issues: CaseFileIssue[] };

export function refused<T>(issues: CaseFileIssue[]): Saved<T> {
	return { ok: false, issues };
}
