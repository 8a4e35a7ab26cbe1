/**
 * What a valid payment rule is (see payment.ts for what it means). Loaded with the forms and the
 * import, not with the dashboard: evaluating a rule never validates it.
 */
import * as v from 'valibot';
import { currency, localDate, money, rulePeriodInOrder, ruleBase, text } from '../schema';
import type { RuleProblem, RuleValidation } from '../kind';

export const paymentSchema = v.pipe(
	v.strictObject({
		...ruleBase,
		kind: v.literal('payment'),
		currency,
		schedule: v.pipe(
			v.array(v.strictObject({ due: localDate, amount: money })),
			v.minLength(1, 'schedule.empty'),
			v.maxLength(1000, 'schedule.tooLong'),
			v.check((items) => items.reduce((sum, item) => sum + item.amount, 0) <= Number.MAX_SAFE_INTEGER, 'money.invalid')
		),
		payee: v.optional(text)
	}),
	rulePeriodInOrder()
);

export type PaymentRule = v.InferOutput<typeof paymentSchema>;

export const paymentValidation: RuleValidation<PaymentRule> = {
	schema: paymentSchema,

	check(rule, file) {
		const from = rule.from ?? file.case.sentence.from;
		const until = rule.until ?? file.case.sentence.until;
		const problems: RuleProblem[] = [];
		const seen = new Set<string>();
		rule.schedule.forEach((item, index) => {
			if (item.due < from || item.due > until) {
				problems.push({ path: `schedule[${index}].due`, code: 'payment.dueOutsidePeriod', params: { from, until } });
			}
			// One instalment per date: its date is its identity in alerts and calendars.
			if (seen.has(item.due)) problems.push({ path: `schedule[${index}].due`, code: 'payment.dueRepeated' });
			seen.add(item.due);
		});
		return problems;
	}
};
