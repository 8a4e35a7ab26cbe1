import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { ActivityBanRule } from './activity-ban';
import { alertSummary, at, caseBuilder, statusOf, t, type CheckInInput, type RuleInput } from '../../../../tests/unit/case-builder';

const ban = { kind: 'activity-ban', categories: ['political', 'social-media', 'charitable'] } as const satisfies RuleInput;

function withActivities(rule: RuleInput, ...activities: Omit<Extract<CheckInInput, { kind: 'activity' }>, 'kind'>[]) {
	const b = caseBuilder();
	b.rule(rule);
	for (const activity of activities) b.checkIn({ kind: 'activity', ...activity });
	return b.build();
}

describe('activity-ban: activities done', () => {
	it('is critical when a done activity has a banned category, naming only the banned ones', () => {
		const file = withActivities(ban, { at: '2024-06-05T19:00:00+05:00', description: 'Posted about the elections', categories: ['social-media', 'religious'] });
		const status = evaluate(file, at('2024-06-06T10:00:00+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/c1/conflict',
				ruleId: 'r1',
				severity: 'critical',
				at: at('2024-06-05T19:00:00+05:00'),
				code: 'activity-ban.conflict',
				params: { checkInId: 'c1', date: '2024-06-05', categories: ['social-media'] }
			}
		]);
		expect(statusOf(status, 'r1')).toEqual({
			ruleId: 'r1',
			state: 'breach-risk',
			summary: { code: 'activity-ban.summary', params: { categories: ['political', 'social-media', 'charitable'], conflicts: 1 } }
		});
		expect(status.level).toBe('at-risk');
	});

	it('says nothing about categories that are not banned', () => {
		const file = withActivities(ban, { at: '2024-06-05T19:00:00+05:00', description: 'Church choir', categories: ['religious', 'assembly'] });
		const status = evaluate(file, at('2024-06-06T10:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'ok', summary: { params: { conflicts: 0 } } });
	});

	it('applies to activities recorded for no rule or for any rule', () => {
		const b = caseBuilder();
		b.rule(ban);
		const other = b.rule({ kind: 'activity-ban', categories: ['journalism'] });
		b.checkIn({ kind: 'activity', ruleId: other, at: '2024-06-05T19:00:00+05:00', description: 'Charity fair', categories: ['charitable'] });
		expect(alertSummary(evaluate(b.build(), at('2024-06-06T10:00:00+05:00')))).toEqual([['critical', 'r1/c1/conflict', 'activity-ban.conflict']]);
	});

	it('ignores an activity done outside the ban’s period, judging its local date in the case’s zone', () => {
		// 2024-06-01T00:30+05:00 is still 31 May in UTC; in Almaty it is 1 June, after the ban.
		const file = withActivities(
			{ ...ban, from: '2024-05-01', until: '2024-05-31' },
			{ at: '2024-06-01T00:30:00+05:00', description: 'Interview', categories: ['political'] },
			{ at: '2024-04-30T23:30:00+05:00', description: 'Rally', categories: ['political'] }
		);
		expect(evaluate(file, at('2024-06-02T10:00:00+05:00')).alerts).toEqual([]);
	});

	it('counts an activity done on the first and last day of the ban’s period', () => {
		const file = withActivities(
			{ ...ban, from: '2024-05-01', until: '2024-05-31' },
			{ at: '2024-05-01T00:30:00+05:00', description: 'Interview', categories: ['political'] },
			{ at: '2024-05-31T23:30:00+05:00', description: 'Rally', categories: ['political'] }
		);
		expect(evaluate(file, at('2024-06-02T10:00:00+05:00')).alerts.map((a) => a.id)).toEqual(['r1/c1/conflict', 'r1/c2/conflict']);
	});
});

describe('activity-ban: planned activities', () => {
	const plan = { at: '2024-06-01T12:00:00+05:00', description: 'Charity marathon', categories: ['charitable'], planned: '2024-06-15' } as const;

	it('is a warning while the plan is ahead, and the rule is at breach risk', () => {
		const status = evaluate(withActivities(ban, plan), at('2024-06-14T23:59:59.999+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/c1/planned',
				ruleId: 'r1',
				severity: 'warning',
				at: at('2024-06-15T00:00:00+05:00'),
				code: 'activity-ban.planned',
				params: { checkInId: 'c1', date: '2024-06-15', categories: ['charitable'] }
			}
		]);
		expect(statusOf(status, 'r1').state).toBe('breach-risk');
		expect(status.level).toBe('at-risk');
	});

	it('is critical once the planned day has come', () => {
		const status = evaluate(withActivities(ban, plan), at('2024-06-15T00:00:00+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/c1/conflict',
				ruleId: 'r1',
				severity: 'critical',
				at: at('2024-06-15T00:00:00+05:00'),
				code: 'activity-ban.conflict',
				params: { checkInId: 'c1', date: '2024-06-15', categories: ['charitable'] }
			}
		]);
	});

	it('judges a plan by its planned date, not the date it was recorded', () => {
		const file = withActivities({ ...ban, from: '2024-06-01', until: '2024-06-30' }, { ...plan, planned: '2024-07-02' });
		expect(evaluate(file, at('2024-06-10T10:00:00+05:00')).alerts).toEqual([]);
	});

	it('counts no more once the plan is cancelled by a correction', () => {
		const b = caseBuilder();
		b.rule(ban);
		const planned = b.checkIn({ kind: 'activity', ...plan });
		b.checkIn({ kind: 'note', at: '2024-06-03T09:00:00+05:00', note: 'Cancelled: will not take part', supersedes: planned });
		const file = b.build();
		expect(evaluate(file, at('2024-06-04T10:00:00+05:00')).alerts).toEqual([]);
		expect(evaluate(file, at('2024-06-16T10:00:00+05:00')).alerts).toEqual([]);
		expect(statusOf(evaluate(file, at('2024-06-16T10:00:00+05:00')), 'r1').state).toBe('ok');
	});

	it('has no deadlines to list', () => {
		expect(upcoming(withActivities(ban, plan), at('2024-01-01T00:00:00+06:00'), at('2025-01-01T00:00:00+05:00'))).toEqual([]);
	});
});

