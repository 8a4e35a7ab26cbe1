import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMajorAmount, minorDigits, parseMajorAmount } from './money';

const tenge = (text: string) => parseMajorAmount(text, 2);

describe('parseMajorAmount', () => {
	it.each([
		['40000', 4_000_000],
		['40 000', 4_000_000],
		['40\u00A0000', 4_000_000],
		['40\u202F000,50', 4_000_050],
		['40000,50', 4_000_050],
		['40000.5', 4_000_050],
		['40000.50', 4_000_050],
		['40,000', 4_000_000],
		['40.000', 4_000_000],
		['40,000.50', 4_000_050],
		['40.000,50', 4_000_050],
		['1,000,000', 100_000_000],
		['1 000 000,01', 100_000_001],
		["1'000", 100_000],
		['0.01', 1],
		['0,5', 50],
		['  40 000  ', 4_000_000],
		['₸40 000', 4_000_000],
		['40 000 ₸', 4_000_000],
		['$12.34', 1234],
		['40000.500', undefined],
		['12.10', 1210],
		['12.1000', 1210]
	])('reads %j as %j minor units', (text, minor) => {
		const parsed = tenge(text);
		if (minor === undefined) expect(parsed.ok).toBe(false);
		else expect(parsed).toEqual({ ok: true, minor });
	});

	it('adds no float drift where floats would', () => {
		// 0.1 + 0.2, 1.15 * 100 = 114.99999999999999, 4.35 * 100 = 434.99999999999994
		expect(tenge('1.15')).toEqual({ ok: true, minor: 115 });
		expect(tenge('4.35')).toEqual({ ok: true, minor: 435 });
		expect(tenge('0.3')).toEqual({ ok: true, minor: 30 });
		expect(tenge('90071992547409.91')).toEqual({ ok: true, minor: 9_007_199_254_740_991 });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'invalid'],
		['-40', 'invalid'],
		['40k', 'invalid'],
		['4 0000', 'invalid'],
		['40  000', 'invalid'],
		['1,00,000', 'invalid'],
		['40000,', 'invalid'],
		['.50', 'invalid'],
		['1.000.000.5', 'invalid'],
		['1,000.000,5', 'invalid'],
		['₸', 'invalid'],
		['40000.505', 'invalid'],
		['40000.5055', 'decimals'],
		['40,5055', 'decimals'],
		['0', 'zero'],
		['0,00', 'zero'],
		['90071992547409.92', 'tooLarge'],
		['99999999999999999999', 'tooLarge']
	])('refuses %j (%s)', (text, problem) => {
		expect(tenge(text)).toEqual({ ok: false, problem });
	});

	it('follows the currency: no decimals for yen, three for dinar', () => {
		expect(parseMajorAmount('4000', 0)).toEqual({ ok: true, minor: 4000 });
		expect(parseMajorAmount('4,000', 0)).toEqual({ ok: true, minor: 4000 });
		expect(parseMajorAmount('4000.5', 0)).toEqual({ ok: false, problem: 'decimals' });
		expect(parseMajorAmount('4000.00', 0)).toEqual({ ok: true, minor: 4000 });
		// With three decimals, one mark before three digits is a decimal mark.
		expect(parseMajorAmount('1,500', 3)).toEqual({ ok: true, minor: 1500 });
		expect(parseMajorAmount('1,000.500', 3)).toEqual({ ok: true, minor: 1_000_500 });
	});

	it('reads back what formatMajorAmount writes, for any amount and currency', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, 2, 3), (minor, digits) => {
				expect(parseMajorAmount(formatMajorAmount(minor, digits), digits)).toEqual({ ok: true, minor });
			})
		);
	});

	it('reads grouped amounts the way they are written in English and Russian', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
				const english = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
				const russian = `${whole.toLocaleString('ru-RU')},${String(cents).padStart(2, '0')}`;
				expect(tenge(english)).toEqual({ ok: true, minor: whole * 100 + cents });
				expect(tenge(russian)).toEqual({ ok: true, minor: whole * 100 + cents });
			})
		);
	});
});

describe('formatMajorAmount', () => {
	it('writes whole amounts without decimals and others with all of them', () => {
		expect(formatMajorAmount(4_000_000, 2)).toBe('40000');
		expect(formatMajorAmount(4_000_050, 2)).toBe('40000.50');
		expect(formatMajorAmount(5, 2)).toBe('0.05');
		expect(formatMajorAmount(1234, 0)).toBe('1234');
		expect(formatMajorAmount(1, 3)).toBe('0.001');
	});
});

describe('minorDigits', () => {
	it('knows the ISO 4217 decimals', () => {
		expect(minorDigits('KZT')).toBe(2);
		expect(minorDigits('EUR')).toBe(2);
		expect(minorDigits('JPY')).toBe(0);
		expect(minorDigits('KWD')).toBe(3);
	});
});

describe('a single mark after spaced thousands', () => {
	it('is the decimal mark, so too many decimals are refused', () => {
		expect(parseMajorAmount('1 000.555', 2)).toEqual({ ok: false, problem: 'decimals' });
		expect(parseMajorAmount('1 000,5', 2)).toEqual({ ok: true, minor: 100_050 });
	});
});
