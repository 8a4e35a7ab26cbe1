import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occurrences, parseRecurrence } from '$lib/domain/rrule';
import { civilFromDay, daysInMonth, parseLocalDate, weekdayOf } from '$lib/domain/time';
import {
	builderFromRecurrence,
	builderFromRRule,
	builderToRRule,
	DEFAULT_SCHEDULE,
	MAX_WEEK_INTERVAL,
	nextReportingDays,
	ORDINALS,
	scheduleFromBuilder,
	scheduleFromRRule,
	scheduleToRRule,
	type Builder
} from './recurrence-builder';

const arbBuilder: fc.Arbitrary<Builder> = fc.oneof(
	fc.record({
		mode: fc.constant('weekly' as const),
		interval: fc.integer({ min: 1, max: MAX_WEEK_INTERVAL }),
		weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }).map((days) => days.sort((a, b) => a - b))
	}),
	fc.record({ mode: fc.constant('monthlyDay' as const), day: fc.integer({ min: 1, max: 31 }) }),
	fc.record({ mode: fc.constant('monthlyWeekday' as const), nth: fc.constantFrom(...ORDINALS), weekday: fc.integer({ min: 0, max: 6 }) }),
	fc.constant({ mode: 'monthlyLastDay' as const })
);

const arbStart = fc.integer({ min: parseLocalDate('2000-01-01'), max: parseLocalDate('2040-12-31') });

