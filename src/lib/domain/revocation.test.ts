import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from './evaluate';
import { addMonths } from './revocation';
import { formatLocalDate, parseLocalDate } from './time';
import { CaseFileError } from './issues';
import { caseBuilder, type CheckInInput } from '../../../tests/unit/case-builder';
import type { CaseInfo } from './types';

const RU = { template: 'RU', moreThan: 2, withinMonths: 12, hidingDays: 30, extensionMonths: 12 } as const;

/** Noon in Almaty (UTC+5 since March 2024) on a local date. */
function noon(date: string): string {
	return `${date}T12:00:00+05:00`;
}

function warning(date: string, extra: Partial<CheckInInput> = {}): CheckInInput {
	return { kind: 'official-warning', at: noon(date), issuedBy: 'Probation service, Bostandyk district', ...extra } as CheckInInput;
}

function caseWith(warnings: string[], policy: CaseInfo['revocation'] = RU) {
	const b = caseBuilder({ revocation: policy });
	for (const date of warnings) b.checkIn(warning(date));
	return b.build();
}

describe('addMonths', () => {
	it.each([
		['2026-03-03', 12, '2027-03-03'],
		['2024-02-29', 12, '2025-02-28'],
		['2025-01-31', 1, '2025-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2025-11-15', 3, '2026-02-15'],
		['2025-12-31', 6, '2026-06-30']
	])('%s + %i months = %s', (from, months, expected) => {
		expect(formatLocalDate(addMonths(parseLocalDate(from), months))).toBe(expected);
	});
});

describe('the revocation policy in the case file', () => {
	it('is optional: a case without it has no revocation status', () => {
		const file = caseBuilder().build();
		expect(evaluate(file, new Date(noon('2026-01-01'))).revocation).toBeUndefined();
	});

	it('takes every field as optional; without a threshold there is nothing to measure', () => {
		const file = caseWith(['2025-05-01'], { template: 'KZ', hidingDays: 30 });
		expect(file.case.revocation).toEqual({ template: 'KZ', hidingDays: 30 });
		expect(evaluate(file, new Date(noon('2025-06-01'))).revocation).toBeUndefined();
	});

	it('refuses numbers that are not whole, negative months and unknown templates, each with its own code', () => {
		const bad = { template: 'FR', moreThan: 1.5, withinMonths: 0, hidingDays: -1 } as unknown as CaseInfo['revocation'];
		try {
			caseBuilder({ revocation: bad }).build();
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CaseFileError);
			const issues = (error as CaseFileError).issues.map((issue) => [issue.path, issue.code]);
			expect(issues).toEqual(
				expect.arrayContaining([
					['case.revocation.template', 'jurisdiction.unknown'],
					['case.revocation.moreThan', 'number.wholeDays'],
					['case.revocation.withinMonths', 'number.months'],
					['case.revocation.hidingDays', 'number.wholeDays']
				])
			);
		}
	});
});

