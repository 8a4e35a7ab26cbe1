/**
 * A restore's problems in words: each issue of the file with where it is (the file, the case
 * details, condition 3, check-in 12), and a broken chain naming the check-in.
 */
import type { CaseFileIssue } from '$lib/domain';
import { i18n } from '$lib/app/i18n.svelte';
import { issueText } from '$lib/ui/kit/issues';

const PLACE = /^(?:(case)\b|rules\[(\d+)\]|checkIns\[(\d+)\])/;

export function problemText(issue: CaseFileIssue): string {
	if (issue.code === 'chain.mismatch' || issue.code === 'chain.missing') return i18n.code(`backup.${issue.code}`, issue.params);
	const message = issueText(issue);
	const place = PLACE.exec(issue.path);
	if (!place) return i18n.t('backup.where.file', { message });
	if (place[1]) return i18n.t('backup.where.case', { message });
	if (place[2] !== undefined) return i18n.t('backup.where.rule', { number: Number(place[2]) + 1, message });
	return i18n.t('backup.where.checkIn', { number: Number(place[3]) + 1, message });
}
