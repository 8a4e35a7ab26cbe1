/**
 * What a valid reporting rule is (see reporting.ts for what it means). Loaded with the forms and
 * the import, not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { localDate, localTime, rulePeriodInOrder, ruleBase, text } from '../schema';
import { parseRecurrence, RecurrenceError } from '../rrule';
import { isLocalTime } from '../time';
import type { RuleValidation } from '../kind';

const recurrenceText = v.pipe(
	v.string(),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		try {
			parseRecurrence(dataset.value);
		} catch (error) {
			if (!(error instanceof RecurrenceError)) throw error;
			addIssue({ message: error.code, expected: error.part });
		}
	})
);

export const reportingSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('reporting'),
		rrule: recurrenceText,
		start: localDate,
		window: v.optional(
			v.pipe(
				v.strictObject({ from: localTime, to: localTime }),
				v.forward(
					// Malformed times are reported as such, not also as out of order.
					v.check((window) => !isLocalTime(window.from) || !isLocalTime(window.to) || window.to > window.from, 'window.order'),
					['to']
				)
			)
		),
		place: v.optional(text)
	}),
	rulePeriodInOrder()
);

export type ReportingRule = v.InferOutput<typeof reportingSchema>;

export const reportingValidation: RuleValidation<ReportingRule> = {
	schema: reportingSchema,

	check(rule, file) {
		const sentenceEnd = rule.until ?? file.case.sentence.until;
		return rule.start > sentenceEnd ? [{ path: 'start', code: 'reporting.startAfterPeriod' }] : [];
	}
};
