import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { DeadlineRule } from './deadline';
import { alertSummary, at, caseBuilder, statusOf, t, type RuleInput } from '../../../../tests/unit/case-builder';

// Register with the probation service within 10 days of the verdict entering into force (2023-04-25).
const register = { kind: 'deadline', after: { anchor: 'inForce', days: 10 }, what: 'Register with the probation service' } as const satisfies RuleInput;
const REGISTER_DUE = '2023-05-05T23:59:59.999+06:00';

function withDone(rule: RuleInput, doneAt?: string) {
	const b = caseBuilder();
	const ruleId = b.rule(rule);
	if (doneAt) b.checkIn({ kind: 'done', ruleId, at: doneAt });
	return b.build();
}

describe('deadline: when it is due', () => {
	it('counts `after` in calendar days from the anchor: inForce 2023-04-25 + 10 days is the end of 2023-05-05', () => {
		const file = withDone(register);
		expect(upcoming(file, at('2023-04-01T00:00:00+06:00'), at('2023-12-31T00:00:00+06:00'))).toEqual([
			{ id: 'r1/due', ruleId: 'r1', at: at(REGISTER_DUE), label: { code: 'deadline.label', params: { date: '2023-05-05', time: '' } } }
		]);
		expect(statusOf(evaluate(file, at('2023-04-26T10:00:00+06:00')), 'r1')).toEqual({
			ruleId: 'r1',
			state: 'ok',
			next: { at: at(REGISTER_DUE), label: { code: 'deadline.label', params: { date: '2023-05-05', time: '' } } },
			summary: { code: 'deadline.summary.pending', params: { date: '2023-05-05', time: '' } }
		});
	});

	it('can count from the verdict instead', () => {
		const file = withDone({ ...register, after: { anchor: 'verdict', days: 15 } });
		expect(upcoming(file, at('2023-04-01T00:00:00+06:00'), at('2023-12-31T00:00:00+06:00')).map((d) => d.at)).toEqual([at('2023-04-25T23:59:59.999+06:00')]);
	});

	it('is due at the end of a `due` date', () => {
		const file = withDone({ kind: 'deadline', due: '2024-03-05', what: 'Hand in the work certificate' });
		expect(statusOf(evaluate(file, at('2024-02-20T10:00:00+06:00')), 'r1').next?.at).toEqual(at('2024-03-05T23:59:59.999+05:00'));
	});

	it('is due at `time` on that day when one is given', () => {
		const file = withDone({ kind: 'deadline', due: '2024-03-05', time: '17:00', what: 'Hand in the work certificate' });
		const next = statusOf(evaluate(file, at('2024-02-20T10:00:00+06:00')), 'r1').next;
		expect(next).toEqual({ at: at('2024-03-05T17:00:00+05:00'), label: { code: 'deadline.label', params: { date: '2024-03-05', time: '17:00' } } });
		const missed = evaluate(file, at('2024-03-05T17:00:00.001+05:00'));
		expect(missed.alerts[0]).toMatchObject({ id: 'r1/due/missed', severity: 'critical', params: { date: '2024-03-05', time: '17:00' } });
	});
});

describe('deadline: done', () => {
	it('is done, with no alerts, when done on time', () => {
		const status = evaluate(withDone(register, '2023-05-03T11:00:00+06:00'), at('2023-05-10T10:00:00+06:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toEqual({
			ruleId: 'r1',
			state: 'done',
			summary: { code: 'deadline.summary.done', params: { date: '2023-05-05', doneOn: '2023-05-03' } }
		});
	});

	it('is done on time at the last millisecond of the due day', () => {
		const status = evaluate(withDone(register, REGISTER_DUE), at('2023-05-10T10:00:00+06:00'));
		expect(statusOf(status, 'r1').summary.code).toBe('deadline.summary.done');
	});

	it('is done when done late, and says it was late', () => {
		const file = withDone(register, '2023-05-06T09:00:00+06:00');
		expect(alertSummary(evaluate(file, at('2023-05-06T08:00:00+06:00')))).toEqual([['critical', 'r1/due/missed', 'deadline.missed']]);
		const status = evaluate(file, at('2023-05-06T10:00:00+06:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toEqual({
			ruleId: 'r1',
			state: 'done',
			summary: { code: 'deadline.summary.doneLate', params: { date: '2023-05-05', doneOn: '2023-05-06' } }
		});
	});
});

describe('deadline: missed and reminders', () => {
	const file = withDone(register);

	it('is critical deadline.missed once its due instant has passed', () => {
		const status = evaluate(file, at('2023-05-06T00:00:00+06:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/due/missed',
				ruleId: 'r1',
				severity: 'critical',
				at: at(REGISTER_DUE),
				code: 'deadline.missed',
				params: { date: '2023-05-05', time: '' }
			}
		]);
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'breach-risk', summary: { code: 'deadline.summary.missed' } });
		expect(status.level).toBe('at-risk');
	});

	it('reminds three days ahead (info) and one day ahead (warning)', () => {
		expect(evaluate(file, at('2023-05-02T23:59:59.998+06:00')).alerts).toEqual([]);
		const p3d = evaluate(file, at('2023-05-02T23:59:59.999+06:00'));
		expect(alertSummary(p3d)).toEqual([['info', 'r1/due/remind-P3D', 'deadline.due']]);
		expect(statusOf(p3d, 'r1').state).toBe('due-soon');
		expect(alertSummary(evaluate(file, at('2023-05-05T12:00:00+06:00')))).toEqual([['warning', 'r1/due/remind-P1D', 'deadline.due']]);
	});
});

describe('deadline: describe', () => {
	it('describes a deadline counted from an anchor', () => {
		const rule: DeadlineRule = { id: 'r1', title: 'Registration', ...register };
		expect(describeRule(rule, t)).toBe(
			'deadline.describe.after.inForce' + JSON.stringify({ title: 'Registration', what: 'Register with the probation service', time: '', days: 10 })
		);
	});

	it('describes a deadline on a date', () => {
		const rule: DeadlineRule = { id: 'r1', title: 'Certificate', kind: 'deadline', due: '2024-03-05', time: '17:00', what: 'Hand in the certificate' };
		expect(describeRule(rule, t)).toBe('deadline.describe.on' + JSON.stringify({ title: 'Certificate', what: 'Hand in the certificate', time: '17:00', date: '2024-03-05' }));
	});
});
