import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { PaymentRule } from './payment';
import { alertSummary, at, caseBuilder, statusOf, t, type RuleInput } from '../../../../tests/unit/case-builder';

// Two instalments of 100 tenge (in tiyn: 10 000 each) due at the end of 31 January and 29 February.
const twoInstalments = {
	kind: 'payment',
	currency: 'KZT',
	schedule: [
		{ due: '2024-01-31', amount: 10_000 },
		{ due: '2024-02-29', amount: 10_000 }
	],
	payee: 'Court bailiffs'
} as const satisfies RuleInput;

function withPayments(rule: RuleInput, ...payments: [at: string, amount: number][]) {
	const b = caseBuilder();
	const ruleId = b.rule(rule);
	for (const [when, amount] of payments) b.checkIn({ kind: 'payment', ruleId, at: when, amount, currency: 'KZT' });
	return b.build();
}

describe('payment: before anything is due', () => {
	it('is ok with nothing paid before the first lead time', () => {
		const status = evaluate(withPayments(twoInstalments), at('2024-01-15T12:00:00+06:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toEqual({
			ruleId: 'r1',
			state: 'ok',
			next: { at: at('2024-01-31T23:59:59.999+06:00'), label: { code: 'payment.label', params: { date: '2024-01-31', amount: 10_000, currency: 'KZT' } } },
			summary: { code: 'payment.summary.progress', params: { paid: 0, total: 20_000, overdue: 0, currency: 'KZT' } }
		});
	});

	it('reminds three days before the due day ends (info), then one day before (warning)', () => {
		const file = withPayments(twoInstalments);
		expect(evaluate(file, at('2024-01-28T23:59:59.998+06:00')).alerts).toEqual([]);
		const p3d = evaluate(file, at('2024-01-28T23:59:59.999+06:00'));
		expect(p3d.alerts).toEqual([
			{
				id: 'r1/2024-01-31/remind-P3D',
				ruleId: 'r1',
				severity: 'info',
				at: at('2024-01-31T23:59:59.999+06:00'),
				code: 'payment.due',
				params: { date: '2024-01-31', amount: 10_000, currency: 'KZT' }
			}
		]);
		expect(statusOf(p3d, 'r1').state).toBe('due-soon');
		expect(alertSummary(evaluate(file, at('2024-01-31T09:00:00+06:00')))).toEqual([['warning', 'r1/2024-01-31/remind-P1D', 'payment.due']]);
	});

	it('reminds of what is still owed on a partly paid instalment', () => {
		const file = withPayments(twoInstalments, ['2024-01-10T10:00:00+06:00', 3_000]);
		const alert = evaluate(file, at('2024-01-31T09:00:00+06:00')).alerts[0];
		expect(alert).toMatchObject({ id: 'r1/2024-01-31/remind-P1D', params: { date: '2024-01-31', amount: 7_000, currency: 'KZT' } });
	});
});

describe('payment: overdue instalments', () => {
	it('is critical payment.missed once the due day has ended unpaid', () => {
		const file = withPayments(twoInstalments);
		const atDeadline = evaluate(file, at('2024-01-31T23:59:59.999+06:00'));
		expect(atDeadline.alerts.map((a) => a.severity)).toEqual(['warning']);
		const status = evaluate(file, at('2024-02-01T00:00:00+06:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/2024-01-31/missed',
				ruleId: 'r1',
				severity: 'critical',
				at: at('2024-01-31T23:59:59.999+06:00'),
				code: 'payment.missed',
				params: { date: '2024-01-31', amount: 10_000, currency: 'KZT' }
			}
		]);
		expect(statusOf(status, 'r1')).toMatchObject({
			state: 'breach-risk',
			summary: { code: 'payment.summary.overdue', params: { paid: 0, total: 20_000, overdue: 10_000, currency: 'KZT' } }
		});
		expect(status.level).toBe('at-risk');
	});

	it('applies payments in due-date order: 150 paid against 100 + 100 leaves February overdue by 50', () => {
		const file = withPayments(twoInstalments, ['2024-01-20T10:00:00+06:00', 10_000], ['2024-02-25T10:00:00+06:00', 5_000]);
		const status = evaluate(file, at('2024-03-01T12:00:00+05:00'));
		expect(alertSummary(status)).toEqual([['critical', 'r1/2024-02-29/missed', 'payment.missed']]);
		expect(status.alerts[0]!.params).toEqual({ date: '2024-02-29', amount: 5_000, currency: 'KZT' });
		expect(statusOf(status, 'r1').summary).toEqual({ code: 'payment.summary.overdue', params: { paid: 15_000, total: 20_000, overdue: 5_000, currency: 'KZT' } });
	});

	it('sums the overdue amount over every instalment in arrears', () => {
		const file = withPayments(twoInstalments, ['2024-01-20T10:00:00+06:00', 4_000]);
		const status = evaluate(file, at('2024-03-01T12:00:00+05:00'));
		expect(status.alerts.map((a) => [a.id, a.params.amount])).toEqual([
			['r1/2024-01-31/missed', 6_000],
			['r1/2024-02-29/missed', 10_000]
		]);
		expect(statusOf(status, 'r1').summary.params).toEqual({ paid: 4_000, total: 20_000, overdue: 16_000, currency: 'KZT' });
	});

	it('is cured by a late payment: a debt is a continuing obligation', () => {
		const file = withPayments(twoInstalments, ['2024-02-05T10:00:00+06:00', 10_000]);
		expect(alertSummary(evaluate(file, at('2024-02-04T12:00:00+06:00')))).toEqual([['critical', 'r1/2024-01-31/missed', 'payment.missed']]);
		const cured = evaluate(file, at('2024-02-05T12:00:00+06:00'));
		expect(cured.alerts).toEqual([]);
		expect(statusOf(cured, 'r1')).toMatchObject({ state: 'ok', summary: { code: 'payment.summary.progress', params: { paid: 10_000, overdue: 0 } } });
	});
});

