import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { upcoming } from '../upcoming';
import { describeRule } from '../describe';
import type { MovementRule } from './movement';
import { alertSummary, at, caseBuilder, statusOf, t, type CheckInInput, type RuleInput } from '../../../../tests/unit/case-builder';

// A trip to Astana from Monday 10 June to 12 June 2024, recorded on 1 June (Almaty, UTC+5).
const tripToAstana = {
	kind: 'trip',
	at: '2024-06-01T10:00:00+05:00',
	from: '2024-06-10',
	to: '2024-06-12',
	destination: 'Astana',
	outsideArea: true
} as const satisfies CheckInInput;
const DEPARTURE = '2024-06-10T00:00:00+05:00';

const required = { kind: 'movement', area: 'Almaty', permission: 'required' } as const satisfies RuleInput;
const notice = { kind: 'movement', area: 'Almaty', permission: 'notice', noticeDays: 3 } as const satisfies RuleInput;
const forbidden = { kind: 'movement', area: 'Kazakhstan', permission: 'forbidden' } as const satisfies RuleInput;

/** A case with one movement rule, the trip (c1) and the given check-ins after it. */
function withTrip(rule: RuleInput, ...checkIns: CheckInInput[]) {
	const b = caseBuilder();
	b.rule(rule);
	b.checkIn(tripToAstana);
	for (const checkIn of checkIns) b.checkIn(checkIn);
	return b.build();
}
const permission = (when: string, granted: boolean): CheckInInput => ({ kind: 'permission', at: when, trip: 'c1', granted });
const notified = (when: string): CheckInInput => ({ kind: 'notified', at: when, about: 'c1' });