describe('official warnings in the rolling window', () => {
	it('counts a warning from its day until the day before it is 12 months old', () => {
		const file = caseWith(['2026-03-03']);
		const on = (date: string) => evaluate(file, new Date(noon(date))).revocation!;
		expect(on('2026-03-02').events).toEqual([]);
		expect(on('2026-03-03').events).toEqual([{ id: 'c1', kind: 'warning', date: '2026-03-03', until: '2027-03-03' }]);
		expect(on('2027-03-02').events).toHaveLength(1);
		expect(on('2027-03-02').events[0]!.until).toBe('2027-03-03');
		expect(on('2027-03-03').events).toEqual([]);
	});

	it('stops counting at local midnight of the case zone, not UTC', () => {
		const file = caseWith(['2026-03-03']);
		// 2027-03-02T19:00Z is already 3 March in Almaty (UTC+5).
		expect(evaluate(file, new Date('2027-03-02T18:59:59.999Z')).revocation!.events).toHaveLength(1);
		expect(evaluate(file, new Date('2027-03-02T19:00:00Z')).revocation!.events).toHaveLength(0);
	});

	it('reports the threshold and the events oldest first, the oldest stopping first', () => {
		const status = evaluate(caseWith(['2026-07-10', '2026-03-03']), new Date(noon('2026-08-01'))).revocation!;
		expect(status).toEqual({
			moreThan: 2,
			withinMonths: 12,
			events: [
				{ id: 'c2', kind: 'warning', date: '2026-03-03', until: '2027-03-03' },
				{ id: 'c1', kind: 'warning', date: '2026-07-10', until: '2027-07-10' }
			]
		});
	});

	it('counts a disputed warning, and marks it so', () => {
		const b = caseBuilder({ revocation: RU });
		b.checkIn(warning('2026-03-03', { disputed: { note: 'I was in hospital; certificate attached' } }));
		b.checkIn(warning('2026-04-03'));
		const status = evaluate(b.build(), new Date(noon('2026-05-01'))).revocation!;
		expect(status.events.map((event) => [event.id, event.disputed ?? false])).toEqual([
			['c1', true],
			['c2', false]
		]);
	});

	it('does not count a warning that was withdrawn (superseded)', () => {
		const b = caseBuilder({ revocation: RU });
		b.checkIn(warning('2026-03-03'));
		b.checkIn({ kind: 'note', at: noon('2026-03-20'), note: 'The warning was withdrawn by the head of the service', supersedes: 'c1' });
		expect(evaluate(b.build(), new Date(noon('2026-04-01'))).revocation!.events).toEqual([]);
	});

	it('does not count a warning whose moment is still ahead', () => {
		const file = caseWith(['2026-05-01']);
		expect(evaluate(file, new Date(noon('2026-04-30'))).revocation!.events).toEqual([]);
	});
});

describe('the alert', () => {
	it('says nothing below the threshold, warns when one more would cross it, is critical once crossed', () => {
		const file = caseWith(['2026-01-10', '2026-02-10', '2026-03-10']);
		const alertOn = (date: string) => evaluate(file, new Date(noon(date))).alerts.filter((alert) => alert.code.startsWith('revocation.'));
		expect(alertOn('2026-01-20')).toEqual([]);
		const oneMore = alertOn('2026-02-20');
		expect(oneMore.map((alert) => [alert.severity, alert.id, alert.code])).toEqual([['warning', 'revocation/one-more/2/c2', 'revocation.oneMore']]);
		expect(oneMore[0]!.params).toEqual({ count: 2, moreThan: 2, months: 12, until: '2027-01-10' });
		expect(alertOn('2026-03-20').map((alert) => [alert.severity, alert.code])).toEqual([['critical', 'revocation.crossed']]);
		// A year after the first, two remain: one more would cross it again.
		expect(alertOn('2027-01-10').map((alert) => alert.id)).toEqual(['revocation/one-more/2/c3']);
	});

	it('follows the case’s own threshold (Kazakhstan-style "more than once" or a lawyer’s own number)', () => {
		const once = caseWith(['2026-01-10'], { moreThan: 1, withinMonths: 12 });
		expect(evaluate(once, new Date(noon('2026-01-11'))).alerts.map((alert) => alert.code)).toContain('revocation.oneMore');
		const five = caseWith(['2026-01-10', '2026-01-11'], { moreThan: 5, withinMonths: 6 });
		expect(evaluate(five, new Date(noon('2026-01-12'))).alerts).toEqual([]);
	});

	it('does not change the overall level: it is a distance, not a breach', () => {
		const file = caseWith(['2026-01-10', '2026-02-10', '2026-03-10']);
		expect(evaluate(file, new Date(noon('2026-03-20'))).level).toBe('ok');
	});
});

