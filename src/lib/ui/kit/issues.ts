/**
 * Validation issues for forms: the same codes the engine reports, in the reader's language, by
 * field path (`schedule[0].due`, `window.to`).
 */
import type { CaseFileIssue } from '$lib/domain';
import { i18n } from '$lib/app/i18n.svelte';
import { issues } from '$lib/i18n/en/issues';

// The issue sentences load with the first form, not with the first visit.
i18n.use({ issues });

/** The translated messages of issues at `path` (or, with `prefix`, anywhere under it). */
export function errorsAt(issues: readonly CaseFileIssue[], path: string, prefix = false): string[] {
	return issues.filter((issue) => issue.path === path || (prefix && issue.path.startsWith(path))).map(issueText);
}

export function issueText(issue: CaseFileIssue): string {
	return i18n.code(`issue.${issue.code}`, issue.params);
}

/** Issues whose path no field on the form shows, so the form lists them at the top. */
export function unplacedIssues(issues: readonly CaseFileIssue[], shownPaths: readonly string[]): CaseFileIssue[] {
	return issues.filter((issue) => !shownPaths.some((path) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`)));
}
