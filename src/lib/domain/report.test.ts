import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport, type ComplianceReport } from './report';
import { evaluate } from './evaluate';
import { upcoming } from './upcoming';
import { parseCaseFile } from './casefile';
import type { CaseFile } from './types';
import { at, caseBuilder, type RuleInput } from '../../../tests/unit/case-builder';
import { arbCaseFile, arbNow } from '../../../tests/unit/arbitraries';
import example from '../../../docs/examples/almaty-suspended-sentence.json';

const HEAD = 'ab'.repeat(32);
const demo = parseCaseFile(example);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

// Second Monday of each month from June 2026, office 09:00–18:00 (Almaty, UTC+5).
const monthly = { kind: 'reporting', rrule: 'FREQ=MONTHLY;BYDAY=2MO', start: '2026-06-08', window: { from: '09:00', to: '18:00' } } as const satisfies RuleInput;

describe('the report of the demo case', () => {
	const report = buildReport(demo, at('2026-12-15T12:00:00+05:00'), HEAD);

	it('has the case, the moment, the level and the chain head as given', () => {
		expect(report.at).toEqual(at('2026-12-15T12:00:00+05:00'));
		expect(report.case).toBe(demo.case);
		expect(report.level).toBe(evaluate(demo, report.at).level);
		expect(report.chainHead).toBe(HEAD);
		expect(report.entries).toBe(demo.checkIns.length);
	});

	it('lists every condition with its period and the dashboard’s state, summary and alerts', () => {
		const status = evaluate(demo, report.at);
		expect(report.conditions.map((condition) => condition.rule.id)).toEqual(demo.rules.map((rule) => rule.id));
		report.conditions.forEach((condition, index) => {
			expect(condition.state).toBe(status.rules[index]!.state);
			expect(condition.summary).toEqual(status.rules[index]!.summary);
			expect(condition.alerts).toEqual(status.alerts.filter((alert) => alert.ruleId === condition.rule.id));
		});
		expect(report.conditions.find((condition) => condition.rule.id === 'rule-registration')).toMatchObject({ from: '2023-04-25', until: '2029-04-24', state: 'done' });
	});

	it('lists each reporting day up to now with what met it, the excuse, or "missed"', () => {
		const [reporting] = report.reporting;
		expect(reporting!.rule.id).toBe('rule-reporting');
		expect(reporting!.occurrences.map((o) => [o.date, o.outcome, o.metBy?.id, ids(o.excuses)])).toEqual([
			['2026-06-08', 'met', 'ci-2026-06-08-report', []],
			['2026-07-13', 'met', 'ci-2026-07-13-report', []],
			['2026-08-10', 'met', 'ci-2026-08-10-report', []],
			['2026-09-14', 'excused', undefined, ['ci-2026-09-11-excuse']],
			['2026-10-12', 'met', 'ci-2026-10-12-report', []],
			['2026-11-09', 'met', 'ci-2026-11-09-report', []],
			['2026-12-14', 'missed', undefined, []]
		]);
		expect(reporting!.occurrences[6]!.deadline).toEqual(at('2026-12-14T18:00:00+05:00'));
		// The rescheduled September visit (16 Sep) is on no reporting day: listed apart, not dropped.
		expect(ids(reporting!.unmatched)).toEqual(['ci-2026-09-16-report']);
		expect(reporting!.counts).toEqual({ met: 5, excused: 1, missed: 1, open: 0 });
	});

	it('applies payments to instalments in due order, naming the payments that covered each', () => {
		const damages = report.payments.find((payments) => payments.rule.id === 'rule-damages')!;
		const september = damages.instalments.find((instalment) => instalment.due === '2026-09-10')!;
		// The corrected amount counts, not the mistaken one.
		expect(september.paidBy.map((p) => [p.checkIn.id, p.amount])).toEqual([['ci-2026-09-10-damages-fix', 5000000]]);
		expect(september).toMatchObject({ balance: 0, status: 'paid', late: false });
		const december = damages.instalments.find((instalment) => instalment.due === '2026-12-10')!;
		expect(december).toMatchObject({ paidBy: [], balance: 5000000, status: 'overdue' });
		expect(damages.instalments.find((instalment) => instalment.due === '2027-01-10')).toMatchObject({ status: 'pending', balance: 5000000 });
		expect(damages).toMatchObject({ total: 60000000, paid: 25000000, overdue: 5000000, surplus: 0, notYet: [] });

		const fine = report.payments.find((payments) => payments.rule.id === 'rule-fine')!;
		expect(fine.instalments.map((i) => [i.due, i.status, i.balance]).slice(4, 7)).toEqual([
			['2026-10-25', 'paid', 0],
			['2026-11-25', 'overdue', 4000000],
			['2026-12-25', 'pending', 4000000]
		]);
		const status = evaluate(demo, report.at);
		for (const payments of report.payments) {
			const summary = status.rules.find((rule) => rule.ruleId === payments.rule.id)!.summary;
			expect(payments.overdue).toBe(summary.params.overdue);
		}
	});

	it('lists activities in effect with their alerts, trips with their permissions, and changes with their notices', () => {
		// The banned round table was withdrawn: it is only among the corrections.
		expect(report.activities.map((a) => [a.checkIn.id, a.date, a.alerts])).toEqual([['ci-2026-10-01-wedding', '2026-10-17', []]]);
		expect(report.trips).toHaveLength(1);
		expect(report.trips[0]).toMatchObject({ checkIn: { id: 'ci-2026-09-01-trip-astana' }, alerts: [], notices: [] });
		expect(ids(report.trips[0]!.permissions)).toEqual(['ci-2026-09-04-trip-permission']);
		expect(report.changes.map((c) => [c.checkIn.id, c.outcome, ids(c.notices), c.deadline])).toEqual([
			['ci-2026-08-03-phone', 'in-time', ['ci-2026-08-05-phone-notified'], at('2026-08-13T23:59:59.999+05:00')]
		]);
	});

	it('shows both sides of each correction, and marks a withdrawal', () => {
		expect(report.corrections.map((c) => [c.original.id, c.correction.id, c.withdrawn])).toEqual([
			['ci-2026-09-10-damages', 'ci-2026-09-10-damages-fix', false],
			['ci-2026-10-20-round-table', 'ci-2026-10-21-round-table-declined', true]
		]);
	});

	it('marks the backdated entries, with how late they were written', () => {
		expect(report.backdated.map((b) => [b.checkIn.id, b.lateByMs])).toEqual([
			['ci-2023-04-28-registration', at('2026-06-01T19:00:00+05:00').getTime() - at('2023-04-28T11:30:00+06:00').getTime()],
			// The court's clarification, asked and answered in 2023, entered when the case was set up.
			['ci-2023-09-05-clarification', 86_436_300_000],
			['ci-2023-10-02-clarification-answer', 86_436_600_000],
			['ci-2026-09-10-damages-fix', 7 * 3_600_000 + 55 * 60_000]
		]);
	});
});

