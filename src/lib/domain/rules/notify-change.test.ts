import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { NotifyChangeRule } from './notify-change';
import { alertSummary, at, caseBuilder, statusOf, t, type CheckInInput, type RuleInput } from '../../../../tests/unit/case-builder';

const notify = { kind: 'notify-change', changes: ['residence', 'work'], withinDays: 3 } as const satisfies RuleInput;
// A move on 3 March 2024 (Almaty, UTC+5 by then): day 0 is the 3rd, so it is due by the end of the 6th.
const move = { kind: 'change', what: 'residence', on: '2024-03-03', at: '2024-03-03T18:00:00+05:00' } as const satisfies CheckInInput;
const DUE = '2024-03-06T23:59:59.999+05:00';

/** One rule, the change (c1), and a notification about it at each of `notifiedAt`. */
function withChange(change: CheckInInput, ...notifiedAt: string[]) {
	const b = caseBuilder();
	b.rule(notify);
	const changeId = b.checkIn(change);
	for (const when of notifiedAt) b.checkIn({ kind: 'notified', at: when, about: changeId });
	return b.build();
}

describe('notify-change', () => {
	it('is in order when notified within withinDays, counting the day of the change as day 0', () => {
		for (const when of ['2024-03-03T19:00:00+05:00', DUE]) {
			const status = evaluate(withChange(move, when), at('2024-03-10T10:00:00+05:00'));
			expect(status.alerts).toEqual([]);
			expect(statusOf(status, 'r1')).toEqual({
				ruleId: 'r1',
				state: 'ok',
				summary: { code: 'notify-change.summary', params: { changes: ['residence', 'work'], withinDays: 3, pending: 0 } }
			});
		}
	});

	it('reminds before the deadline while nobody has been notified', () => {
		const file = withChange(move);
		expect(evaluate(file, at('2024-03-03T23:59:59.998+05:00')).alerts).toEqual([]);
		const p3d = evaluate(file, at('2024-03-03T23:59:59.999+05:00'));
		expect(p3d.alerts).toEqual([
			{
				id: 'r1/c1/remind-P3D',
				ruleId: 'r1',
				severity: 'info',
				at: at(DUE),
				code: 'notify-change.due',
				params: { checkInId: 'c1', what: 'residence', on: '2024-03-03', date: '2024-03-06' }
			}
		]);
		expect(statusOf(p3d, 'r1')).toMatchObject({
			state: 'due-soon',
			next: { at: at(DUE), label: { code: 'notify-change.label', params: { what: 'residence', date: '2024-03-06' } } },
			summary: { params: { pending: 1 } }
		});
		expect(alertSummary(evaluate(file, at('2024-03-06T10:00:00+05:00')))).toEqual([['warning', 'r1/c1/remind-P1D', 'notify-change.due']]);
	});

	it('is critical once the deadline passes without a notification', () => {
		const status = evaluate(withChange(move), at('2024-03-07T00:00:00+05:00'));
		expect(alertSummary(status)).toEqual([['critical', 'r1/c1/missed', 'notify-change.missed']]);
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'breach-risk', summary: { params: { pending: 0 } } });
		expect(status.level).toBe('at-risk');
	});

	it('stays critical after a late notification', () => {
		const file = withChange(move, '2024-03-07T10:00:00+05:00');
		for (const now of ['2024-03-07T09:00:00+05:00', '2024-03-07T11:00:00+05:00', '2024-04-01T11:00:00+05:00']) {
			expect(alertSummary(evaluate(file, at(now)))).toEqual([['critical', 'r1/c1/missed', 'notify-change.missed']]);
		}
	});

	it('is not ended while a change made near the end of its period is still to be notified', () => {
		const b = caseBuilder();
		b.rule({ ...notify, until: '2024-06-30', withinDays: 10 });
		b.checkIn({ kind: 'change', what: 'work', on: '2024-06-29', at: '2024-06-29T12:00:00+05:00' });
		const file = b.build();
		const due = at('2024-07-09T23:59:59.999+05:00');
		expect(statusOf(evaluate(file, at('2024-07-01T12:00:00+05:00')), 'r1')).toMatchObject({ state: 'ok', next: { at: due } });
		expect(statusOf(evaluate(file, at('2024-07-08T12:00:00+05:00')), 'r1').state).toBe('due-soon');
		expect(statusOf(evaluate(file, at('2024-07-10T00:00:00+05:00')), 'r1').state).toBe('breach-risk');
	});

	it('is ended after its period once nothing it started is pending', () => {
		const b = caseBuilder();
		b.rule({ ...notify, until: '2024-06-30', withinDays: 10 });
		const change = b.checkIn({ kind: 'change', what: 'work', on: '2024-06-29', at: '2024-06-29T12:00:00+05:00' });
		b.checkIn({ kind: 'notified', about: change, at: '2024-07-02T12:00:00+05:00' });
		expect(statusOf(evaluate(b.build(), at('2024-07-03T12:00:00+05:00')), 'r1').state).toBe('ended');
	});

	it('ignores a change of a kind the rule does not list', () => {
		const status = evaluate(withChange({ ...move, what: 'phone' }), at('2024-03-10T10:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').state).toBe('ok');
	});

	it('ignores a change recorded for another rule, and one outside its period', () => {
		const b = caseBuilder();
		b.rule({ ...notify, from: '2024-03-01' });
		const other = b.rule({ ...notify, changes: ['residence'] });
		b.checkIn({ ...move, ruleId: other });
		b.checkIn({ ...move, on: '2024-02-28', at: '2024-02-28T12:00:00+06:00' });
		const status = evaluate(b.build(), at('2024-03-10T10:00:00+05:00'));
		expect(status.alerts.filter((a) => a.ruleId === 'r1')).toEqual([]);
		expect(status.alerts.map((a) => a.id)).toEqual(['r2/c2/missed', 'r2/c1/missed']);
	});

	it('lists each change’s notification deadline in upcoming()', () => {
		const b = caseBuilder();
		b.rule(notify);
		b.checkIn(move);
		b.checkIn({ kind: 'change', what: 'work', on: '2024-05-31', at: '2024-05-30T12:00:00+05:00' });
		expect(upcoming(b.build(), at('2024-03-01T00:00:00+06:00'), at('2024-12-31T00:00:00+05:00'))).toEqual([
			{ id: 'r1/c1', ruleId: 'r1', at: at(DUE), label: { code: 'notify-change.label', params: { what: 'residence', date: '2024-03-06' } } },
			{ id: 'r1/c2', ruleId: 'r1', at: at('2024-06-03T23:59:59.999+05:00'), label: { code: 'notify-change.label', params: { what: 'work', date: '2024-06-03' } } }
		]);
	});

	it('describes the changes and the number of days', () => {
		const rule: NotifyChangeRule = { id: 'r1', title: 'Tell the officer', ...notify, changes: ['residence', 'work'] };
		expect(describeRule(rule, t)).toBe(
			'notify-change.describe' + JSON.stringify({ title: 'Tell the officer', changes: ['change.residence{}', 'change.work{}'], withinDays: 3 })
		);
	});
});