describe('builderToRRule', () => {
	it('writes the RRULE of each shape', () => {
		expect(builderToRRule({ mode: 'weekly', interval: 1, weekdays: [0] })).toBe('FREQ=WEEKLY;BYDAY=MO');
		expect(builderToRRule({ mode: 'weekly', interval: 2, weekdays: [3, 0] })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH');
		expect(builderToRRule({ mode: 'monthlyDay', day: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
		expect(builderToRRule({ mode: 'monthlyWeekday', nth: 2, weekday: 0 })).toBe('FREQ=MONTHLY;BYDAY=2MO');
		expect(builderToRRule({ mode: 'monthlyWeekday', nth: -1, weekday: 4 })).toBe('FREQ=MONTHLY;BYDAY=-1FR');
		expect(builderToRRule({ mode: 'monthlyLastDay' })).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
	});

	it('always writes an RRULE the engine reads', () => {
		fc.assert(fc.property(arbBuilder, (builder) => void expect(() => parseRecurrence(builderToRRule(builder))).not.toThrow()));
	});

	it('round-trips: builder → RRULE → builder is the identity for every shape', () => {
		fc.assert(fc.property(arbBuilder, (builder) => void expect(builderFromRRule(builderToRRule(builder))).toEqual(builder)));
	});

	it('round-trips through the form as well', () => {
		fc.assert(
			fc.property(arbBuilder, (builder) => {
				const text = builderToRRule(builder);
				const form = scheduleFromRRule(text);
				expect(form.mode).toBe(builder.mode);
				expect(scheduleToRRule(form)).toEqual({ rrule: text });
			})
		);
	});

	it('means what the person chose, day by day', () => {
		fc.assert(
			fc.property(arbBuilder, arbStart, (builder, start) => {
				const days = occurrences(parseRecurrence(builderToRRule(builder)), start, start + 400);
				expect(days.length).toBeGreaterThan(0);
				for (const day of days) {
					const { year, month, day: dom } = civilFromDay(day);
					const length = daysInMonth(year, month);
					if (builder.mode === 'weekly') expect(builder.weekdays).toContain(weekdayOf(day));
					if (builder.mode === 'monthlyDay') expect(dom).toBe(builder.day);
					if (builder.mode === 'monthlyLastDay') expect(dom).toBe(length);
					if (builder.mode === 'monthlyWeekday') {
						expect(weekdayOf(day)).toBe(builder.weekday);
						if (builder.nth > 0) expect(Math.ceil(dom / 7)).toBe(builder.nth);
						else expect(dom + 7).toBeGreaterThan(length);
					}
				}
				if (builder.mode === 'weekly') {
					// Every N weeks: weeks (Monday-based) with a reporting day are N weeks apart.
					const weeks = [...new Set(days.map((day) => Math.floor((day - weekdayOf(day)) / 7)))];
					for (let i = 1; i < weeks.length; i++) expect(weeks[i]! - weeks[i - 1]!).toBe(builder.interval);
				}
				if (builder.mode === 'monthlyLastDay' || builder.mode === 'monthlyWeekday') {
					// One reporting day in every month: none is skipped.
					const months = days.map((day) => civilFromDay(day).year * 12 + civilFromDay(day).month);
					for (let i = 1; i < months.length; i++) expect(months[i]! - months[i - 1]!).toBe(1);
				}
			})
		);
	});
});

describe('builderFromRRule', () => {
	it('reads the demo case schedule', () => {
		expect(builderFromRRule('FREQ=MONTHLY;BYDAY=2MO')).toEqual({ mode: 'monthlyWeekday', nth: 2, weekday: 0 });
	});

	it('refuses texts the builder would write differently, so nothing is rewritten unasked', () => {
		for (const text of [
			'FREQ=WEEKLY;BYDAY=TH,MO',
			'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO',
			'RRULE:FREQ=WEEKLY;BYDAY=MO',
			'freq=weekly;byday=mo',
			'FREQ=WEEKLY',
			'FREQ=WEEKLY;BYDAY=MO;COUNT=5',
			'FREQ=WEEKLY;BYDAY=MO;WKST=SU',
			'FREQ=MONTHLY;BYDAY=5MO',
			'FREQ=MONTHLY;BYDAY=-2MO',
			'FREQ=MONTHLY;BYDAY=1MO,3MO',
			'FREQ=MONTHLY;BYMONTHDAY=1,15',
			'FREQ=MONTHLY;BYMONTHDAY=-2',
			'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1',
			'FREQ=MONTHLY',
			'FREQ=YEARLY',
			'FREQ=DAILY',
			'not a rule',
			''
		]) {
			expect(builderFromRRule(text), text).toBeUndefined();
		}
	});

	it('reads the meaning of other spellings on request', () => {
		expect(builderFromRecurrence('FREQ=WEEKLY;BYDAY=TH,MO')).toEqual({ mode: 'weekly', interval: 1, weekdays: [0, 3] });
		expect(builderFromRecurrence('RRULE:freq=monthly;byday=-1fr')).toEqual({ mode: 'monthlyWeekday', nth: -1, weekday: 4 });
		expect(builderFromRecurrence('FREQ=MONTHLY;BYMONTHDAY=1,15')).toBeUndefined();
	});
});

describe('the schedule form', () => {
	it('keeps any other RRULE as advanced text, exactly as written', () => {
		const form = scheduleFromRRule('FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=12');
		expect(form.mode).toBe('advanced');
		expect(scheduleToRRule(form)).toEqual({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=12' });
		fc.assert(fc.property(fc.string(), (text) => void expect(scheduleToRRule(scheduleFromRRule(text))).toEqual({ rrule: text })));
	});

	it('asks for a weekday and a sensible number of weeks', () => {
		expect(scheduleToRRule({ ...DEFAULT_SCHEDULE, weekdays: [] })).toEqual({ problem: 'weekdays' });
		for (const interval of ['', '0', '53', 'two', '1.5', '-1']) {
			expect(scheduleToRRule({ ...DEFAULT_SCHEDULE, interval }), interval).toEqual({ problem: 'interval' });
		}
		expect(scheduleToRRule({ ...DEFAULT_SCHEDULE, interval: ' 3 ', weekdays: [4, 1, 4] })).toEqual({ rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,FR' });
	});

	it('keeps the other modes’ fields when the mode changes', () => {
		const form = scheduleFromBuilder({ mode: 'monthlyWeekday', nth: 3, weekday: 2 });
		expect(scheduleToRRule({ ...form, mode: 'weekly' })).toEqual({ rrule: 'FREQ=WEEKLY;BYDAY=WE' });
		expect(scheduleToRRule({ ...form, mode: 'monthlyDay' })).toEqual({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=1' });
	});
});

describe('nextReportingDays', () => {
	const sentence = { from: '2023-04-25', until: '2029-04-24' };

	it('lists the next reporting days of the demo schedule', () => {
		expect(nextReportingDays('FREQ=MONTHLY;BYDAY=2MO', '2026-06-08', sentence, '2026-11-23', 3)).toEqual(['2026-12-14', '2027-01-11', '2027-02-08']);
	});

	it('starts at the first reporting date and the start of the period', () => {
		expect(nextReportingDays('FREQ=WEEKLY;BYDAY=MO', '2026-06-10', sentence, '2026-01-01', 2)).toEqual(['2026-06-15', '2026-06-22']);
		expect(nextReportingDays('FREQ=WEEKLY;BYDAY=MO', '2020-01-01', sentence, '2020-01-01', 1)).toEqual(['2023-05-01']);
	});

	it('stops at the end of the period', () => {
		expect(nextReportingDays('FREQ=MONTHLY;BYMONTHDAY=-1', '2029-01-01', sentence, '2029-02-01', 5)).toEqual(['2029-02-28', '2029-03-31']);
		expect(nextReportingDays('FREQ=MONTHLY;BYMONTHDAY=-1', '2029-01-01', sentence, '2030-01-01', 5)).toEqual([]);
	});

	it('says nothing while the schedule or the start cannot be read', () => {
		expect(nextReportingDays('FREQ=SOMETIMES', '2026-06-08', sentence, '2026-11-23')).toBeUndefined();
		expect(nextReportingDays('FREQ=WEEKLY', '', sentence, '2026-11-23')).toBeUndefined();
	});

	it('stays quick for a daily rule over a long period', () => {
		const started = performance.now();
		expect(nextReportingDays('FREQ=DAILY', '1900-01-01', { from: '1900-01-01', until: '9999-12-31' }, '1900-01-01')).toHaveLength(5);
		expect(performance.now() - started).toBeLessThan(500);
	});
});
