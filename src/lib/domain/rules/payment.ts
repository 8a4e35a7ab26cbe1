/**
 * A fine or damages, paid as a lump sum (one instalment) or by a schedule.
 *
 * Payments are summed (only `payment` check-ins for this rule, all in the rule's currency) and
 * applied to instalments in due-date order, whatever each payment's date: paying early covers
 * the next instalments, paying late still counts. An instalment is overdue once the end of its
 * due day has passed and the payments so far fall short of the sum of it and every instalment
 * due before it. Example: 100 due 31 Jan and 100 due 28 Feb, 150 paid by 1 Mar: January is
 * covered, February is overdue by 50.
 *
 * A debt is a continuing obligation: paying late cures the risk (unlike a missed reporting day).
 */
import { parseLocalDate } from '../time';
import { Findings } from '../findings';
import type { EvalContext, RuleKind } from '../kind';
import type { PaymentRule } from './payment.schema';

export type { PaymentRule };

export interface Instalment {
	due: string;
	amount: number;
	/** Sum of this and every earlier instalment. */
	cumulative: number;
	deadline: number;
}

/** The schedule in due-date order, with running sums and deadlines (shared with the compliance report). */
export function instalments(rule: PaymentRule, ctx: EvalContext): Instalment[] {
	const sorted = [...rule.schedule].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
	let cumulative = 0;
	return sorted.map((item) => {
		cumulative += item.amount;
		return { ...item, cumulative, deadline: ctx.zone.endOfDay(parseLocalDate(item.due)) };
	});
}

export function paymentLabel(rule: PaymentRule, item: { due: string; amount: number }) {
	return { code: 'payment.label', params: { date: item.due, amount: item.amount, currency: rule.currency } };
}

export const payment: RuleKind<PaymentRule> = {
	kind: 'payment',
	defaultRemind: ['P3D', 'P1D'],
	caseRemind: true,

	evaluate(rule, ctx) {
		const findings = new Findings(rule, ctx);
		let paid = 0;
		for (const { checkIn } of ctx.checkIns.forRule(rule.id)) {
			if (checkIn.kind === 'payment') paid += checkIn.amount;
		}
		const items = instalments(rule, ctx);
		const total = items[items.length - 1]!.cumulative;
		let overdue = 0;
		for (const item of items) {
			const shortfall = Math.min(item.amount, item.cumulative - paid);
			const met = shortfall <= 0;
			if (!met && ctx.now > item.deadline) overdue += shortfall;
			findings.deadline(
				item.due,
				item.deadline,
				met,
				'payment',
				{ date: item.due, amount: shortfall, currency: rule.currency },
				paymentLabel(rule, { due: item.due, amount: shortfall })
			);
		}
		const params = { paid: Math.min(paid, total), total, overdue, currency: rule.currency };
		if (paid >= total) return findings.result({ code: 'payment.summary.paid', params }, true);
		return findings.result({ code: overdue > 0 ? 'payment.summary.overdue' : 'payment.summary.progress', params });
	}
};
