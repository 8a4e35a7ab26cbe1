/**
 * Problems on the check-in forms in words: the form's own (`checkin.problem.*`, from the catalog)
 * and the engine's (`issue.*`).
 */
import type { CaseFileIssue } from '$lib/domain';
import { i18n } from '$lib/app/i18n.svelte';
import { issueText } from '$lib/ui/kit/issues';

export function problemText(issue: CaseFileIssue): string {
	return issue.code.startsWith('checkin.problem.') ? i18n.code(issue.code, issue.params) : issueText(issue);
}

/** The messages of the problems at one field. */
export function problemsAt(issues: readonly CaseFileIssue[], path: string): string[] {
	return issues.filter((issue) => issue.path === path).map(problemText);
}