describe('movement: permission required', () => {
	it('is in order with a permission granted before the trip', () => {
		const status = evaluate(withTrip(required, permission('2024-06-05T15:00:00+05:00', true)), at('2024-06-11T10:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1')).toEqual({
			ruleId: 'r1',
			state: 'ok',
			summary: { code: 'movement.summary.required', params: { area: 'Almaty', noticeDays: 0, trips: 1 } }
		});
	});

	it('without a permission reminds before the trip, then is critical once the trip starts', () => {
		const file = withTrip(required);
		expect(evaluate(file, at('2024-06-06T23:59:59.998+05:00')).alerts).toEqual([]);
		const p3d = evaluate(file, at('2024-06-06T23:59:59.999+05:00'));
		expect(p3d.alerts).toEqual([
			{
				id: 'r1/c1/remind-P3D',
				ruleId: 'r1',
				severity: 'info',
				at: at('2024-06-09T23:59:59.999+05:00'),
				code: 'movement.permission.due',
				params: { checkInId: 'c1', date: '2024-06-10', until: '2024-06-12' }
			}
		]);
		expect(statusOf(p3d, 'r1')).toMatchObject({
			state: 'due-soon',
			next: { at: at('2024-06-09T23:59:59.999+05:00'), label: { code: 'movement.label.required', params: { date: '2024-06-10', checkInId: 'c1' } } }
		});
		expect(alertSummary(evaluate(file, at('2024-06-09T08:00:00+05:00')))).toEqual([['warning', 'r1/c1/remind-P1D', 'movement.permission.due']]);
		const started = evaluate(file, at(DEPARTURE));
		expect(alertSummary(started)).toEqual([['critical', 'r1/c1/missed', 'movement.permission.missed']]);
		expect(statusOf(started, 'r1').state).toBe('breach-risk');
		expect(started.level).toBe('at-risk');
	});

	it('with noticeDays makes the ask-by deadline the end of the day that many days before departure', () => {
		const file = withTrip({ ...required, noticeDays: 3 });
		expect(statusOf(evaluate(file, at('2024-06-01T12:00:00+05:00')), 'r1').next?.at).toEqual(at('2024-06-07T23:59:59.999+05:00'));
		expect(alertSummary(evaluate(file, at('2024-06-08T00:00:00+05:00')))).toEqual([['critical', 'r1/c1/missed', 'movement.permission.missed']]);
	});

	it('is in order when the grant, though after the ask-by day, came before the trip started', () => {
		const file = withTrip({ ...required, noticeDays: 3 }, permission('2024-06-09T12:00:00+05:00', true));
		expect(alertSummary(evaluate(file, at('2024-06-08T12:00:00+05:00')))).toEqual([['critical', 'r1/c1/missed', 'movement.permission.missed']]);
		expect(evaluate(file, at('2024-06-11T12:00:00+05:00')).alerts).toEqual([]);
	});

	it('stays critical when the permission was granted only after the trip started', () => {
		const file = withTrip(required, permission('2024-06-10T09:00:00+05:00', true));
		expect(alertSummary(evaluate(file, at('2024-06-11T10:00:00+05:00')))).toEqual([['critical', 'r1/c1/missed', 'movement.permission.missed']]);
	});

	it('with a refusal is a warning while the trip is ahead and critical once it starts', () => {
		const file = withTrip(required, permission('2024-06-05T15:00:00+05:00', false));
		const ahead = evaluate(file, at('2024-06-09T23:59:59.999+05:00'));
		expect(ahead.alerts).toEqual([
			{
				id: 'r1/c1/refused-planned',
				ruleId: 'r1',
				severity: 'warning',
				at: at(DEPARTURE),
				code: 'movement.refusedPlanned',
				params: { checkInId: 'c1', date: '2024-06-10', until: '2024-06-12' }
			}
		]);
		expect(statusOf(ahead, 'r1').state).toBe('breach-risk');
		expect(alertSummary(evaluate(file, at(DEPARTURE)))).toEqual([['critical', 'r1/c1/refused', 'movement.refused']]);
	});

	it('follows the latest decision before departure: a refusal later reversed is a grant', () => {
		const file = withTrip(required, permission('2024-06-04T15:00:00+05:00', false), permission('2024-06-07T15:00:00+05:00', true));
		expect(alertSummary(evaluate(file, at('2024-06-05T12:00:00+05:00')))).toEqual([['warning', 'r1/c1/refused-planned', 'movement.refusedPlanned']]);
		expect(evaluate(file, at('2024-06-11T12:00:00+05:00')).alerts).toEqual([]);
	});

	it('ignores trips inside the area', () => {
		const b = caseBuilder();
		b.rule(required);
		b.checkIn({ ...tripToAstana, destination: 'Kaskelen', outsideArea: false });
		const status = evaluate(b.build(), at('2024-06-11T10:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').summary.params).toMatchObject({ trips: 0 });
	});

	it('ignores trips recorded for another movement rule and trips outside its period', () => {
		const b = caseBuilder();
		b.rule({ ...required, until: '2024-06-30' });
		const other = b.rule({ ...notice, area: 'Kazakhstan' });
		b.checkIn({ ...tripToAstana, ruleId: other });
		b.checkIn({ ...tripToAstana, from: '2024-07-01', to: '2024-07-03' });
		const status = evaluate(b.build(), at('2024-07-02T10:00:00+05:00'));
		expect(status.alerts.filter((a) => a.ruleId === 'r1')).toEqual([]);
		// The trip naming no rule is r2's as well: every rule judges it in its own period.
		expect(status.alerts.map((a) => a.id)).toEqual(['r2/c1/missed', 'r2/c2/missed']);
	});
});

