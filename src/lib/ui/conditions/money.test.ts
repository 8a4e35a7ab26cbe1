import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoneyInput, minorDigits, parseMoney } from './money';

const minor = (text: string, digits = 2) => {
	const reading = parseMoney(text, digits);
	return reading.ok ? reading.minor : reading.problem;
};

describe('minorDigits', () => {
	it('knows the currencies the app offers, and guesses 2 for anything else', () => {
		expect(minorDigits('KZT')).toBe(2);
		expect(minorDigits('RUB')).toBe(2);
		expect(minorDigits('USD')).toBe(2);
		expect(minorDigits('EUR')).toBe(2);
		expect(minorDigits('JPY')).toBe(0);
		expect(minorDigits('KWD')).toBe(3);
		expect(minorDigits('not a code')).toBe(2);
	});
});

describe('parseMoney', () => {
	it('reads amounts the way people type them', () => {
		expect(minor('40000')).toBe(4_000_000);
		expect(minor('40 000')).toBe(4_000_000);
		expect(minor('40\u00a0000')).toBe(4_000_000);
		expect(minor('40\u202f000,50')).toBe(4_000_050);
		expect(minor('40000,50')).toBe(4_000_050);
		expect(minor('40000.5')).toBe(4_000_050);
		expect(minor('40,000')).toBe(4_000_000);
		expect(minor('40,000.50')).toBe(4_000_050);
		expect(minor('40.000,50')).toBe(4_000_050);
		expect(minor('1,234,567')).toBe(123_456_700);
		expect(minor("1'234.05")).toBe(123_405);
		expect(minor('0.01')).toBe(1);
		expect(minor('007')).toBe(700);
	});

	it('reads a lone three-digit fraction as decimals when the currency has three minor digits', () => {
		expect(minor('1.500', 3)).toBe(1500);
		expect(minor('1.500', 2)).toBe(150_000);
		expect(minor('1.500', 0)).toBe(1500);
	});

	it('never drifts like floats do', () => {
		expect(minor('0.29')).toBe(29);
		expect(minor('1.15')).toBe(115);
		expect(minor('4.35')).toBe(435);
		expect(minor('90071992547409.91')).toBe(9_007_199_254_740_991);
	});

	it('says what is wrong', () => {
		expect(minor('')).toBe('empty');
		expect(minor('   ')).toBe('empty');
		expect(minor('abc')).toBe('invalid');
		expect(minor('-5')).toBe('invalid');
		expect(minor('5e3')).toBe('invalid');
		expect(minor('1,,000')).toBe('invalid');
		expect(minor(',5')).toBe('invalid');
		expect(minor('5.')).toBe('invalid');
		expect(minor('.')).toBe('invalid');
		expect(minor('1.2.3,4.5')).toBe('invalid');
		expect(minor('1,2,3')).toBe('invalid');
		expect(minor('12,34,567')).toBe('invalid');
		expect(minor('10.5555')).toBe('decimals');
		expect(minor('1 000.555')).toBe('decimals');
		expect(minor('1 000,5')).toBe(100_050);
		expect(minor('10.5', 0)).toBe('decimals');
		expect(minor('0')).toBe('zero');
		expect(minor('0,00')).toBe('zero');
		expect(minor('99999999999999999')).toBe('tooLarge');
		expect(minor('90071992547409.92')).toBe('tooLarge');
	});

	it('reads back what formatMoneyInput writes, for every amount', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, 2, 3), (amount, digits) => {
				expect(parseMoney(formatMoneyInput(amount, digits), digits)).toEqual({ ok: true, minor: amount });
			})
		);
	});

	it('reads the same amount with thousands grouped by spaces', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 ** 13 }), (amount) => {
				const [whole, fraction] = formatMoneyInput(amount, 2).split('.');
				const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, ' ') + (fraction ? `,${fraction}` : '');
				expect(parseMoney(grouped, 2)).toEqual({ ok: true, minor: amount });
			})
		);
	});
});

describe('formatMoneyInput', () => {
	it('writes plain major units', () => {
		expect(formatMoneyInput(4_000_000, 2)).toBe('40000');
		expect(formatMoneyInput(4_000_050, 2)).toBe('40000.50');
		expect(formatMoneyInput(5, 2)).toBe('0.05');
		expect(formatMoneyInput(1500, 0)).toBe('1500');
		expect(formatMoneyInput(1500, 3)).toBe('1.500');
	});
});
