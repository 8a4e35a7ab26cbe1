import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { ReportingRule } from './reporting';
import { alertSummary, at, caseBuilder, statusOf, t, type RuleInput } from '../../../../tests/unit/case-builder';

// Tuesdays from 4 June 2024, office open 09:00–18:00 (Almaty, UTC+5 by then).
const weekly = {
	kind: 'reporting',
	rrule: 'FREQ=WEEKLY;BYDAY=TU',
	start: '2024-06-04',
	window: { from: '09:00', to: '18:00' }
} as const satisfies RuleInput;

function withReports(rule: RuleInput, ...reports: string[]) {
	const b = caseBuilder();
	const ruleId = b.rule(rule);
	for (const report of reports) b.checkIn({ kind: 'report', ruleId, at: report });
	return b.build();
}

function alertsFor(status: ReturnType<typeof evaluate>, occurrence: string) {
	return status.alerts.filter((alert) => alert.id.startsWith(`r1/${occurrence}/`));
}

describe('reporting: meeting an occurrence', () => {
	it('is met by a report on the day before the window closes', () => {
		const file = withReports(weekly, '2024-06-04T10:15:00+05:00');
		const status = evaluate(file, at('2024-06-05T12:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'ok', summary: { code: 'reporting.summary.onTrack' } });
		expect(status.level).toBe('ok');
	});

	it('is met by a report before the window opens on the same day (only the deadline is checked)', () => {
		const file = withReports(weekly, '2024-06-04T07:30:00+05:00');
		expect(evaluate(file, at('2024-06-05T12:00:00+05:00')).alerts).toEqual([]);
	});

	it('is met by a report at the very instant the window closes', () => {
		const file = withReports(weekly, '2024-06-04T18:00:00+05:00');
		expect(evaluate(file, at('2024-06-05T12:00:00+05:00')).alerts).toEqual([]);
	});

	it('is not met by a report after the window closes on the same day', () => {
		const file = withReports(weekly, '2024-06-04T18:30:00+05:00');
		const status = evaluate(file, at('2024-06-04T19:00:00+05:00'));
		expect(alertSummary(status)).toEqual([['critical', 'r1/2024-06-04/missed', 'reporting.missed']]);
	});

	it('is not met by a report on another day, before or after', () => {
		const file = withReports(weekly, '2024-06-03T10:00:00+05:00', '2024-06-05T10:00:00+05:00');
		const status = evaluate(file, at('2024-06-05T12:00:00+05:00'));
		expect(alertSummary(status)).toEqual([['critical', 'r1/2024-06-04/missed', 'reporting.missed']]);
	});

	it('is met by the earliest report of the day even if a later one came after closing', () => {
		const file = withReports(weekly, '2024-06-04T19:00:00+05:00', '2024-06-04T11:00:00+05:00');
		expect(evaluate(file, at('2024-06-05T12:00:00+05:00')).alerts).toEqual([]);
	});

	it('without a window is due by the end of the local day', () => {
		const { window: _, ...allDay } = weekly;
		const onTime = withReports(allDay, '2024-06-04T23:59:00+05:00');
		expect(evaluate(onTime, at('2024-06-05T12:00:00+05:00')).alerts).toEqual([]);
		const late = withReports(allDay, '2024-06-05T00:01:00+05:00');
		expect(alertSummary(evaluate(late, at('2024-06-05T12:00:00+05:00')))).toEqual([['critical', 'r1/2024-06-04/missed', 'reporting.missed']]);
	});
});

describe('reporting: a missed occurrence', () => {
	const file = withReports(weekly);

	it('is critical reporting.missed at the deadline, with the rule at breach risk and the case at risk', () => {
		const status = evaluate(file, at('2024-06-04T18:00:00.001+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/2024-06-04/missed',
				ruleId: 'r1',
				severity: 'critical',
				at: at('2024-06-04T18:00:00+05:00'),
				code: 'reporting.missed',
				params: { date: '2024-06-04' }
			}
		]);
		expect(statusOf(status, 'r1')).toMatchObject({
			state: 'breach-risk',
			summary: { code: 'reporting.summary.missed', params: { count: 1, since: '2024-06-04' } }
		});
		expect(status.level).toBe('at-risk');
	});

	it('is not missed yet at the last millisecond of the deadline', () => {
		const status = evaluate(file, at('2024-06-04T18:00:00+05:00'));
		expect(alertsFor(status, '2024-06-04').map((a) => a.id)).toEqual(['r1/2024-06-04/remind-P1D']);
	});

	it('stays missed for the rest of the period, counted with later misses', () => {
		const status = evaluate(file, at('2024-06-20T12:00:00+05:00'));
		expect(status.alerts.filter((a) => a.severity === 'critical').map((a) => a.id)).toEqual(['r1/2024-06-04/missed', 'r1/2024-06-11/missed', 'r1/2024-06-18/missed']);
		expect(statusOf(status, 'r1').summary).toEqual({ code: 'reporting.summary.missed', params: { count: 3, since: '2024-06-04' } });
	});

	it('is cleared by an excuse for that date, even one recorded afterwards', () => {
		const b = caseBuilder();
		const ruleId = b.rule(weekly);
		b.checkIn({ kind: 'excuse', ruleId, for: '2024-06-04', at: '2024-06-05T09:00:00+05:00', note: 'Visit moved by the officer' });
		const status = evaluate(b.build(), at('2024-06-05T12:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').state).toBe('ok');
	});

	it('is not cleared by an excuse for another date', () => {
		const b = caseBuilder();
		const ruleId = b.rule(weekly);
		b.checkIn({ kind: 'excuse', ruleId, for: '2024-06-11', at: '2024-06-05T09:00:00+05:00' });
		expect(alertSummary(evaluate(b.build(), at('2024-06-05T12:00:00+05:00')))).toEqual([['critical', 'r1/2024-06-04/missed', 'reporting.missed']]);
	});

	it('is not met by reports for another rule', () => {
		const b = caseBuilder();
		b.rule(weekly);
		const other = b.rule({ ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=TU,FR' });
		b.checkIn({ kind: 'report', ruleId: other, at: '2024-06-04T10:00:00+05:00' });
		const status = evaluate(b.build(), at('2024-06-05T12:00:00+05:00'));
		expect(alertsFor(status, '2024-06-04').map((a) => a.id)).toEqual(['r1/2024-06-04/missed']);
		expect(statusOf(status, other).state).not.toBe('breach-risk');
	});
});

describe('reporting: reminders and the next deadline', () => {
	const file = withReports(weekly);

	it('says nothing before the first lead time', () => {
		const status = evaluate(file, at('2024-06-01T17:59:59.999+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').state).toBe('ok');
	});

	it('reminds three days before as info, and the rule is due soon', () => {
		const status = evaluate(file, at('2024-06-01T18:00:00+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/2024-06-04/remind-P3D',
				ruleId: 'r1',
				severity: 'info',
				at: at('2024-06-04T18:00:00+05:00'),
				code: 'reporting.due',
				params: { date: '2024-06-04' }
			}
		]);
		expect(statusOf(status, 'r1').state).toBe('due-soon');
		expect(status.level).toBe('attention');
	});

	it('reminds one day before as a warning, replacing the earlier stage', () => {
		const status = evaluate(file, at('2024-06-03T18:00:00+05:00'));
		expect(alertSummary(status)).toEqual([['warning', 'r1/2024-06-04/remind-P1D', 'reporting.due']]);
		expect(statusOf(status, 'r1').state).toBe('due-soon');
	});

	it('uses the rule’s own lead times, the shortest as the warning', () => {
		const file = withReports({ ...weekly, remind: ['PT2H', 'P7D', 'P1D'] });
		expect(alertSummary(evaluate(file, at('2024-05-29T12:00:00+05:00')))).toEqual([['info', 'r1/2024-06-04/remind-P7D', 'reporting.due']]);
		expect(alertSummary(evaluate(file, at('2024-06-03T20:00:00+05:00')))).toEqual([['info', 'r1/2024-06-04/remind-P1D', 'reporting.due']]);
		expect(alertSummary(evaluate(file, at('2024-06-04T16:00:00+05:00')))).toEqual([['warning', 'r1/2024-06-04/remind-PT2H', 'reporting.due']]);
	});

	it('gives the next unmet occurrence as `next`', () => {
		const reported = withReports(weekly, '2024-06-04T10:00:00+05:00');
		expect(statusOf(evaluate(reported, at('2024-06-04T11:00:00+05:00')), 'r1').next).toEqual({
			at: at('2024-06-11T18:00:00+05:00'),
			label: { code: 'reporting.label', params: { date: '2024-06-11' } }
		});
		expect(statusOf(evaluate(file, at('2024-06-04T11:00:00+05:00')), 'r1').next?.at).toEqual(at('2024-06-04T18:00:00+05:00'));
	});
});

describe('reporting: the rule’s period and schedule end', () => {
	it('is inactive before its own period starts, with its first occurrence in the period as next', () => {
		const file = withReports({ ...weekly, from: '2024-09-01' });
		const status = statusOf(evaluate(file, at('2024-06-05T12:00:00+05:00')), 'r1');
		expect(status.state).toBe('inactive');
		expect(status.next?.label).toEqual({ code: 'reporting.label', params: { date: '2024-09-03' } });
	});

	it('ignores occurrences before its own `from`', () => {
		const file = withReports({ ...weekly, from: '2024-06-10' });
		const status = evaluate(file, at('2024-06-12T12:00:00+05:00'));
		expect(status.alerts.map((a) => a.id)).toEqual(['r1/2024-06-11/missed']);
	});

	it('has ended after its `until` when nothing was missed, with no next deadline', () => {
		const file = withReports(
			{ ...weekly, until: '2024-06-30' },
			'2024-06-04T10:00:00+05:00',
			'2024-06-11T10:00:00+05:00',
			'2024-06-18T10:00:00+05:00',
			'2024-06-25T10:00:00+05:00'
		);
		const status = evaluate(file, at('2024-07-15T12:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toEqual({ ruleId: 'r1', state: 'ended', summary: { code: 'reporting.summary.complete', params: {} } });
	});

	it('is done when a COUNT-limited schedule has been fully reported', () => {
		const rule = { ...weekly, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' };
		const file = withReports(rule, '2024-06-04T10:00:00+05:00', '2024-06-11T10:00:00+05:00', '2024-06-18T10:00:00+05:00');
		const before = statusOf(evaluate(file, at('2024-06-17T12:00:00+05:00')), 'r1');
		expect(before.next?.at).toEqual(at('2024-06-18T18:00:00+05:00'));
		const after = evaluate(file, at('2024-06-19T12:00:00+05:00'));
		expect(statusOf(after, 'r1')).toEqual({ ruleId: 'r1', state: 'done', summary: { code: 'reporting.summary.complete', params: {} } });
		expect(after.alerts).toEqual([]);
		expect(upcoming(file, at('2024-06-01T00:00:00+05:00'), at('2024-12-31T00:00:00+05:00')).map((d) => d.id)).toEqual([
			'r1/2024-06-04',
			'r1/2024-06-11',
			'r1/2024-06-18'
		]);
	});
});

describe('reporting: local time across zone changes', () => {
	// Almaty moved from UTC+6 to UTC+5 at 2024-03-01 00:00 local: the clocks went back to 23:00,
	// so 29 February had 25 hours and its last millisecond is 23:59:59.999+05:00.
	const thursdays = { kind: 'reporting', rrule: 'FREQ=WEEKLY;BYDAY=TH', start: '2024-02-29' } as const satisfies RuleInput;

	it('puts each deadline at the last millisecond of the local day on both sides of the switch', () => {
		const file = withReports({ ...thursdays, start: '2024-02-22' });
		const deadlines = upcoming(file, at('2024-02-20T00:00:00Z'), at('2024-03-10T00:00:00Z'));
		expect(deadlines.map((d) => [d.id, d.at.toISOString()])).toEqual([
			['r1/2024-02-22', '2024-02-22T17:59:59.999Z'],
			['r1/2024-02-29', '2024-02-29T18:59:59.999Z'],
			['r1/2024-03-07', '2024-03-07T18:59:59.999Z']
		]);
	});

	it('counts a report at 23:30 local on each Thursday, in either offset of the repeated hour', () => {
		for (const feb29 of ['2024-02-29T23:30:00+06:00', '2024-02-29T23:30:00+05:00']) {
			const file = withReports(thursdays, feb29, '2024-03-07T23:30:00+05:00');
			expect(evaluate(file, at('2024-03-08T12:00:00+05:00')).alerts).toEqual([]);
		}
	});

	it('does not count a report at 00:30 local the next morning', () => {
		const file = withReports(thursdays, '2024-03-01T00:30:00+05:00', '2024-03-08T00:30:00+05:00');
		expect(alertSummary(evaluate(file, at('2024-03-08T12:00:00+05:00')))).toEqual([
			['critical', 'r1/2024-02-29/missed', 'reporting.missed'],
			['critical', 'r1/2024-03-07/missed', 'reporting.missed']
		]);
	});

	it('puts a window’s closing time in the offset of that day', () => {
		const file = withReports({ ...thursdays, start: '2024-02-22', window: { from: '09:00', to: '18:00' } });
		const deadlines = upcoming(file, at('2024-02-20T00:00:00Z'), at('2024-03-10T00:00:00Z'));
		expect(deadlines.map((d) => d.at.toISOString())).toEqual(['2024-02-22T12:00:00.000Z', '2024-02-29T12:00:00.000Z', '2024-03-07T13:00:00.000Z']);
	});

	describe('in America/New_York', () => {
		const sundays = { kind: 'reporting', rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2024-03-10' } as const satisfies RuleInput;
		function newYork(rule: RuleInput, ...reports: string[]) {
			const b = caseBuilder({ timeZone: 'America/New_York' });
			const ruleId = b.rule(rule);
			for (const report of reports) b.checkIn({ kind: 'report', ruleId, at: report });
			return b.build();
		}

		it('ends the 23-hour and the 25-hour Sundays at their local midnight', () => {
			const file = newYork(sundays);
			const byId = new Map(upcoming(file, at('2024-03-01T00:00:00Z'), at('2024-11-30T00:00:00Z')).map((d) => [d.id, d.at.toISOString()]));
			expect(byId.get('r1/2024-03-10')).toBe('2024-03-11T03:59:59.999Z');
			expect(byId.get('r1/2024-11-03')).toBe('2024-11-04T04:59:59.999Z');
		});

		it('counts a report at 23:30 local on those Sundays and not one at 00:30 on Monday', () => {
			const onTime = newYork({ ...sundays, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1' }, '2024-03-10T23:30:00-04:00');
			expect(evaluate(onTime, at('2024-03-11T12:00:00-04:00')).alerts).toEqual([]);
			const late = newYork({ ...sundays, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1' }, '2024-03-11T00:30:00-04:00');
			expect(alertSummary(evaluate(late, at('2024-03-11T12:00:00-04:00')))).toEqual([['critical', 'r1/2024-03-10/missed', 'reporting.missed']]);

			const autumn = { ...sundays, start: '2024-11-03', rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1' };
			expect(evaluate(newYork(autumn, '2024-11-03T23:30:00-05:00'), at('2024-11-04T12:00:00-05:00')).alerts).toEqual([]);
			expect(alertSummary(evaluate(newYork(autumn, '2024-11-04T00:30:00-05:00'), at('2024-11-04T12:00:00-05:00')))).toEqual([
				['critical', 'r1/2024-11-03/missed', 'reporting.missed']
			]);
		});

		it('starts the one-day reminder at 23:59:59.999 local the day before, across the change', () => {
			const file = newYork({ ...sundays, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1' });
			expect(alertSummary(evaluate(file, at('2024-03-09T23:59:59.998-05:00')))).toEqual([['info', 'r1/2024-03-10/remind-P3D', 'reporting.due']]);
			expect(alertSummary(evaluate(file, at('2024-03-09T23:59:59.999-05:00')))).toEqual([['warning', 'r1/2024-03-10/remind-P1D', 'reporting.due']]);

			const autumn = newYork({ ...sundays, start: '2024-11-03', rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1' });
			expect(alertSummary(evaluate(autumn, at('2024-11-02T23:59:59.998-04:00')))).toEqual([['info', 'r1/2024-11-03/remind-P3D', 'reporting.due']]);
			expect(alertSummary(evaluate(autumn, at('2024-11-02T23:59:59.999-04:00')))).toEqual([['warning', 'r1/2024-11-03/remind-P1D', 'reporting.due']]);
		});
	});
});

describe('reporting: monthly days and month lengths', () => {
	// A case whose sentence covers both a common and a leap February.
	function monthly(rrule: string, start = '2023-01-01') {
		const b = caseBuilder({ verdict: '2022-12-20', inForce: '2023-01-01', sentence: { from: '2023-01-01', until: '2028-12-31' } });
		b.rule({ kind: 'reporting', rrule, start });
		return b.build();
	}
	const dates = (file: ReturnType<typeof monthly>, from: string, to: string) =>
		upcoming(file, at(`${from}T00:00:00+06:00`), at(`${to}T23:59:59.999+05:00`)).map((d) => d.id.slice(3));

	it('BYMONTHDAY=29 skips February 2023 and includes 29 February 2024', () => {
		const file = monthly('FREQ=MONTHLY;BYMONTHDAY=29');
		expect(dates(file, '2023-01-01', '2023-04-30')).toEqual(['2023-01-29', '2023-03-29', '2023-04-29']);
		expect(dates(file, '2024-01-01', '2024-04-30')).toEqual(['2024-01-29', '2024-02-29', '2024-03-29', '2024-04-29']);
	});

	it('BYMONTHDAY=-1 is the last day of each February', () => {
		const file = monthly('FREQ=MONTHLY;BYMONTHDAY=-1');
		expect(dates(file, '2023-02-01', '2023-03-01')).toEqual(['2023-02-28']);
		expect(dates(file, '2024-02-01', '2024-03-01')).toEqual(['2024-02-29']);
	});

	it('BYMONTHDAY=31 skips the months that have no 31st', () => {
		const file = monthly('FREQ=MONTHLY;BYMONTHDAY=31');
		expect(dates(file, '2024-01-01', '2024-12-31')).toEqual(['2024-01-31', '2024-03-31', '2024-05-31', '2024-07-31', '2024-08-31', '2024-10-31', '2024-12-31']);
	});

	it('is met on 29 February by a report that day, and not by one on 1 March', () => {
		const b = caseBuilder();
		const ruleId = b.rule({ kind: 'reporting', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=1', start: '2024-02-01' });
		b.checkIn({ kind: 'report', ruleId, at: '2024-03-01T09:00:00+05:00' });
		expect(alertSummary(evaluate(b.build(), at('2024-03-01T12:00:00+05:00')))).toEqual([['critical', 'r1/2024-02-29/missed', 'reporting.missed']]);

		const ok = caseBuilder();
		const okId = ok.rule({ kind: 'reporting', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=1', start: '2024-02-01' });
		ok.checkIn({ kind: 'report', ruleId: okId, at: '2024-02-29T09:00:00+06:00' });
		expect(statusOf(evaluate(ok.build(), at('2024-03-01T12:00:00+05:00')), 'r1').state).toBe('done');
	});
});

describe('reporting: describe', () => {
	it('names the schedule, place and window', () => {
		const rule: ReportingRule = { id: 'r1', title: 'Probation office', ...weekly, place: 'Office 12' };
		expect(describeRule(rule, t)).toBe(
			'reporting.describe' +
				JSON.stringify({
					title: 'Probation office',
					schedule: 'schedule.weekly' + JSON.stringify({ interval: 1, count: 0, until: '', days: ['TU'] }),
					place: 'Office 12',
					from: '09:00',
					to: '18:00'
				})
		);
	});

	it('leaves place and window empty when the rule has none', () => {
		const rule: ReportingRule = { id: 'r1', title: 'Monthly', kind: 'reporting', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', start: '2024-06-05' };
		expect(describeRule(rule, t)).toBe(
			'reporting.describe' +
				JSON.stringify({
					title: 'Monthly',
					schedule: 'schedule.monthlyOnDays' + JSON.stringify({ interval: 1, count: 0, until: '', days: ['5'] }),
					place: '',
					from: '',
					to: ''
				})
		);
	});
});