describe('movement: notice', () => {
	it('is in order when notified by the end of the day noticeDays before departure', () => {
		const file = withTrip(notice, notified('2024-06-07T23:59:59.999+05:00'));
		const status = evaluate(file, at('2024-06-11T10:00:00+05:00'));
		expect(status.alerts).toEqual([]);
		expect(statusOf(status, 'r1').summary).toEqual({ code: 'movement.summary.notice', params: { area: 'Almaty', noticeDays: 3, trips: 1 } });
	});

	it('is critical when notified one day later, and the late notice does not undo it', () => {
		const file = withTrip(notice, notified('2024-06-08T10:00:00+05:00'));
		for (const now of ['2024-06-08T00:00:00+05:00', '2024-06-08T11:00:00+05:00', '2024-06-20T11:00:00+05:00']) {
			const status = evaluate(file, at(now));
			expect(status.alerts).toEqual([
				{
					id: 'r1/c1/missed',
					ruleId: 'r1',
					severity: 'critical',
					at: at('2024-06-07T23:59:59.999+05:00'),
					code: 'movement.notice.missed',
					params: { checkInId: 'c1', date: '2024-06-10', until: '2024-06-12' }
				}
			]);
			expect(statusOf(status, 'r1').state).toBe('breach-risk');
		}
	});

	it('reminds before the notice deadline', () => {
		const file = withTrip(notice);
		expect(alertSummary(evaluate(file, at('2024-06-05T12:00:00+05:00')))).toEqual([['info', 'r1/c1/remind-P3D', 'movement.notice.due']]);
		expect(alertSummary(evaluate(file, at('2024-06-07T12:00:00+05:00')))).toEqual([['warning', 'r1/c1/remind-P1D', 'movement.notice.due']]);
	});

	it('without noticeDays is due by the trip’s start', () => {
		const noticeByStart = { kind: 'movement', area: 'Almaty', permission: 'notice' } as const satisfies RuleInput;
		const file = withTrip(noticeByStart, notified('2024-06-09T23:59:59.999+05:00'));
		expect(evaluate(file, at('2024-06-11T10:00:00+05:00')).alerts).toEqual([]);
		const late = withTrip(noticeByStart, notified('2024-06-10T08:00:00+05:00'));
		expect(alertSummary(evaluate(late, at('2024-06-11T10:00:00+05:00')))).toEqual([['critical', 'r1/c1/missed', 'movement.notice.missed']]);
	});
});

describe('movement: forbidden', () => {
	it('is a warning while a trip is ahead and critical once it has begun', () => {
		const file = withTrip(forbidden);
		const ahead = evaluate(file, at('2024-06-02T10:00:00+05:00'));
		expect(ahead.alerts).toEqual([
			{
				id: 'r1/c1/forbidden-planned',
				ruleId: 'r1',
				severity: 'warning',
				at: at(DEPARTURE),
				code: 'movement.forbiddenPlanned',
				params: { checkInId: 'c1', date: '2024-06-10', until: '2024-06-12' }
			}
		]);
		expect(statusOf(ahead, 'r1').state).toBe('breach-risk');
		expect(alertSummary(evaluate(file, at(DEPARTURE)))).toEqual([['critical', 'r1/c1/forbidden', 'movement.forbidden']]);
	});

	it('is not made right by a permission', () => {
		const file = withTrip(forbidden, permission('2024-06-05T15:00:00+05:00', true));
		expect(alertSummary(evaluate(file, at('2024-06-11T10:00:00+05:00')))).toEqual([['critical', 'r1/c1/forbidden', 'movement.forbidden']]);
	});
});