describe('reporting days in the report', () => {
	function reportOf(build: (b: ReturnType<typeof caseBuilder>, ruleId: string) => void, now: string): ComplianceReport {
		const b = caseBuilder();
		const ruleId = b.rule(monthly);
		build(b, ruleId);
		return buildReport(b.build(), at(now), '');
	}

	it('lists today’s day as open until its deadline, and missed after it', () => {
		expect(reportOf(() => {}, '2026-06-08T12:00:00+05:00').reporting[0]!.occurrences.map((o) => o.outcome)).toEqual(['open']);
		expect(reportOf(() => {}, '2026-06-08T18:00:00.001+05:00').reporting[0]!.occurrences.map((o) => o.outcome)).toEqual(['missed']);
		// A day not yet begun is not listed.
		expect(reportOf(() => {}, '2026-06-07T23:59:59+05:00').reporting[0]!.occurrences).toEqual([]);
	});

	it('lists a late report under its day, which is still missed', () => {
		const report = reportOf((b, ruleId) => b.checkIn({ kind: 'report', ruleId, at: '2026-06-08T18:30:00+05:00' }), '2026-06-09T12:00:00+05:00');
		const [occurrence] = report.reporting[0]!.occurrences;
		expect(occurrence).toMatchObject({ outcome: 'missed', reports: [{ id: 'c1' }] });
		expect(occurrence!.metBy).toBeUndefined();
	});

	it('meets a day with its first report and lists the second too', () => {
		const report = reportOf((b, ruleId) => {
			b.checkIn({ kind: 'report', ruleId, at: '2026-06-08T10:00:00+05:00' });
			b.checkIn({ kind: 'report', ruleId, at: '2026-06-08T11:00:00+05:00' });
		}, '2026-06-09T12:00:00+05:00');
		expect(report.reporting[0]!.occurrences[0]).toMatchObject({ outcome: 'met', metBy: { id: 'c1' }, reports: [{ id: 'c1' }, { id: 'c2' }] });
	});

	it('lists apart an excuse for a day ahead, a report dated after now, and a superseded report nowhere but in corrections', () => {
		const report = reportOf((b, ruleId) => {
			b.checkIn({ kind: 'excuse', ruleId, for: '2026-07-13', at: '2026-06-09T09:00:00+05:00' });
			b.checkIn({ kind: 'report', ruleId, at: '2026-06-08T10:00:00+05:00', recordedAt: '2026-06-08T10:00:00+05:00' });
			b.checkIn({ kind: 'report', ruleId, at: '2026-06-08T10:05:00+05:00', recordedAt: '2026-06-08T10:10:00+05:00', supersedes: 'c2' });
			b.checkIn({ kind: 'report', ruleId, at: '2026-06-20T10:00:00+05:00', recordedAt: '2026-06-20T10:00:00+05:00' });
		}, '2026-06-10T12:00:00+05:00');
		const [reporting] = report.reporting;
		expect(reporting!.occurrences.map((o) => [o.date, o.outcome, ids(o.reports)])).toEqual([['2026-06-08', 'met', ['c3']]]);
		expect(ids(reporting!.unmatched)).toEqual(['c1', 'c4']);
		expect(report.corrections.map((c) => [c.original.id, c.correction.id, c.withdrawn])).toEqual([['c2', 'c3', false]]);
	});
});

