import { describe, expect, it } from 'vitest';
import { createFormatter } from '../format';
import { kazakhFormat, platformHasKazakh } from './format';

// Node carries full ICU: its Kazakh is the oracle for what the app writes where a browser has none.
const platform = createFormatter('kk', 'Asia/Almaty', 'kk-KZ');
const own = kazakhFormat(createFormatter('en', 'Asia/Almaty', 'en-GB'), 'Asia/Almaty');

describe('Kazakh written by the app', () => {
	it('is needed only where the platform has no Kazakh (Node has it)', () => {
		expect(platformHasKazakh()).toBe(true);
	});

	it('writes dates and instants as full ICU does', () => {
		for (const date of ['2026-01-05', '2026-02-28', '2026-03-22', '2026-11-23', '2027-12-31']) expect(own.date(date)).toBe(platform.date(date));
		for (const instant of ['2026-11-23T13:05:00Z', '2026-12-31T19:30:00Z', '2026-03-21T18:59:00Z']) {
			expect(own.dateTime(new Date(instant))).toBe(platform.dateTime(new Date(instant)));
		}
	});

	it('writes numbers and money as full ICU does', () => {
		for (const value of [0, 7, 1234, 40000, 1234567.5, -2500]) expect(own.number(value)).toBe(platform.number(value));
		for (const [minor, currency] of [
			[4_000_000, 'KZT'],
			[4_000_050, 'KZT'],
			[40_000, 'USD'],
			[123, 'RUB']
		] as const) {
			expect(own.money(minor, currency)).toBe(platform.money(minor, currency));
		}
	});

	it('says relative days as full ICU does', () => {
		for (const days of [-21, -3, -2, -1, 0, 1, 2, 3, 21]) expect(own.relativeDays(days)).toBe(platform.relativeDays(days));
	});

	it('joins lists with “және”', () => {
		expect(own.list(['а'])).toBe('а');
		expect(own.list(['а', 'б'])).toBe('а және б');
		expect(own.list(['а', 'б', 'в'])).toBe('а, б және в');
	});

	it('keeps the singular after numbers', () => {
		expect(own.plural(1, { one: '# күн', other: '# күн' })).toBe('1 күн');
		expect(own.plural(21000, { other: '# күн' })).toBe('21\u00a0000 күн');
	});
});
