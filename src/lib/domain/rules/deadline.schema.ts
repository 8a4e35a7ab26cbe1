/**
 * What a valid deadline rule is (see deadline.ts for what it means). Loaded with the forms and the
 * import, not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { localDate, localTime, rulePeriodInOrder, ruleBase, title, wholeDays } from '../schema';
import { parseLocalDate } from '../time';
import type { RuleValidation } from '../kind';

export const deadlineSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('deadline'),
		due: v.optional(localDate),
		after: v.optional(
			v.strictObject({
				anchor: v.picklist(['verdict', 'inForce'], 'anchor.unknown'),
				days: wholeDays,
				calendar: v.optional(v.picklist(['calendar', 'working'], 'deadline.calendar'))
			})
		),
		time: v.optional(localTime),
		what: title
	}),
	v.forward(
		v.check((rule) => (rule.due === undefined) !== (rule.after === undefined), 'deadline.dueOrAfter'),
		['due']
	),
	rulePeriodInOrder()
);

export type DeadlineRule = v.InferOutput<typeof deadlineSchema>;

const LAST_DAY = parseLocalDate('9999-12-31');

export const deadlineValidation: RuleValidation<DeadlineRule> = {
	schema: deadlineSchema,

	check(rule, file) {
		if (rule.after && !file.case[rule.after.anchor]) {
			return [{ path: 'after.anchor', code: 'deadline.anchorMissing', params: { anchor: rule.after.anchor } }];
		}
		// Local dates have four-digit years; a count of days must not run past them.
		const anchor = rule.after ? file.case[rule.after.anchor] : undefined;
		// Working days: at most 2 weekend days a week and a few dozen days off a year.
		const span = rule.after?.calendar === 'working' ? rule.after.days * 2 + 400 : (rule.after?.days ?? 0);
		if (rule.after && anchor && parseLocalDate(anchor) + span > LAST_DAY) return [{ path: 'after.days', code: 'deadline.dueOutOfRange' }];
		return [];
	}
};
