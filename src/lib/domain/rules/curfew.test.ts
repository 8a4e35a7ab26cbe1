import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { CurfewRule } from './curfew';
import { alertSummary, at, caseBuilder, statusOf, t, type RuleInput } from '../../../../tests/unit/case-builder';

// Home is a 200 m circle; OUT is about 2.4 km away.
const HOME = { lat: 43.238, lon: 76.945, radiusKm: 0.2 };
const OUT = { lat: 43.26, lon: 76.95 };
const nightly = { kind: 'curfew', start: '22:00', end: '06:00', home: HOME } as const satisfies RuleInput;

type Location = [when: string, place: { lat: number; lon: number }, accuracyM?: number];

function withLocations(rule: RuleInput, ...locations: Location[]) {
	const b = caseBuilder();
	b.rule(rule);
	for (const [when, place, accuracyM = 20] of locations) b.checkIn({ kind: 'location', at: when, ...place, accuracyM });
	return b.build();
}

/** Breach alerts only (the nightly reminder comes and goes with `now`). */
function breaches(rule: RuleInput, now: string, ...locations: Location[]) {
	return evaluate(withLocations(rule, ...locations), at(now)).alerts.filter((a) => a.code !== 'curfew.due');
}

describe('curfew: a window across midnight', () => {
	it('is critical for a location outside home at 23:00', () => {
		const status = evaluate(withLocations(nightly, ['2024-06-10T23:00:00+05:00', OUT]), at('2024-06-10T23:05:00+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/c1/outside',
				ruleId: 'r1',
				severity: 'critical',
				at: at('2024-06-10T23:00:00+05:00'),
				code: 'curfew.outside',
				params: { checkInId: 'c1', date: '2024-06-10', start: '22:00', end: '06:00' }
			}
		]);
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'breach-risk', summary: { code: 'curfew.summary.now' } });
		expect(status.level).toBe('at-risk');
	});

	it('is critical at 05:30 the next morning, dated by the night the window started', () => {
		const alerts = breaches(nightly, '2024-06-11T07:00:00+05:00', ['2024-06-11T05:30:00+05:00', OUT]);
		expect(alerts.map((a) => [a.id, a.params.date])).toEqual([['r1/c1/outside', '2024-06-10']]);
	});

	it('says nothing about a location outside at 06:30 or 21:30', () => {
		expect(breaches(nightly, '2024-06-11T23:00:00+05:00', ['2024-06-11T06:30:00+05:00', OUT], ['2024-06-11T21:30:00+05:00', OUT])).toEqual([]);
	});

	it('includes the start and excludes the end of the window', () => {
		const alerts = breaches(nightly, '2024-06-11T07:00:00+05:00', ['2024-06-10T22:00:00+05:00', OUT], ['2024-06-11T06:00:00+05:00', OUT]);
		expect(alerts.map((a) => a.id)).toEqual(['r1/c1/outside']);
	});

	it('says nothing about a location at home', () => {
		expect(breaches(nightly, '2024-06-10T23:05:00+05:00', ['2024-06-10T23:00:00+05:00', { lat: 43.2385, lon: 76.9452 }])).toEqual([]);
	});

	it('is a warning when the reading is outside home but within its accuracy', () => {
		const status = evaluate(withLocations(nightly, ['2024-06-10T23:00:00+05:00', OUT, 3_000]), at('2024-06-10T23:05:00+05:00'));
		expect(alertSummary(status)).toEqual([['warning', 'r1/c1/maybe-outside', 'curfew.maybeOutside']]);
		expect(statusOf(status, 'r1').state).toBe('breach-risk');
	});

	it('checks nothing without a home geofence', () => {
		const { home: _, ...noHome } = nightly;
		const status = evaluate(withLocations(noHome, ['2024-06-10T23:00:00+05:00', OUT]), at('2024-06-10T23:05:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').state).toBe('ok');
	});

	it('checks nothing outside its own period', () => {
		expect(breaches({ ...nightly, from: '2024-06-11' }, '2024-06-11T07:00:00+05:00', ['2024-06-11T05:30:00+05:00', OUT])).toEqual([]);
	});
});

describe('curfew: on given days', () => {
	// 2024-06-07 is a Friday: the Friday window runs into Saturday morning.
	const fridays = { ...nightly, days: ['FR'] } as const satisfies RuleInput;

	it('covers Friday night and Saturday morning', () => {
		const alerts = breaches(fridays, '2024-06-08T12:00:00+05:00', ['2024-06-07T23:00:00+05:00', OUT], ['2024-06-08T05:00:00+05:00', OUT]);
		expect(alerts.map((a) => [a.id, a.params.date])).toEqual([
			['r1/c1/outside', '2024-06-07'],
			['r1/c2/outside', '2024-06-07']
		]);
	});

	it('does not cover Thursday night, Friday morning or Saturday night', () => {
		const alerts = breaches(
			fridays,
			'2024-06-09T12:00:00+05:00',
			['2024-06-06T23:00:00+05:00', OUT],
			['2024-06-07T05:00:00+05:00', OUT],
			['2024-06-08T23:00:00+05:00', OUT],
			['2024-06-09T05:00:00+05:00', OUT]
		);
		expect(alerts).toEqual([]);
	});

	it('gives the next Friday’s start as next', () => {
		const status = statusOf(evaluate(withLocations(fridays), at('2024-06-08T12:00:00+05:00')), 'r1');
		expect(status.next).toEqual({ at: at('2024-06-14T22:00:00+05:00'), label: { code: 'curfew.label', params: { date: '2024-06-14', start: '22:00', end: '06:00' } } });
	});
});