describe('breach risks the engine finds', () => {
	function reportingCase(warnings: CheckInInput[]) {
		const b = caseBuilder({ revocation: RU });
		b.rule({ id: 'office', kind: 'reporting', rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', start: '2026-01-10', from: '2026-01-01' });
		for (const [index, month] of ['01', '02', '03', '04'].entries()) if (index !== 1) b.checkIn({ kind: 'report', ruleId: 'office', at: noon(`2026-${month}-10`) });
		for (const item of warnings) b.checkIn(item);
		return b.build();
	}

	it('count on the day they happened', () => {
		const status = evaluate(reportingCase([]), new Date(noon('2026-04-20'))).revocation!;
		expect(status.events).toEqual([{ id: 'office/2026-02-10/missed', kind: 'breach-risk', ruleId: 'office', date: '2026-02-10', until: '2027-02-10' }]);
	});

	it('are not counted twice when a warning for the same rule was issued for them', () => {
		const status = evaluate(reportingCase([warning('2026-02-15', { ruleId: 'office' })]), new Date(noon('2026-04-20'))).revocation!;
		expect(status.events.map((event) => [event.kind, event.date])).toEqual([['warning', '2026-02-15']]);
	});

	it('still count when the warning is for another rule or came before them', () => {
		const status = evaluate(reportingCase([warning('2026-02-01', { ruleId: 'office' })]), new Date(noon('2026-04-20'))).revocation!;
		expect(status.events.map((event) => event.kind)).toEqual(['warning', 'breach-risk']);
	});
});

describe('properties', () => {
	const FIRST = parseLocalDate('2024-01-01');
	const arbDays = fc.uniqueArray(fc.integer({ min: 0, max: 900 }), { maxLength: 8 });

	it('an event counts exactly on the days from its date to the day before date + M months', () => {
		fc.assert(
			fc.property(arbDays, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1200 }), (offsets, months, moreThan, todayOffset) => {
				const dates = offsets.map((offset) => formatLocalDate(FIRST + offset));
				const file = caseWith(dates, { moreThan, withinMonths: months });
				const today = FIRST + todayOffset;
				const status = evaluate(file, new Date(noon(formatLocalDate(today))))!.revocation!;
				const expected = offsets
					.filter((offset) => FIRST + offset <= today && today < addMonths(FIRST + offset, months))
					.sort((a, b) => a - b)
					.map((offset) => formatLocalDate(FIRST + offset));
				expect(status.events.map((event) => event.date)).toEqual(expected);
				for (const event of status.events) expect(event.until).toBe(formatLocalDate(addMonths(parseLocalDate(event.date), months)));
				const codes = evaluate(file, new Date(noon(formatLocalDate(today)))).alerts.map((alert) => alert.code);
				const n = expected.length;
				expect(codes.includes('revocation.crossed')).toBe(n > moreThan);
				expect(codes.includes('revocation.oneMore')).toBe(n > 0 && n === moreThan);
			}),
			{ numRuns: 120 }
		);
	});

	it('disputing a warning never changes the count', () => {
		fc.assert(
			fc.property(arbDays, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 1200 }), (offsets, disputed, todayOffset) => {
				const plain = caseBuilder({ revocation: RU });
				const marked = caseBuilder({ revocation: RU });
				offsets.forEach((offset, index) => {
					const date = formatLocalDate(FIRST + offset);
					plain.checkIn(warning(date));
					marked.checkIn(warning(date, disputed[index] ? { disputed: {} } : {}));
				});
				const now = new Date(noon(formatLocalDate(FIRST + todayOffset)));
				const a = evaluate(plain.build(), now).revocation!;
				const b = evaluate(marked.build(), now).revocation!;
				expect(b.events.length).toBe(a.events.length);
				expect(b.events.map((event) => event.id)).toEqual(a.events.map((event) => event.id));
			}),
			{ numRuns: 80 }
		);
	});

	it('adding an event never lowers the count; time passing never raises it', () => {
		fc.assert(
			fc.property(arbDays, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 400 }), (offsets, extra, todayOffset, later) => {
				const dates = offsets.map((offset) => formatLocalDate(FIRST + offset));
				const now = new Date(noon(formatLocalDate(FIRST + todayOffset)));
				const base = evaluate(caseWith(dates), now).revocation!.events.length;
				expect(evaluate(caseWith([...dates, formatLocalDate(FIRST + extra)]), now).revocation!.events.length).toBeGreaterThanOrEqual(base);
				// Only events already counted can be counted later on (none of them lies ahead).
				const lastDay = Math.max(todayOffset, ...offsets);
				const afterAll = new Date(noon(formatLocalDate(FIRST + lastDay + later)));
				const pastOnly = dates.filter((_, index) => offsets[index]! <= todayOffset);
				expect(evaluate(caseWith(pastOnly), afterAll).revocation!.events.length).toBeLessThanOrEqual(evaluate(caseWith(pastOnly), now).revocation!.events.length);
			}),
			{ numRuns: 60 }
		);
	});
});
