import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civilFromDay, daysInMonth, formatLocalDate, parseLocalDate } from '$lib/domain/time';
import { DEFAULT_PLAN, monthlyDueDates, planFromSchedule, planSchedule, splitEvenly, type PlanForm } from './instalments';

const arbFirst = fc.integer({ min: parseLocalDate('1990-01-01'), max: parseLocalDate('2090-12-31') }).map(formatLocalDate);

describe('monthlyDueDates', () => {
	it('keeps to the last day of shorter months, from the 31st', () => {
		expect(monthlyDueDates('2024-01-31', 5)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
		expect(monthlyDueDates('2025-01-31', 3)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
	});

	it('never drifts from the 30th to the 28th after February', () => {
		expect(monthlyDueDates('2025-01-30', 4)).toEqual(['2025-01-30', '2025-02-28', '2025-03-30', '2025-04-30']);
	});

	it('crosses years', () => {
		expect(monthlyDueDates('2026-11-25', 3)).toEqual(['2026-11-25', '2026-12-25', '2027-01-25']);
	});

	it('gives strictly increasing dates, each on the first date’s day of the month or the month’s last day', () => {
		fc.assert(
			fc.property(arbFirst, fc.integer({ min: 1, max: 60 }), (first, count) => {
				const dates = monthlyDueDates(first, count);
				expect(dates).toHaveLength(count);
				expect(dates[0]).toBe(first);
				const firstDay = civilFromDay(parseLocalDate(first)).day;
				let previous: { year: number; month: number } | undefined;
				for (let i = 0; i < dates.length; i++) {
					if (i > 0) expect(dates[i]! > dates[i - 1]!).toBe(true);
					const { year, month, day } = civilFromDay(parseLocalDate(dates[i]!));
					expect(day).toBe(Math.min(firstDay, daysInMonth(year, month)));
					// One date in each consecutive month.
					if (previous) expect(year * 12 + month - (previous.year * 12 + previous.month)).toBe(1);
					previous = { year, month };
				}
			})
		);
	});
});

describe('splitEvenly', () => {
	it('puts the remainder on the last instalment', () => {
		expect(splitEvenly(100, 3)).toEqual([33, 33, 34]);
		expect(splitEvenly(40_000_000, 10)).toEqual(Array(10).fill(4_000_000));
		expect(splitEvenly(7, 1)).toEqual([7]);
	});

	it('preserves the total exactly, in equal whole parts', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1000 }).chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: count, max: Number.MAX_SAFE_INTEGER }))), ([count, total]) => {
				const parts = splitEvenly(total, count);
				expect(parts).toHaveLength(count);
				expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
				for (const part of parts) {
					expect(Number.isSafeInteger(part)).toBe(true);
					expect(part).toBeGreaterThanOrEqual(1);
				}
				for (const part of parts.slice(0, -1)) expect(part).toBe(parts[0]);
				expect(parts[count - 1]! - parts[0]!).toBeLessThan(count);
			})
		);
	});
});