describe('payment: paying ahead and paying in full', () => {
	it('lets an early payment cover the next instalments, so they need no reminder', () => {
		const file = withPayments(
			{ ...twoInstalments, schedule: [...twoInstalments.schedule, { due: '2024-03-31', amount: 10_000 }] },
			['2024-01-10T10:00:00+06:00', 20_000]
		);
		const status = evaluate(file, at('2024-02-28T12:00:00+06:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').next?.label.params).toEqual({ date: '2024-03-31', amount: 10_000, currency: 'KZT' });
	});

	it('is done once the whole sum is paid, even before the last due date', () => {
		const file = withPayments(twoInstalments, ['2024-01-10T10:00:00+06:00', 5_000], ['2024-01-12T10:00:00+06:00', 15_000]);
		const status = evaluate(file, at('2024-01-30T12:00:00+06:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toEqual({
			ruleId: 'r1',
			state: 'done',
			summary: { code: 'payment.summary.paid', params: { paid: 20_000, total: 20_000, overdue: 0, currency: 'KZT' } }
		});
	});

	it('reports no more than the total as paid after an overpayment', () => {
		const file = withPayments(twoInstalments, ['2024-01-10T10:00:00+06:00', 25_000]);
		expect(statusOf(evaluate(file, at('2024-01-30T12:00:00+06:00')), 'r1').summary.params).toMatchObject({ paid: 20_000, total: 20_000 });
	});

	it('orders an unsorted schedule by due date before applying payments', () => {
		const reversed = { ...twoInstalments, schedule: [twoInstalments.schedule[1], { due: '2024-01-31', amount: 4_000 }] };
		const file = withPayments(reversed, ['2024-01-10T10:00:00+06:00', 4_000]);
		const status = evaluate(file, at('2024-02-01T12:00:00+06:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').next?.label.params).toEqual({ date: '2024-02-29', amount: 10_000, currency: 'KZT' });
	});
});

describe('payment: which check-ins count', () => {
	it('ignores payments made for another payment rule', () => {
		const b = caseBuilder();
		const fine = b.rule(twoInstalments);
		const damages = b.rule({ ...twoInstalments, payee: 'The victim' });
		b.checkIn({ kind: 'payment', ruleId: damages, at: '2024-01-10T10:00:00+06:00', amount: 20_000, currency: 'KZT' });
		const status = evaluate(b.build(), at('2024-02-01T12:00:00+06:00'));
		expect(statusOf(status, fine).state).toBe('breach-risk');
		expect(statusOf(status, damages).state).toBe('done');
		expect(alertSummary(status)).toEqual([['critical', 'r1/2024-01-31/missed', 'payment.missed']]);
	});

	it('does not count a payment dated after `now`', () => {
		const file = withPayments(twoInstalments, ['2024-02-10T10:00:00+06:00', 20_000]);
		expect(statusOf(evaluate(file, at('2024-02-01T12:00:00+06:00')), 'r1').state).toBe('breach-risk');
		expect(statusOf(evaluate(file, at('2024-02-10T10:00:00+06:00')), 'r1').state).toBe('done');
	});
});

describe('payment: schedule and describe', () => {
	it('lists each instalment at the end of its due day in upcoming()', () => {
		const file = withPayments(twoInstalments, ['2024-01-10T10:00:00+06:00', 20_000]);
		expect(upcoming(file, at('2024-01-01T00:00:00+06:00'), at('2024-12-31T00:00:00+05:00'))).toEqual([
			{ id: 'r1/2024-01-31', ruleId: 'r1', at: at('2024-01-31T23:59:59.999+06:00'), label: { code: 'payment.label', params: { date: '2024-01-31', amount: 10_000, currency: 'KZT' } } },
			{ id: 'r1/2024-02-29', ruleId: 'r1', at: at('2024-02-29T23:59:59.999+05:00'), label: { code: 'payment.label', params: { date: '2024-02-29', amount: 10_000, currency: 'KZT' } } }
		]);
	});

	it('describes the total, currency, number of instalments and payee', () => {
		const rule: PaymentRule = { id: 'r1', title: 'Fine', ...twoInstalments, schedule: [...twoInstalments.schedule] };
		expect(describeRule(rule, t)).toBe('payment.describe' + JSON.stringify({ title: 'Fine', total: 20_000, currency: 'KZT', count: 2, payee: 'Court bailiffs' }));
	});
});