describe('activity-ban: describe', () => {
	it('names the banned categories through the catalog', () => {
		const rule: ActivityBanRule = { id: 'r1', title: 'Ban', kind: 'activity-ban', categories: ['political', 'social-media'] };
		expect(describeRule(rule, t)).toBe('activity-ban.describe' + JSON.stringify({ title: 'Ban', categories: ['category.political{}', 'category.social-media{}'] }));
	});
});

describe('activity-ban: clarifications', () => {
	function asked(answer?: boolean) {
		const b = caseBuilder();
		b.rule(ban);
		b.checkIn({ kind: 'clarification', ruleId: 'r1', at: '2024-06-03T10:00:00+05:00', question: 'Does the ban cover book reviews?', askedTo: 'Probation service', via: 'letter', remindAfter: '2024-06-17' });
		if (answer) {
			b.checkIn({
				kind: 'clarification',
				ruleId: 'r1',
				at: '2024-06-03T10:00:00+05:00',
				recordedAt: '2024-06-20T10:00:00+05:00',
				supersedes: 'c1',
				question: 'Does the ban cover book reviews?',
				askedTo: 'Probation service',
				answer: { on: '2024-06-20', source: 'Letter of the probation service', covers: ['book reviews'] }
			});
		}
		return b.build();
	}

	it('reminds (info, no state change) the day after remindAfter when there is no answer yet', () => {
		expect(evaluate(asked(), at('2024-06-17T23:00:00+05:00')).alerts).toEqual([]);
		const status = evaluate(asked(), at('2024-06-18T09:00:00+05:00'));
		expect(status.alerts).toEqual([
			{ id: 'r1/c1/unanswered', ruleId: 'r1', severity: 'info', at: at('2024-06-18T00:00:00+05:00'), code: 'clarification.unanswered', params: { date: '2024-06-03' } }
		]);
		expect(statusOf(status, 'r1').state).toBe('ok');
	});

	it('says nothing once the answer is recorded', () => {
		expect(evaluate(asked(true), at('2024-06-25T09:00:00+05:00')).alerts).toEqual([]);
	});

	it('must name an activity ban', () => {
		const b = caseBuilder();
		b.rule({ kind: 'deadline', due: '2024-06-14', what: 'Certificate' });
		b.checkIn({ kind: 'clarification', ruleId: 'r1', at: '2024-06-03T10:00:00+05:00', question: 'What counts?', askedTo: 'Court' });
		expect(() => b.build()).toThrow(/cannot be for a condition of kind deadline/);
	});
});
