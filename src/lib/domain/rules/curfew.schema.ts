/**
 * What a valid curfew is (see curfew.ts for what it means). Loaded with the forms and the import,
 * not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { geofence, localTime, rulePeriodInOrder, ruleBase } from '../schema';
import { WEEKDAY_CODES } from '../rrule';
import type { RuleValidation } from '../kind';

export const curfewSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('curfew'),
		start: localTime,
		end: localTime,
		days: v.optional(
			v.pipe(
				v.array(v.picklist(WEEKDAY_CODES, 'weekday.unknown')),
				v.minLength(1, 'days.empty'),
				v.check((days) => new Set(days).size === days.length, 'weekday.duplicate')
			)
		),
		home: v.optional(geofence)
	}),
	v.forward(
		v.check((rule) => rule.start !== rule.end, 'curfew.emptyWindow'),
		['end']
	),
	rulePeriodInOrder()
);

export type CurfewRule = v.InferOutput<typeof curfewSchema>;

export const curfewValidation: RuleValidation<CurfewRule> = { schema: curfewSchema };
