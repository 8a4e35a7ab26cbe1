/**
 * What a valid movement rule is (see movement.ts for what it means). Loaded with the forms and the
 * import, not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { geofence, rulePeriodInOrder, ruleBase, title, wholeDays } from '../schema';
import type { RuleValidation } from '../kind';

export const movementSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('movement'),
		area: title,
		geofence: v.optional(geofence),
		permission: v.picklist(['required', 'notice', 'forbidden'], 'movement.permission'),
		noticeDays: v.optional(wholeDays)
	}),
	rulePeriodInOrder()
);

export type MovementRule = v.InferOutput<typeof movementSchema>;

export const movementValidation: RuleValidation<MovementRule> = { schema: movementSchema };
