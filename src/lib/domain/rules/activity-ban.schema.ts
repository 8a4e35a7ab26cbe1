/**
 * What a valid activity ban is (see activity-ban.ts for what it means). Loaded with the forms and
 * the import, not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { BAN_CATEGORIES, banCategory } from '../categories';
import { rulePeriodInOrder, ruleBase, title } from '../schema';
import type { RuleValidation } from '../kind';

export const activityBanSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('activity-ban'),
		categories: v.pipe(
			v.array(banCategory),
			v.minLength(1, 'categories.empty'),
			v.check((items) => new Set(items).size === items.length, 'category.duplicate'),
			v.maxLength(BAN_CATEGORIES.length, 'category.duplicate')
		),
		keywords: v.optional(v.pipe(v.array(title), v.maxLength(200, 'keywords.tooMany')))
	}),
	rulePeriodInOrder()
);

export type ActivityBanRule = v.InferOutput<typeof activityBanSchema>;

export const activityBanValidation: RuleValidation<ActivityBanRule> = { schema: activityBanSchema };
