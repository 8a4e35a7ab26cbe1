/**
 * Every rule kind the engine knows. A new condition: one module in rules/, one line here (its
 * validation, its words and its schedule: one entry each in rule-validation.ts, describe.ts and
 * upcoming.ts).
 */
import type { RuleKind } from './kind';
import { reporting } from './rules/reporting';
import { payment } from './rules/payment';
import { deadline } from './rules/deadline';
import { activityBan } from './rules/activity-ban';
import { movement } from './rules/movement';
import { curfew } from './rules/curfew';
import { notifyChange } from './rules/notify-change';

export const ruleKinds = {
	reporting,
	payment,
	deadline,
	'activity-ban': activityBan,
	movement,
	curfew,
	'notify-change': notifyChange
} as const;

export type RuleKindName = keyof typeof ruleKinds;
export const RULE_KIND_NAMES = Object.keys(ruleKinds) as RuleKindName[];

type RuleOf<K> = K extends RuleKind<infer R> ? R : never;
export type Rule = { [K in RuleKindName]: RuleOf<(typeof ruleKinds)[K]> }[RuleKindName];
export type RuleOfKind<K extends RuleKindName> = Extract<Rule, { kind: K }>;

export function isRuleKindName(name: unknown): name is RuleKindName {
	return typeof name === 'string' && Object.hasOwn(ruleKinds, name);
}

/** The kind object for a rule, typed for that rule. */
export function kindOf<R extends Rule>(rule: R): RuleKind<R> {
	return ruleKinds[rule.kind] as unknown as RuleKind<R>;
}