describe('payments in the report', () => {
	function paymentsOf(amounts: [string, number][], now: string) {
		const b = caseBuilder();
		const ruleId = b.rule({ kind: 'payment', currency: 'KZT', schedule: [{ due: '2026-01-31', amount: 100 }, { due: '2026-02-28', amount: 100 }] });
		for (const [when, amount] of amounts) b.checkIn({ kind: 'payment', ruleId, amount, currency: 'KZT', at: when });
		return buildReport(b.build(), at(now), '').payments[0]!;
	}

	it('splits a payment over instalments, and says what is overdue (docs: 150 paid by 1 March)', () => {
		const payments = paymentsOf([['2026-01-20T10:00:00+05:00', 150]], '2026-03-01T12:00:00+05:00');
		expect(payments.instalments.map((i) => [i.due, i.paidBy.map((p) => [p.checkIn.id, p.amount]), i.balance, i.status])).toEqual([
			['2026-01-31', [['c1', 100]], 0, 'paid'],
			['2026-02-28', [['c1', 50]], 50, 'overdue']
		]);
		expect(payments.overdue).toBe(50);
	});

	it('marks an instalment paid after its due day as late, and keeps a surplus and a payment dated ahead apart', () => {
		const payments = paymentsOf(
			[
				['2026-02-05T10:00:00+05:00', 120],
				['2026-02-20T10:00:00+05:00', 100],
				['2026-03-20T10:00:00+05:00', 5]
			],
			'2026-03-01T12:00:00+05:00'
		);
		expect(payments.instalments.map((i) => [i.status, i.late, i.paidBy.map((p) => [p.checkIn.id, p.amount])])).toEqual([
			['paid', true, [['c1', 100]]],
			['paid', false, [['c1', 20], ['c2', 80]]]
		]);
		expect(payments).toMatchObject({ paid: 220, surplus: 20, overdue: 0, notYet: [{ id: 'c3' }] });
	});
});

describe('trips and changes in the report', () => {
	it('shows a trip’s decisions and the alert of a refusal; a change notified late, one missed and one pending', () => {
		const b = caseBuilder();
		b.rule({ kind: 'movement', area: 'Almaty', permission: 'required' });
		const notify = b.rule({ kind: 'notify-change', changes: ['residence', 'work'], withinDays: 3 });
		const trip = b.checkIn({ kind: 'trip', from: '2026-05-10', to: '2026-05-12', destination: 'Astana', outsideArea: true, at: '2026-05-01T10:00:00+05:00' });
		b.checkIn({ kind: 'permission', trip, granted: true, at: '2026-05-02T10:00:00+05:00' });
		b.checkIn({ kind: 'permission', trip, granted: false, at: '2026-05-03T10:00:00+05:00' });
		const late = b.checkIn({ kind: 'change', ruleId: notify, what: 'residence', on: '2026-05-01', at: '2026-05-01T12:00:00+05:00' });
		b.checkIn({ kind: 'notified', about: late, at: '2026-05-06T10:00:00+05:00' });
		b.checkIn({ kind: 'change', what: 'work', on: '2026-05-02', at: '2026-05-02T12:00:00+05:00' });
		b.checkIn({ kind: 'change', what: 'work', on: '2026-05-19', at: '2026-05-19T12:00:00+05:00' });
		b.checkIn({ kind: 'change', what: 'phone', on: '2026-05-19', at: '2026-05-19T13:00:00+05:00' });
		const report = buildReport(b.build(), at('2026-05-20T12:00:00+05:00'), '');

		expect(ids(report.trips[0]!.permissions)).toEqual(['c2', 'c3']);
		expect(report.trips[0]!.alerts.map((alert) => alert.code)).toEqual(['movement.refused']);
		expect(report.changes.map((c) => [c.checkIn.id, c.outcome])).toEqual([
			['c4', 'late'],
			['c6', 'missed'],
			['c7', 'pending'],
			['c8', 'not-required']
		]);
		expect(report.changes[0]!.deadline).toEqual(at('2026-05-04T23:59:59.999+05:00'));
		expect(report.changes[3]!.deadline).toBeUndefined();
	});
});

