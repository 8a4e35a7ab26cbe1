/**
 * How each rule kind is validated: its schema and the checks that need the case. Apart from the
 * engine's registry (registry.ts) so that evaluating a case, on every visit to the dashboard,
 * loads no validation; importing a file and the forms do.
 */
import type { RuleValidation } from './kind';
import type { Rule, RuleKindName, RuleOfKind } from './registry';
import { reportingValidation } from './rules/reporting.schema';
import { paymentValidation } from './rules/payment.schema';
import { deadlineValidation } from './rules/deadline.schema';
import { activityBanValidation } from './rules/activity-ban.schema';
import { movementValidation } from './rules/movement.schema';
import { curfewValidation } from './rules/curfew.schema';
import { notifyChangeValidation } from './rules/notify-change.schema';

export const ruleValidations: { readonly [K in RuleKindName]: RuleValidation<RuleOfKind<K>> } = {
	reporting: reportingValidation,
	payment: paymentValidation,
	deadline: deadlineValidation,
	'activity-ban': activityBanValidation,
	movement: movementValidation,
	curfew: curfewValidation,
	'notify-change': notifyChangeValidation
};

/** The validation for a rule, typed for that rule. */
export function validationOf<R extends Rule>(rule: R): RuleValidation<R> {
	return ruleValidations[rule.kind] as unknown as RuleValidation<R>;
}
