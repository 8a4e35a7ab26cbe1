import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minorDigits, toMinorUnits } from './money';

describe('toMinorUnits', () => {
	it('reads amounts as people type them', () => {
		expect(toMinorUnits('40 000', 'KZT')).toBe(4_000_000);
		expect(toMinorUnits('40000', 'KZT')).toBe(4_000_000);
		expect(toMinorUnits('40000,50', 'KZT')).toBe(4_000_050);
		expect(toMinorUnits('40000.5', 'KZT')).toBe(4_000_050);
		expect(toMinorUnits('40,000', 'KZT')).toBe(4_000_000);
		expect(toMinorUnits('40.000', 'KZT')).toBe(4_000_000);
		expect(toMinorUnits('1,000,000', 'KZT')).toBe(100_000_000);
		expect(toMinorUnits('1 234 567,89', 'RUB')).toBe(123_456_789);
		expect(toMinorUnits('1,234,567.89', 'USD')).toBe(123_456_789);
		expect(toMinorUnits('1.234.567,89', 'EUR')).toBe(123_456_789);
		expect(toMinorUnits('\u00a0400\u202f000 ', 'KZT')).toBe(40_000_000);
		expect(toMinorUnits("12'500", 'KZT')).toBe(1_250_000);
		expect(toMinorUnits('0,01', 'KZT')).toBe(1);
		expect(toMinorUnits('1500', 'JPY')).toBe(1500);
	});

	it('refuses what is not a positive amount in the currency', () => {
		for (const text of ['', ' ', 'abc', '-5', '0', '0,00', '12,', '1.2.3,4,5', '1e5', '.', '1,2,3.456']) {
			expect(toMinorUnits(text, 'KZT'), text).toBeUndefined();
		}
		expect(toMinorUnits('1,505', 'KZT')).toBe(150_500);
		expect(toMinorUnits('1.5', 'JPY')).toBeUndefined();
		expect(toMinorUnits('99999999999999999', 'KZT')).toBeUndefined();
	});

	it('reads one or two decimals after a single separator', () => {
		expect(toMinorUnits('1,5', 'KZT')).toBe(150);
		expect(toMinorUnits('1.05', 'KZT')).toBe(105);
		expect(toMinorUnits('1,055', 'KZT')).toBe(105_500);
	});

	it('knows the minor digits of currencies', () => {
		expect(minorDigits('KZT')).toBe(2);
		expect(minorDigits('JPY')).toBe(0);
		expect(minorDigits('KWD')).toBe(3);
	});

	it('reads back exactly any amount written with grouping and a decimal comma', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 ** 13 }), fc.constantFrom(' ', '\u00a0', ''), fc.constantFrom(',', '.'), (minor, group, point) => {
				const whole = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
				const cents = String(minor % 100).padStart(2, '0');
				expect(toMinorUnits(`${whole}${point}${cents}`, 'KZT')).toBe(minor);
			})
		);
	});
});