/**
 * Random check-ins rarely fall on a reporting day: add reports near the deadlines of some of the
 * file's reporting days (from a day and a half before to a few hours after: in time, late, or on
 * the day before) and excuses for others, so that met and excused days are drawn as often as missed.
 */
function withReportingDays(file: CaseFile): fc.Arbitrary<CaseFile> {
	const days = upcoming(file, new Date(-8.64e15), new Date(8.64e15)).filter((deadline) => deadline.label.code === 'reporting.label');
	if (days.length === 0) return fc.constant(file);
	const pick = fc.record({ day: fc.oneof(fc.nat(Math.min(days.length - 1, 20)), fc.nat(days.length - 1)), before: fc.integer({ min: -4 * 3_600_000, max: 36 * 3_600_000 }), excuse: fc.boolean() });
	return fc.array(pick, { maxLength: 40 }).map((picks) => {
		const added = picks.map(({ day, before, excuse }, index) => {
			const deadline = days[day]!;
			const when = new Date(deadline.at.getTime() - before).toISOString();
			const base = { id: `extra-${index}`, ruleId: deadline.ruleId, at: when, recordedAt: when };
			return excuse ? { ...base, kind: 'excuse' as const, for: deadline.label.params.date as string } : { ...base, kind: 'report' as const };
		});
		return parseCaseFile({ ...file, checkIns: [...file.checkIns, ...added] });
	});
}

describe('the report, for any case at any moment', () => {
	it('places every report and excuse in effect exactly once, and agrees with the engine', () => {
		fc.assert(
			fc.property(
				arbCaseFile()
					.chain(withReportingDays)
					.chain((file) => fc.tuple(fc.constant(file), arbNow(file))),
				([file, now]: [CaseFile, Date]) => {
					const report = buildReport(file, now, '');
					const status = evaluate(file, now);
					const superseded = new Set(file.checkIns.flatMap((checkIn) => (checkIn.supersedes !== undefined ? [checkIn.supersedes] : [])));
					const schedule = upcoming(file, new Date(-8.64e15), now);
					for (const reporting of report.reporting) {
						const ruleId = reporting.rule.id;
						const placed = [...reporting.occurrences.flatMap((o) => [...ids(o.reports), ...ids(o.excuses)]), ...ids(reporting.unmatched)];
						const expected = file.checkIns.filter((c) => c.ruleId === ruleId && (c.kind === 'report' || c.kind === 'excuse') && !superseded.has(c.id));
						expect(placed.sort()).toEqual(ids(expected).sort());
						// Missed days are exactly the dashboard's missed alerts.
						const missed = reporting.occurrences.filter((o) => o.outcome === 'missed').map((o) => `${ruleId}/${o.date}/missed`);
						expect(missed).toEqual(status.alerts.filter((a) => a.ruleId === ruleId && a.code === 'reporting.missed').map((a) => a.id).sort());
						// Every occurrence whose deadline has passed is one of the engine's, and no other.
						const passed = reporting.occurrences.filter((o) => o.deadline.getTime() <= now.getTime()).map((o) => `${ruleId}/${o.date}`);
						expect(passed).toEqual(schedule.filter((d) => d.ruleId === ruleId).map((d) => d.id));
						expect(Object.values(reporting.counts).reduce((a, b) => a + b, 0)).toBe(reporting.occurrences.length);
					}
					for (const payments of report.payments) {
						const summary = status.rules.find((rule) => rule.ruleId === payments.rule.id)!.summary;
						expect(payments.overdue).toBe(summary.params.overdue);
						expect(Math.min(payments.paid, payments.total)).toBe(summary.params.paid);
						const covered = payments.instalments.reduce((sum, i) => sum + i.paidBy.reduce((s, p) => s + p.amount, 0), 0);
						expect(covered + payments.surplus).toBe(payments.paid);
						for (const instalment of payments.instalments) expect(instalment.balance + instalment.paidBy.reduce((s, p) => s + p.amount, 0)).toBe(instalment.amount);
					}
					expect(report.corrections).toHaveLength(superseded.size);
				}
			),
			{ numRuns: 150 }
		);
	});
});
