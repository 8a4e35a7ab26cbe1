import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from './evaluate';
import { upcoming } from './upcoming';
import type { Alert, CaseStatus, Severity } from './types';
import { alertSummary, at, caseBuilder, statusOf, type RuleInput } from '../../../tests/unit/case-builder';

const tuesdays = { kind: 'reporting', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2024-06-04', window: { from: '09:00', to: '18:00' } } as const satisfies RuleInput;
const certificate = { kind: 'deadline', due: '2024-06-14', what: 'Hand in the work certificate' } as const satisfies RuleInput;
const fine = { kind: 'payment', currency: 'KZT', schedule: [{ due: '2024-06-12', amount: 10_000 }] } as const satisfies RuleInput;
const ban = { kind: 'activity-ban', categories: ['political'] } as const satisfies RuleInput;
const curfew = { kind: 'curfew', start: '22:00', end: '06:00' } as const satisfies RuleInput;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

function expectSorted(alerts: readonly Alert[]) {
	for (let i = 1; i < alerts.length; i++) {
		const [a, b] = [alerts[i - 1]!, alerts[i]!];
		const order = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.at.getTime() - b.at.getTime();
		expect(order, `${a.id} before ${b.id}`).toBeLessThanOrEqual(0);
	}
}

describe('evaluate: alert order', () => {
	// Rules deliberately listed in an order unrelated to their alerts' order.
	function mixedCase() {
		const b = caseBuilder();
		b.rule({ id: 'curfew', ...curfew });
		b.rule({ id: 'certificate', ...certificate });
		b.rule({ id: 'ban', ...ban });
		b.rule({ id: 'fine', ...fine });
		b.rule({ id: 'office', ...tuesdays });
		b.checkIn({ kind: 'activity', at: '2024-06-01T12:00:00+05:00', description: 'Round table', categories: ['political'], planned: '2024-06-20' });
		return b.build();
	}

	it('puts critical before warning before info, each by time', () => {
		const status = evaluate(mixedCase(), at('2024-06-12T21:30:00+05:00'));
		expect(status.alerts.map((a) => [a.severity, a.id, a.at.toISOString()])).toEqual([
			['critical', 'office/2024-06-04/missed', '2024-06-04T13:00:00.000Z'],
			['critical', 'office/2024-06-11/missed', '2024-06-11T13:00:00.000Z'],
			['warning', 'fine/2024-06-12/remind-P1D', '2024-06-12T18:59:59.999Z'],
			['warning', 'ban/c1/planned', '2024-06-19T19:00:00.000Z'],
			['info', 'curfew/2024-06-12/remind-PT1H', '2024-06-12T17:00:00.000Z'],
			['info', 'certificate/due/remind-P3D', '2024-06-14T18:59:59.999Z']
		]);
	});

	it('does not depend on the order of the rules in the file', () => {
		const file = mixedCase();
		const reversed = { ...file, rules: [...file.rules].reverse() };
		const now = at('2024-06-12T21:30:00+05:00');
		expect(evaluate(reversed, now).alerts).toEqual(evaluate(file, now).alerts);
	});

	it('breaks ties of severity and time by id', () => {
		const b = caseBuilder();
		b.rule({ id: 'b-office', ...tuesdays });
		b.rule({ id: 'a-office', ...tuesdays });
		expect(evaluate(b.build(), at('2024-06-05T12:00:00+05:00')).alerts.map((a) => a.id)).toEqual(['a-office/2024-06-04/missed', 'b-office/2024-06-04/missed']);
	});
});

describe('evaluate: level', () => {
	it('is ok with no rules at all, and reports the moment it was asked about', () => {
		const now = at('2024-06-12T21:30:00+05:00');
		expect(evaluate(caseBuilder().build(), now)).toEqual({ at: now, level: 'ok', rules: [], alerts: [] });
	});

	it('is ok when every rule is ok, even with an info reminder showing', () => {
		const b = caseBuilder();
		b.rule(curfew);
		const status = evaluate(b.build(), at('2024-06-12T21:30:00+05:00'));
		expect(status.alerts).toHaveLength(1);
		expect(status.level).toBe('ok');
	});

	it('is attention when a rule is due soon and none is at risk', () => {
		const b = caseBuilder();
		b.rule(curfew);
		b.rule(certificate);
		const status = evaluate(b.build(), at('2024-06-12T21:30:00+05:00'));
		expect(status.rules.map((r) => r.state)).toEqual(['ok', 'due-soon']);
		expect(status.level).toBe('attention');
	});

	it('is at-risk when any rule is at breach risk, whatever the others', () => {
		const b = caseBuilder();
		b.rule(certificate);
		b.rule(tuesdays);
		const status = evaluate(b.build(), at('2024-06-12T21:30:00+05:00'));
		expect(status.rules.map((r) => r.state)).toEqual(['due-soon', 'breach-risk']);
		expect(status.level).toBe('at-risk');
	});

	it('gives one status per rule, in the file’s order', () => {
		const b = caseBuilder();
		b.rule({ id: 'z', ...curfew });
		b.rule({ id: 'a', ...certificate });
		expect(evaluate(b.build(), at('2024-06-01T12:00:00+05:00')).rules.map((r) => r.ruleId)).toEqual(['z', 'a']);
	});
});

describe('evaluate: the rule’s period', () => {
	it('is inactive before its period and ended after it, by the case’s local days', () => {
		const b = caseBuilder();
		b.rule({ ...certificate, from: '2024-06-01', until: '2024-06-30' });
		b.checkIn({ kind: 'done', ruleId: 'r1', at: '2024-05-20T12:00:00+05:00' });
		const file = b.build();
		expect(statusOf(evaluate(file, at('2024-05-31T23:59:59.999+05:00')), 'r1').state).toBe('inactive');
		expect(statusOf(evaluate(file, at('2024-06-01T00:00:00+05:00')), 'r1').state).toBe('done');
		expect(statusOf(evaluate(file, at('2024-06-30T23:59:59.999+05:00')), 'r1').state).toBe('done');
		expect(statusOf(evaluate(file, at('2024-07-01T00:00:00+05:00')), 'r1').state).toBe('ended');
	});

	it('defaults to the sentence period', () => {
		const b = caseBuilder({ sentence: { from: '2023-04-25', until: '2024-04-24' } });
		b.rule(curfew);
		const file = b.build();
		expect(statusOf(evaluate(file, at('2023-04-24T12:00:00+06:00')), 'r1').state).toBe('inactive');
		expect(statusOf(evaluate(file, at('2023-04-25T12:00:00+06:00')), 'r1').state).toBe('ok');
		expect(statusOf(evaluate(file, at('2024-04-25T00:00:00+05:00')), 'r1').state).toBe('ended');
	});

	it('drops the next deadline of an ended rule and keeps it for an inactive one', () => {
		const b = caseBuilder();
		b.rule({ ...tuesdays, from: '2024-06-01', until: '2024-06-10' });
		b.checkIn({ kind: 'report', ruleId: 'r1', at: '2024-06-04T10:00:00+05:00' });
		const file = b.build();
		expect(statusOf(evaluate(file, at('2024-05-01T12:00:00+05:00')), 'r1')).toMatchObject({ state: 'inactive', next: { at: at('2024-06-04T18:00:00+05:00') } });
		expect(statusOf(evaluate(file, at('2024-06-20T12:00:00+05:00')), 'r1')).not.toHaveProperty('next');
	});

	it('does not hide a breach risk as ended, nor a due-soon rule as inactive', () => {
		const b = caseBuilder();
		b.rule({ ...tuesdays, from: '2024-06-04', until: '2024-06-10' });
		const file = b.build();
		expect(statusOf(evaluate(file, at('2024-06-02T12:00:00+05:00')), 'r1').state).toBe('due-soon');
		expect(statusOf(evaluate(file, at('2024-07-20T12:00:00+05:00')), 'r1').state).toBe('breach-risk');
	});
});

describe('evaluate: which check-ins count', () => {
	it('ignores check-ins that happen after `now`', () => {
		const b = caseBuilder();
		b.rule(certificate);
		b.rule(ban);
		b.checkIn({ kind: 'done', ruleId: 'r1', at: '2024-06-13T10:00:00+05:00' });
		b.checkIn({ kind: 'activity', at: '2024-06-13T10:00:00+05:00', description: 'Rally', categories: ['political'] });
		const file = b.build();
		const before = evaluate(file, at('2024-06-13T09:59:59.999+05:00'));
		expect(before.rules.map((r) => r.state)).toEqual(['due-soon', 'ok']);
		const after = evaluate(file, at('2024-06-13T10:00:00+05:00'));
		expect(after.rules.map((r) => r.state)).toEqual(['done', 'breach-risk']);
	});

	it('ignores a check-in superseded by a correction', () => {
		const b = caseBuilder();
		b.rule({ ...fine, schedule: [{ due: '2024-06-12', amount: 10_000 }] });
		const wrong = b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-05T10:00:00+05:00', amount: 10_000, currency: 'KZT' });
		b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-05T10:00:00+05:00', recordedAt: '2024-06-06T09:00:00+05:00', amount: 1_000, currency: 'KZT', supersedes: wrong });
		const status = evaluate(b.build(), at('2024-06-13T10:00:00+05:00'));
		expect(statusOf(status, 'r1').summary.params).toMatchObject({ paid: 1_000, overdue: 9_000 });
	});

	it('counts only the last check-in of a chain of corrections', () => {
		const b = caseBuilder();
		b.rule(fine);
		const first = b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-05T10:00:00+05:00', amount: 10_000, currency: 'KZT' });
		const second = b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-05T10:00:00+05:00', recordedAt: '2024-06-06T09:00:00+05:00', amount: 3_000, currency: 'KZT', supersedes: first });
		b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-05T10:00:00+05:00', recordedAt: '2024-06-07T09:00:00+05:00', amount: 7_000, currency: 'KZT', supersedes: second });
		const status = evaluate(b.build(), at('2024-06-13T10:00:00+05:00'));
		expect(statusOf(status, 'r1').summary.params).toMatchObject({ paid: 7_000, overdue: 3_000 });
	});

	it('reads a correction as what really happened, also at moments before it was recorded', () => {
		const b = caseBuilder();
		b.rule(fine);
		const paid = b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-05T10:00:00+05:00', amount: 10_000, currency: 'KZT' });
		// Recorded on 20 June: the payment really went through on the 15th, after it was due.
		b.checkIn({ kind: 'payment', ruleId: 'r1', at: '2024-06-15T10:00:00+05:00', recordedAt: '2024-06-20T09:00:00+05:00', amount: 10_000, currency: 'KZT', supersedes: paid });
		const file = b.build();
		expect(alertSummary(evaluate(file, at('2024-06-13T10:00:00+05:00')))).toEqual([['critical', 'r1/2024-06-12/missed', 'payment.missed']]);
		expect(statusOf(evaluate(file, at('2024-06-16T10:00:00+05:00')), 'r1').state).toBe('done');
	});

	it('lets a correction withdraw a report that was never made', () => {
		const b = caseBuilder();
		b.rule(tuesdays);
		const report = b.checkIn({ kind: 'report', ruleId: 'r1', at: '2024-06-04T10:00:00+05:00' });
		b.checkIn({ kind: 'note', at: '2024-06-04T10:00:00+05:00', recordedAt: '2024-06-05T08:00:00+05:00', note: 'Recorded by mistake', supersedes: report });
		expect(alertSummary(evaluate(b.build(), at('2024-06-05T12:00:00+05:00')))).toEqual([['critical', 'r1/2024-06-04/missed', 'reporting.missed']]);
	});
});

describe('evaluate: alert ids', () => {
	it('keeps the same id for the same deadline and stage at different moments', () => {
		const b = caseBuilder();
		b.rule(tuesdays);
		b.rule(fine);
		const file = b.build();
		const ids = (now: string) => evaluate(file, at(now)).alerts.map((a) => a.id);
		expect(ids('2024-06-01T18:00:00+05:00')).toEqual(['r1/2024-06-04/remind-P3D']);
		expect(ids('2024-06-02T09:00:00+05:00')).toEqual(['r1/2024-06-04/remind-P3D']);
		expect(ids('2024-06-13T09:00:00+05:00')).toEqual(['r1/2024-06-04/missed', 'r1/2024-06-11/missed', 'r2/2024-06-12/missed']);
		expect(ids('2024-07-01T09:00:00+05:00').filter((id) => id.startsWith('r2/'))).toEqual(['r2/2024-06-12/missed']);
	});

	// A case with something of every kind, evaluated at random moments through a summer.
	function busyCase() {
		const b = caseBuilder();
		b.rule({ id: 'office', ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU,FR' });
		b.rule({ id: 'fine', kind: 'payment', currency: 'KZT', schedule: [{ due: '2024-06-12', amount: 10_000 }, { due: '2024-07-12', amount: 10_000 }] });
		b.rule({ id: 'certificate', ...certificate });
		b.rule({ id: 'ban', kind: 'activity-ban', categories: ['political', 'social-media'] });
		b.rule({ id: 'city', kind: 'movement', area: 'Almaty', permission: 'notice', noticeDays: 3, geofence: { lat: 43.238, lon: 76.945, radiusKm: 30 } });
		b.rule({ id: 'night', kind: 'curfew', start: '22:00', end: '06:00', home: { lat: 43.238, lon: 76.945, radiusKm: 0.2 } });
		b.rule({ id: 'tell', kind: 'notify-change', changes: ['residence', 'work'], withinDays: 3 });
		b.checkIn({ kind: 'report', ruleId: 'office', at: '2024-06-07T10:00:00+05:00' });
		b.checkIn({ kind: 'payment', ruleId: 'fine', at: '2024-06-20T10:00:00+05:00', amount: 5_000, currency: 'KZT' });
		b.checkIn({ kind: 'activity', at: '2024-06-08T20:00:00+05:00', description: 'Post', categories: ['social-media'] });
		b.checkIn({ kind: 'activity', at: '2024-06-09T20:00:00+05:00', description: 'Round table', categories: ['political'], planned: '2024-07-01' });
		const trip = b.checkIn({ kind: 'trip', at: '2024-06-10T10:00:00+05:00', from: '2024-06-20', to: '2024-06-22', destination: 'Astana', outsideArea: true });
		b.checkIn({ kind: 'notified', at: '2024-06-18T10:00:00+05:00', about: trip });
		b.checkIn({ kind: 'location', at: '2024-06-21T23:30:00+05:00', lat: 51.17, lon: 71.43, accuracyM: 20 });
		b.checkIn({ kind: 'change', at: '2024-06-25T10:00:00+05:00', what: 'work', on: '2024-06-25' });
		return b.build();
	}
	const file = busyCase();
	const moment = fc.date({ min: new Date('2024-05-25T00:00:00+05:00'), max: new Date('2024-07-20T00:00:00+05:00'), noInvalidDate: true });

	it('gives unique ids, sorted alerts and a level that follows the rule states, at any moment', () => {
		fc.assert(
			fc.property(moment, (now) => {
				const status: CaseStatus = evaluate(file, now);
				const ids = status.alerts.map((a) => a.id);
				expect(new Set(ids).size).toBe(ids.length);
				expectSorted(status.alerts);
				const states = status.rules.map((r) => r.state);
				expect(status.level).toBe(states.includes('breach-risk') ? 'at-risk' : states.includes('due-soon') ? 'attention' : 'ok');
			}),
			{ numRuns: 150 }
		);
	});

	it('means the same deadline, stage, severity and code by the same id at any two moments', () => {
		fc.assert(
			fc.property(moment, moment, (a, b) => {
				const later = new Map(evaluate(file, b).alerts.map((alert) => [alert.id, alert]));
				for (const alert of evaluate(file, a).alerts) {
					const same = later.get(alert.id);
					if (same) expect([same.severity, same.code, same.at, same.ruleId]).toEqual([alert.severity, alert.code, alert.at, alert.ruleId]);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('finds something to say in that case (the properties above are not vacuous)', () => {
		const status = evaluate(file, at('2024-06-22T21:30:00+05:00'));
		expect(new Set(status.alerts.map((a) => a.severity))).toEqual(new Set(['critical', 'warning', 'info']));
	});

	it('is pure: the same file and moment give the same answer, and the file is left as it was', () => {
		const copy = structuredClone(file);
		const now = at('2024-06-22T10:00:00+05:00');
		expect(evaluate(file, now)).toEqual(evaluate(file, now));
		expect(file).toEqual(copy);
	});

	it('refuses an invalid moment', () => {
		expect(() => evaluate(file, new Date(Number.NaN))).toThrow(RangeError);
	});
});

describe('upcoming', () => {
	it('merges every rule’s deadlines in the range, met or not, by time', () => {
		const b = caseBuilder();
		b.rule({ id: 'office', ...tuesdays });
		b.rule({ id: 'certificate', ...certificate });
		b.rule({ id: 'fine', ...fine });
		b.checkIn({ kind: 'report', ruleId: 'office', at: '2024-06-04T10:00:00+05:00' });
		b.checkIn({ kind: 'payment', ruleId: 'fine', at: '2024-06-01T10:00:00+05:00', amount: 10_000, currency: 'KZT' });
		const deadlines = upcoming(b.build(), at('2024-06-04T18:00:00+05:00'), at('2024-06-18T18:00:00+05:00'));
		expect(deadlines.map((d) => [d.id, d.at.toISOString()])).toEqual([
			['office/2024-06-04', '2024-06-04T13:00:00.000Z'],
			['office/2024-06-11', '2024-06-11T13:00:00.000Z'],
			['fine/2024-06-12', '2024-06-12T18:59:59.999Z'],
			['certificate/due', '2024-06-14T18:59:59.999Z'],
			['office/2024-06-18', '2024-06-18T13:00:00.000Z']
		]);
	});

	it('refuses invalid bounds', () => {
		const file = caseBuilder().build();
		expect(() => upcoming(file, new Date(Number.NaN), at('2024-06-01T00:00:00Z'))).toThrow(RangeError);
		expect(() => upcoming(file, at('2024-06-01T00:00:00Z'), new Date('nonsense'))).toThrow(RangeError);
	});
});

describe('evaluate: the case’s reminder lead times', () => {
	function withCaseRemind(remind: string[] | undefined, ruleRemind?: string[]) {
		const b = caseBuilder(remind ? { remind } : {});
		b.rule({ id: 'certificate', ...certificate, ...(ruleRemind ? { remind: ruleRemind } : {}) });
		b.rule({ id: 'curfew', ...curfew });
		return b.build();
	}

	it('replace the kind’s defaults for rules that set none', () => {
		const status = evaluate(withCaseRemind(['P7D']), at('2024-06-08T12:00:00+05:00'));
		expect(alertSummary(status)).toEqual([['warning', 'certificate/due/remind-P7D', 'deadline.due']]);
		expect(alertSummary(evaluate(withCaseRemind(undefined), at('2024-06-08T12:00:00+05:00')))).toEqual([]);
	});

	it('give way to a rule’s own lead times', () => {
		expect(alertSummary(evaluate(withCaseRemind(['P7D'], ['P1D']), at('2024-06-08T12:00:00+05:00')))).toEqual([]);
	});

	it('leave a curfew’s nightly reminder alone', () => {
		const status = evaluate(withCaseRemind(['P7D']), at('2024-06-01T21:30:00+05:00'));
		expect(status.alerts.filter((alert) => alert.ruleId === 'curfew').map((alert) => alert.id)).toEqual(['curfew/2024-06-01/remind-PT1H']);
	});
});