describe('movement: geofence', () => {
	// Almaty's centre with a 30 km radius. 0.3° of latitude is about 33 km.
	const fenced = { ...required, geofence: { lat: 43.238, lon: 76.945, radiusKm: 30 } } as const satisfies RuleInput;
	function withLocations(...locations: [when: string, lat: number, lon: number, accuracyM: number][]) {
		const b = caseBuilder();
		b.rule(fenced);
		for (const [when, lat, lon, accuracyM] of locations) b.checkIn({ kind: 'location', at: when, lat, lon, accuracyM });
		return b.build();
	}

	it('is in order with a location inside', () => {
		expect(evaluate(withLocations(['2024-06-05T12:00:00+05:00', 43.25, 76.95, 20]), at('2024-06-05T13:00:00+05:00')).alerts).toEqual([]);
	});

	it('is critical with a location clearly outside', () => {
		const status = evaluate(withLocations(['2024-06-05T12:00:00+05:00', 51.17, 71.43, 20]), at('2024-06-05T13:00:00+05:00'));
		expect(status.alerts).toEqual([
			{
				id: 'r1/c1/outside',
				ruleId: 'r1',
				severity: 'critical',
				at: at('2024-06-05T12:00:00+05:00'),
				code: 'movement.outside',
				params: { checkInId: 'c1', date: '2024-06-05' }
			}
		]);
		expect(statusOf(status, 'r1').state).toBe('breach-risk');
	});

	it('is a warning when the reading is outside but within its accuracy of the edge', () => {
		const uncertain = evaluate(withLocations(['2024-06-05T12:00:00+05:00', 43.538, 76.945, 5_000]), at('2024-06-05T13:00:00+05:00'));
		expect(alertSummary(uncertain)).toEqual([['warning', 'r1/c1/maybe-outside', 'movement.maybeOutside']]);
		expect(statusOf(uncertain, 'r1').state).toBe('breach-risk');
		const precise = evaluate(withLocations(['2024-06-05T12:00:00+05:00', 43.538, 76.945, 1_000]), at('2024-06-05T13:00:00+05:00'));
		expect(alertSummary(precise)).toEqual([['critical', 'r1/c1/outside', 'movement.outside']]);
	});

	it('accepts a location outside on the days of a permitted trip, and not after it', () => {
		const b = caseBuilder();
		b.rule(fenced);
		const trip = b.checkIn(tripToAstana);
		b.checkIn({ kind: 'permission', at: '2024-06-05T15:00:00+05:00', trip, granted: true });
		b.checkIn({ kind: 'location', at: '2024-06-11T12:00:00+05:00', lat: 51.17, lon: 71.43, accuracyM: 20 });
		b.checkIn({ kind: 'location', at: '2024-06-13T12:00:00+05:00', lat: 51.17, lon: 71.43, accuracyM: 20 });
		expect(alertSummary(evaluate(b.build(), at('2024-06-13T13:00:00+05:00')))).toEqual([['critical', 'r1/c4/outside', 'movement.outside']]);
	});

	it('does not accept a location outside during a trip that is not in order', () => {
		const b = caseBuilder();
		b.rule(fenced);
		b.checkIn(tripToAstana);
		b.checkIn({ kind: 'location', at: '2024-06-11T12:00:00+05:00', lat: 51.17, lon: 71.43, accuracyM: 20 });
		expect(alertSummary(evaluate(b.build(), at('2024-06-11T13:00:00+05:00')))).toEqual([
			['critical', 'r1/c1/missed', 'movement.permission.missed'],
			['critical', 'r1/c2/outside', 'movement.outside']
		]);
	});

	it('ignores locations outside the rule’s period', () => {
		const b = caseBuilder();
		b.rule({ ...fenced, until: '2024-06-04' });
		b.checkIn({ kind: 'location', at: '2024-06-05T00:10:00+05:00', lat: 51.17, lon: 71.43, accuracyM: 20 });
		expect(evaluate(b.build(), at('2024-06-05T13:00:00+05:00')).alerts).toEqual([]);
	});
});

describe('movement: schedule and describe', () => {
	it('lists each trip’s permission deadline in upcoming()', () => {
		const b = caseBuilder();
		b.rule({ ...required, noticeDays: 3 });
		b.checkIn(tripToAstana);
		b.checkIn({ ...tripToAstana, at: '2024-06-02T10:00:00+05:00', from: '2024-07-01', to: '2024-07-05', destination: 'Shymkent' });
		b.checkIn({ ...tripToAstana, from: '2024-06-20', to: '2024-06-20', destination: 'Kaskelen', outsideArea: false });
		expect(upcoming(b.build(), at('2024-06-01T00:00:00+05:00'), at('2024-12-31T00:00:00+05:00'))).toEqual([
			{ id: 'r1/c1', ruleId: 'r1', at: at('2024-06-07T23:59:59.999+05:00'), label: { code: 'movement.label.required', params: { date: '2024-06-10', checkInId: 'c1' } } },
			{ id: 'r1/c2', ruleId: 'r1', at: at('2024-06-28T23:59:59.999+05:00'), label: { code: 'movement.label.required', params: { date: '2024-07-01', checkInId: 'c2' } } }
		]);
	});

	it('lists notice deadlines, and nothing for a forbidden area', () => {
		const range = [at('2024-06-01T00:00:00+05:00'), at('2024-12-31T00:00:00+05:00')] as const;
		expect(upcoming(withTrip(notice), ...range).map((d) => [d.id, d.label.code])).toEqual([['r1/c1', 'movement.label.notice']]);
		expect(upcoming(withTrip(forbidden), ...range)).toEqual([]);
	});

	it('describes the area, the mode and the notice', () => {
		const rule: MovementRule = { id: 'r1', title: 'Stay in Almaty', ...notice };
		expect(describeRule(rule, t)).toBe('movement.describe.notice' + JSON.stringify({ title: 'Stay in Almaty', area: 'Almaty', noticeDays: 3 }));
	});
});