describe('curfew: a period that starts later', () => {
	it('gives the first night of its period as next, however far ahead', () => {
		const status = evaluate(withLocations({ ...nightly, from: '2024-09-01' }), at('2024-06-10T12:00:00+05:00'));
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'inactive', next: { at: at('2024-09-01T22:00:00+05:00') } });
	});
});

describe('curfew: reminder', () => {
	const file = withLocations(nightly);

	it('reminds an hour before the start as info, without making the rule due soon', () => {
		expect(evaluate(file, at('2024-06-10T20:59:59.999+05:00')).alerts).toEqual([]);
		const status = evaluate(file, at('2024-06-10T21:00:00+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/2024-06-10/remind-PT1H',
				ruleId: 'r1',
				severity: 'info',
				at: at('2024-06-10T22:00:00+05:00'),
				code: 'curfew.due',
				params: { date: '2024-06-10', start: '22:00', end: '06:00' }
			}
		]);
		expect(statusOf(status, 'r1')).toMatchObject({ state: 'ok', summary: { code: 'curfew.summary', params: { start: '22:00', end: '06:00', days: [] } } });
		expect(status.level).toBe('ok');
	});

	it('keeps every reminder at info when the rule sets several', () => {
		const twice = withLocations({ ...nightly, remind: ['PT2H', 'PT30M'] });
		expect(alertSummary(evaluate(twice, at('2024-06-10T20:30:00+05:00')))).toEqual([['info', 'r1/2024-06-10/remind-PT2H', 'curfew.due']]);
		expect(alertSummary(evaluate(twice, at('2024-06-10T21:45:00+05:00')))).toEqual([['info', 'r1/2024-06-10/remind-PT30M', 'curfew.due']]);
	});

	it('points to the next night once tonight’s window has begun', () => {
		const status = statusOf(evaluate(file, at('2024-06-10T23:00:00+05:00')), 'r1');
		expect(status.next?.at).toEqual(at('2024-06-11T22:00:00+05:00'));
		expect(status.summary.code).toBe('curfew.summary.now');
	});
});

describe('curfew: upcoming starts', () => {
	it('lists each night’s start in local time', () => {
		const file = withLocations(nightly);
		expect(upcoming(file, at('2024-06-10T00:00:00+05:00'), at('2024-06-13T00:00:00+05:00'))).toEqual(
			['2024-06-10', '2024-06-11', '2024-06-12'].map((date) => ({
				id: `r1/${date}`,
				ruleId: 'r1',
				at: at(`${date}T22:00:00+05:00`),
				label: { code: 'curfew.label', params: { date, start: '22:00', end: '06:00' } }
			}))
		);
	});

	it('keeps 22:00 local across the spring change in America/New_York', () => {
		const b = caseBuilder({ timeZone: 'America/New_York' });
		b.rule(nightly);
		const starts = upcoming(b.build(), at('2024-03-09T00:00:00-05:00'), at('2024-03-11T23:00:00-04:00')).map((d) => d.at.toISOString());
		expect(starts).toEqual(['2024-03-10T03:00:00.000Z', '2024-03-11T02:00:00.000Z', '2024-03-12T02:00:00.000Z']);
	});

	it('starts a window whose start falls in the spring-forward gap when the clock resumes', () => {
		const b = caseBuilder({ timeZone: 'America/New_York' });
		b.rule({ kind: 'curfew', start: '02:00', end: '05:00', home: HOME });
		b.checkIn({ kind: 'location', at: '2024-03-10T03:15:00-04:00', ...OUT, accuracyM: 20 });
		const file = b.build();
		const starts = upcoming(file, at('2024-03-10T00:00:00-05:00'), at('2024-03-10T23:00:00-04:00')).map((d) => d.at);
		expect(starts).toEqual([at('2024-03-10T03:00:00-04:00')]);
		expect(alertSummary(evaluate(file, at('2024-03-10T04:00:00-04:00')))).toEqual([['critical', 'r1/c1/outside', 'curfew.outside']]);
	});
});

describe('curfew: describe', () => {
	it('describes the window every night', () => {
		const rule: CurfewRule = { id: 'r1', title: 'Curfew', ...nightly };
		expect(describeRule(rule, t)).toBe('curfew.describe' + JSON.stringify({ title: 'Curfew', start: '22:00', end: '06:00', days: [] }));
	});

	it('names the days when the curfew has some', () => {
		const rule: CurfewRule = { id: 'r1', title: 'Weekend', kind: 'curfew', start: '23:00', end: '07:00', days: ['FR', 'SA'] };
		expect(describeRule(rule, t)).toBe('curfew.describe.days' + JSON.stringify({ title: 'Weekend', start: '23:00', end: '07:00', days: ['weekday.FR{}', 'weekday.SA{}'] }));
	});
});
