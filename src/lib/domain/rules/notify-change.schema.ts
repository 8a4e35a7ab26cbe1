/**
 * What a valid notify-change rule is (see notify-change.ts for what it means). Loaded with the
 * forms and the import, not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { changeKind, CHANGE_KINDS } from '../categories';
import { rulePeriodInOrder, ruleBase, wholeDays } from '../schema';
import type { RuleValidation } from '../kind';

export const notifyChangeSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('notify-change'),
		changes: v.pipe(
			v.array(changeKind),
			v.minLength(1, 'changes.empty'),
			v.maxLength(CHANGE_KINDS.length, 'change.duplicate'),
			v.check((items) => new Set(items).size === items.length, 'change.duplicate')
		),
		withinDays: v.pipe(wholeDays, v.minValue(1, 'number.wholeDays'))
	}),
	rulePeriodInOrder()
);

export type NotifyChangeRule = v.InferOutput<typeof notifyChangeSchema>;

export const notifyChangeValidation: RuleValidation<NotifyChangeRule> = { schema: notifyChangeSchema };
