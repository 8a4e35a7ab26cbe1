import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workCalendarOf } from './working-days';
import { KZ_EVERY_YEAR, KZ_RELIGIOUS, KZ_YEARS, kzDaysOff } from './holidays/kz';
import { formatLocalDate, parseLocalDate, weekdayOf } from './time';
import { evaluate } from './evaluate';
import { upcoming } from './upcoming';
import { dueDate, type DeadlineRule } from './rules/deadline';
import { at, caseBuilder, DEFAULT_CASE } from '../../../tests/unit/case-builder';
import type { CaseInfo } from './types';

const KZ: CaseInfo = { ...DEFAULT_CASE, jurisdiction: 'KZ' };
/** The government's 2025 New Year transfer, as a person would enter it: Friday 3 Jan off, Saturday 4 Jan worked. */
const KZ_WITH_TRANSFER: CaseInfo = {
	...KZ,
	holidays: [
		{ date: '2025-01-03', kind: 'day-off', name: 'Transferred from Saturday 4 January' },
		{ date: '2025-01-04', kind: 'working-day', name: 'Working Saturday' }
	]
};
const NONE: CaseInfo = { ...DEFAULT_CASE };

function plus(info: CaseInfo, anchor: string, days: number): string {
	return formatLocalDate(addWorkingDays(parseLocalDate(anchor), days, workCalendarOf(info)));
}

describe('addWorkingDays against a hand-made table', () => {
	it.each<[string, CaseInfo, string, number, string]>([
		['an ordinary week: Friday + 1 is Monday', KZ, '2025-02-14', 1, '2025-02-17'],
		['n = 0 is the anchor itself', KZ, '2025-02-15', 0, '2025-02-15'],
		['Nauryz 2025 (Fri–Sun, then 24–25 March off)', KZ, '2025-03-20', 1, '2025-03-26'],
		['Nauryz 2025, 10 working days from 14 March', KZ, '2025-03-14', 10, '2025-04-02'],
		['Nauryz 2024 (Thu–Sat, then Monday 25 March off)', KZ, '2024-03-20', 1, '2024-03-26'],
		['Nauryz 2026 (Sat–Mon, then 24–25 March off)', KZ, '2026-03-20', 1, '2026-03-26'],
		['New Year 2023 (1 Jan a Sunday: 3 Jan off)', KZ, '2022-12-30', 1, '2023-01-04'],
		['New Year 2026 and Orthodox Christmas', KZ, '2025-12-31', 3, '2026-01-08'],
		['New Year 2025 without the decree', KZ, '2024-12-31', 1, '2025-01-03'],
		['New Year 2025 with the transferred working Saturday', KZ_WITH_TRANSFER, '2024-12-31', 1, '2025-01-04'],
		['… and the next one after it', KZ_WITH_TRANSFER, '2024-12-31', 2, '2025-01-06'],
		['Victory Day 2026 on a Saturday: Monday 11 May off', KZ, '2026-05-08', 1, '2026-05-12'],
		['no jurisdiction: weekends only', NONE, '2025-03-20', 1, '2025-03-21'],
		['no jurisdiction, with a local holiday of the person', { ...NONE, holidays: [{ date: '2025-03-21', kind: 'day-off' }] }, '2025-03-20', 1, '2025-03-24']
	])('%s', (_name, info, anchor, days, expected) => {
		expect(plus(info, anchor, days)).toBe(expected);
	});

	it('never lands on a day off, and counts exactly n working days', () => {
		const calendar = workCalendarOf(KZ_WITH_TRANSFER);
		fc.assert(
			fc.property(fc.integer({ min: parseLocalDate('2022-12-01'), max: parseLocalDate('2026-12-31') }), fc.integer({ min: 1, max: 60 }), (anchor, n) => {
				const due = addWorkingDays(anchor, n, calendar);
				expect(isWorkingDay(due, calendar)).toBe(true);
				let count = 0;
				for (let day = anchor + 1; day <= due; day++) if (isWorkingDay(day, calendar)) count++;
				expect(count).toBe(n);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('the Kazakhstan data', () => {
	/** Worked out by hand from a calendar: each weekday day off a weekend holiday gives, 2023–2026. */
	const TRANSFERRED = [
		'2023-01-03', '2023-05-08', '2023-12-18',
		'2024-03-25', '2024-07-08',
		'2025-03-10', '2025-03-24', '2025-03-25', '2025-07-07', '2025-09-01', '2025-10-27',
		'2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26'
	];

	it('gives exactly the hand-made weekday days off for holidays on a weekend, and nothing else on a weekday', () => {
		const holidays = new Set<string>();
		for (let year = KZ_YEARS.from; year <= KZ_YEARS.until; year++) for (const day of KZ_EVERY_YEAR) holidays.add(`${year}-${day}`);
		for (const day of KZ_RELIGIOUS) if (day.length === 10) holidays.add(day);
		const derived = kzDaysOff()
			.map(formatLocalDate)
			.filter((date) => !holidays.has(date))
			.sort();
		expect(derived).toEqual(TRANSFERRED);
		for (const date of derived) expect(weekdayOf(parseLocalDate(date)), date).toBeLessThan(5);
	});
});

describe('deadline rules counted in working days', () => {
	function registration(calendar?: 'calendar' | 'working', info: Partial<CaseInfo> = { jurisdiction: 'KZ' }) {
		const b = caseBuilder({ verdict: '2025-03-05', inForce: '2025-03-20', sentence: { from: '2025-03-20', until: '2028-03-19' }, ...info });
		b.rule({ id: 'register', kind: 'deadline', what: 'Register with the probation service', after: { anchor: 'inForce', days: 3, ...(calendar ? { calendar } : {}) } });
		return b.build();
	}

	it('are due at the end of the n-th working day after the anchor', () => {
		const file = registration('working');
		expect(dueDate(file.rules[0] as DeadlineRule, file)).toBe('2025-03-28');
		expect(upcoming(file, at('2025-03-01T00:00:00+05:00'), at('2025-04-30T00:00:00+05:00')).map((d) => d.at.toISOString())).toEqual(['2025-03-28T18:59:59.999Z']);
		expect(evaluate(file, at('2025-03-27T12:00:00+05:00')).rules[0]!.state).toBe('due-soon');
		expect(evaluate(file, at('2025-03-29T00:00:00+05:00')).rules[0]!.state).toBe('breach-risk');
	});

	it('count calendar days by default, and when told so, as before', () => {
		for (const file of [registration(), registration('calendar')]) expect(dueDate(file.rules[0] as DeadlineRule, file)).toBe('2025-03-23');
	});

	it('refuses an unknown way of counting and a duplicate holiday date', () => {
		expect(() => {
			const b = caseBuilder();
			b.rule({ kind: 'deadline', what: 'X', after: { anchor: 'inForce', days: 3, calendar: 'lunar' as 'working' } });
			b.build();
		}).toThrow(/calendar days or working days/);
		expect(() =>
			caseBuilder({
				holidays: [
					{ date: '2025-01-03', kind: 'day-off' },
					{ date: '2025-01-03', kind: 'working-day' }
				]
			}).build()
		).toThrow(/listed twice/);
	});
});
