/**
 * Ending a condition early: the last day it applies must fall within its period as it stands,
 * and the rule must still be valid with that end (a payment's later instalments, for one, would
 * then fall outside it; the engine says so).
 */
import type { CaseFile, CaseFileIssue, Rule } from '$lib/domain';
import { validateRuleInCase } from '$lib/domain/casefile';
import { isLocalDate } from '$lib/domain/time';
import { formIssue } from './form';

export function endEarlyIssues(rule: Rule, file: CaseFile, until: string): CaseFileIssue[] {
	const from = rule.from ?? file.case.sentence.from;
	const end = rule.until ?? file.case.sentence.until;
	let own: CaseFileIssue[] = [];
	if (until === '') own = [formIssue('until', 'value.required')];
	else if (!isLocalDate(until)) own = [formIssue('until', 'date.invalid')];
	else if (until < from) own = [formIssue('until', 'conditions.endBeforeStart', { from })];
	else if (until > end) own = [formIssue('until', 'conditions.endAfterEnd', { until: end })];
	return own.length ? own : validateRuleInCase({ ...rule, until }, file, rule.id).issues;
}