describe('planSchedule', () => {
	it('writes N monthly payments of an amount', () => {
		expect(planSchedule({ kind: 'monthly', count: '3', first: '2026-01-31', amount: '40 000', amountIs: 'each' }, 2)).toEqual({
			schedule: [
				{ due: '2026-01-31', amount: 4_000_000 },
				{ due: '2026-02-28', amount: 4_000_000 },
				{ due: '2026-03-31', amount: 4_000_000 }
			]
		});
	});

	it('splits a total', () => {
		expect(planSchedule({ kind: 'monthly', count: '3', first: '2026-06-25', amount: '1000', amountIs: 'total' }, 2)).toEqual({
			schedule: [
				{ due: '2026-06-25', amount: 33_333 },
				{ due: '2026-07-25', amount: 33_333 },
				{ due: '2026-08-25', amount: 33_334 }
			]
		});
	});

	it('writes one payment', () => {
		expect(planSchedule({ ...DEFAULT_PLAN, kind: 'single', count: 'ignored', first: '2026-06-25', amount: '400000,5' }, 2)).toEqual({ schedule: [{ due: '2026-06-25', amount: 40_000_050 }] });
	});

	it('lists every problem', () => {
		expect(planSchedule({ ...DEFAULT_PLAN }, 2)).toEqual({
			problems: [
				{ field: 'count', problem: 'invalid' },
				{ field: 'first', problem: 'invalid' },
				{ field: 'amount', problem: 'empty' }
			]
		});
		expect(planSchedule({ kind: 'monthly', count: '1001', first: '2026-02-30', amount: '1.2345', amountIs: 'each' }, 2)).toEqual({
			problems: [
				{ field: 'count', problem: 'invalid' },
				{ field: 'first', problem: 'invalid' },
				{ field: 'amount', problem: 'decimals' }
			]
		});
		expect(planSchedule({ kind: 'monthly', count: '4', first: '2026-01-01', amount: '0.03', amountIs: 'total' }, 2)).toEqual({ problems: [{ field: 'amount', problem: 'tooSmall' }] });
		expect(planSchedule({ kind: 'monthly', count: '1000', first: '2026-01-01', amount: '90071992547409', amountIs: 'each' }, 2)).toEqual({ problems: [{ field: 'amount', problem: 'tooLarge' }] });
	});

	it('always writes a schedule whose sum is the total, with increasing dates', () => {
		fc.assert(
			fc.property(arbFirst, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 120, max: 10 ** 12 }), fc.constantFrom('each' as const, 'total' as const), (first, count, minor, amountIs) => {
				const amount = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
				const result = planSchedule({ kind: 'monthly', count: String(count), first, amount, amountIs }, 2);
				if (!('schedule' in result)) throw new Error(JSON.stringify(result));
				const sum = result.schedule.reduce((total, item) => total + item.amount, 0);
				expect(sum).toBe(amountIs === 'total' ? minor : minor * count);
				for (let i = 1; i < result.schedule.length; i++) expect(result.schedule[i]!.due > result.schedule[i - 1]!.due).toBe(true);
			})
		);
	});
});

describe('planFromSchedule', () => {
	it('reads the plan back from the demo fine', () => {
		const schedule = monthlyDueDates('2026-06-25', 10).map((due) => ({ due, amount: 4_000_000 }));
		expect(planFromSchedule(schedule, 2)).toEqual({ kind: 'monthly', count: '10', first: '2026-06-25', amount: '40000', amountIs: 'each' });
	});

	it('starts empty for a schedule no plan describes', () => {
		expect(planFromSchedule([], 2)).toEqual(DEFAULT_PLAN);
		expect(planFromSchedule([{ due: '2026-01-10', amount: 5 }, { due: '2026-03-10', amount: 5 }], 2)).toEqual(DEFAULT_PLAN);
		expect(planFromSchedule([{ due: '2026-01-10', amount: 5 }, { due: '2026-02-10', amount: 7 }, { due: '2026-03-10', amount: 5 }], 2)).toEqual(DEFAULT_PLAN);
	});

	it('round-trips: the plan it reads writes the same schedule again', () => {
		const arbPlan: fc.Arbitrary<PlanForm> = fc.record({
			kind: fc.constantFrom('single' as const, 'monthly' as const),
			count: fc.integer({ min: 1, max: 36 }).map(String),
			first: arbFirst,
			amount: fc.integer({ min: 100, max: 10 ** 10 }).map((minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`),
			amountIs: fc.constantFrom('each' as const, 'total' as const)
		});
		fc.assert(
			fc.property(arbPlan, (plan) => {
				const written = planSchedule(plan, 2);
				if (!('schedule' in written)) throw new Error(JSON.stringify(written));
				expect(planSchedule(planFromSchedule(written.schedule, 2), 2)).toEqual(written);
			})
		);
	});
});
