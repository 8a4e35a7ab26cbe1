/**
 * Conditions: added, edited and ended early. Each write validates the rule against the case as
 * stored, inside the same transaction, so what is stored is always a valid case.
 */
import { validateRuleInCase } from '$lib/domain/casefile';
import { isLocalDate } from '$lib/domain/time';
import { makeIssue } from '$lib/domain/issues';
import type { Rule } from '$lib/domain';
import type { CleardayDb } from './db';
import { readCase } from './case-records';
import { guarded } from './errors';
import { refused, type Saved } from './result';
import { where } from './vault';

/** Adds a rule, or replaces the one with id `replacing` (keeping its place in the list). */
export async function saveRule(db: CleardayDb, caseId: string, input: unknown, replacing?: string): Promise<Saved<Rule>> {
	return guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns], async (): Promise<Saved<Rule>> => {
			const file = await readCase(db, caseId);
			if (!file) return refused([makeIssue('', 'case.missing')]);
			const existing = replacing === undefined ? undefined : await db.rules.get([caseId, replacing]);
			if (replacing !== undefined && !existing) return refused([makeIssue('', 'rule.missing')]);
			const { rule, issues } = validateRuleInCase(input, file, replacing);
			if (!rule) return refused(issues);
			if (existing && existing.id !== rule.id) await db.rules.delete([caseId, existing.id]);
			const position = existing?.position ?? file.rules.length;
			await db.rules.put({ caseId, id: rule.id, position, ...(await db.vault.wrap('rule', rule, where.rule(caseId, rule.id))) });
			return { ok: true, value: rule };
		})
	);
}

/**
 * Ends a rule early: it stops applying after `until` (a local date), its history stays. The rule
 * is read and rewritten in one transaction, so an edit made meanwhile in another tab is not lost.
 */
export async function endRuleEarly(db: CleardayDb, caseId: string, ruleId: string, until: string): Promise<Saved<Rule>> {
	return guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns], async (): Promise<Saved<Rule>> => {
			const caseRecord = await db.cases.get(caseId);
			if (!caseRecord) return refused([makeIssue('', 'case.missing')]);
			const record = await db.rules.get([caseId, ruleId]);
			if (!record) return refused([makeIssue('', 'rule.missing')]);
			const rule = await db.vault.unwrap(record, 'rule', where.rule(caseId, ruleId));
			// Ending early never extends: the new last day is on or before the current one.
			const current = rule.until ?? (await db.vault.unwrap(caseRecord, 'info', where.case(caseId))).sentence.until;
			if (isLocalDate(until) && until > current) return refused([makeIssue('until', 'rule.endNotEarlier', { until: current })]);
			return saveRule(db, caseId, { ...rule, until }, ruleId);
		})
	);
}
