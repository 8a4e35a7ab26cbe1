/**
 * Money as people type it ("40 000", "40000,50", "40,000.50") to integer minor units (tiyn,
 * cents) and back, exactly: digits are moved as text, never through a float multiplication.
 *
 * Reading separators: spaces, no-break spaces and apostrophes always group digits. When both a
 * comma and a point appear, the last one is the decimal separator. A lone separator followed by
 * exactly three digits groups thousands when the currency has fewer than three minor digits
 * ("40,000" KZT is forty thousand; "1.500" is one thousand five hundred); otherwise, and always
 * when spaces already group the thousands ("1 000,5"), it is the decimal separator. Grouping
 * separators must split off groups of three digits ("1,2,3" is not an amount).
 */

export type MoneyProblem = 'empty' | 'invalid' | 'decimals' | 'zero' | 'tooLarge';
export type MoneyReading = { ok: true; minor: number } | { ok: false; problem: MoneyProblem };

const digitCache = new Map<string, number>();

/** How many minor digits a currency has (KZT 2, JPY 0, KWD 3); 2 for a code Intl does not know. */
export function minorDigits(currency: string): number {
	let digits = digitCache.get(currency);
	if (digits === undefined) {
		try {
			digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
		} catch {
			digits = 2;
		}
		digitCache.set(currency, digits);
	}
	return digits;
}

const GROUPING = /[\s\u00a0\u202f\u2009'’]/g;
const SPACED = /\d[\s\u00a0\u202f\u2009'’]+\d/;

/** Reads an amount in major units into minor units, with `digits` minor digits. */
export function parseMoney(text: string, digits: number): MoneyReading {
	const compact = text.replace(GROUPING, '');
	if (compact === '') return { ok: false, problem: 'empty' };
	if (!/^[0-9.,]+$/.test(compact) || !/[0-9]/.test(compact)) return { ok: false, problem: 'invalid' };

	const lastComma = compact.lastIndexOf(',');
	const lastPoint = compact.lastIndexOf('.');
	let decimal: ',' | '.' | undefined;
	if (lastComma >= 0 && lastPoint >= 0) decimal = lastComma > lastPoint ? ',' : '.';
	else if (lastComma >= 0 || lastPoint >= 0) {
		const separator = lastComma >= 0 ? ',' : '.';
		const count = compact.split(separator).length - 1;
		const after = compact.length - compact.lastIndexOf(separator) - 1;
		decimal = count > 1 || (after === 3 && digits < 3 && !SPACED.test(text)) ? undefined : separator;
	}

	let whole = compact;
	let fraction = '';
	if (decimal) {
		const at = compact.lastIndexOf(decimal);
		whole = compact.slice(0, at);
		fraction = compact.slice(at + 1);
	}
	// The decimal separator appears once; grouping separators split thousands: "1,000,000".
	if (decimal && whole.includes(decimal)) return { ok: false, problem: 'invalid' };
	const groups = whole.split(/[.,]/);
	if (groups.length > 1 && (groups[0] === '' || groups.slice(1).some((group) => group.length !== 3))) return { ok: false, problem: 'invalid' };
	whole = groups.join('');
	if (decimal && (whole === '' || fraction === '')) return { ok: false, problem: 'invalid' };
	if (fraction.length > digits) return { ok: false, problem: 'decimals' };

	const minorText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
	if (minorText.length > 16) return { ok: false, problem: 'tooLarge' };
	const minor = Number(minorText);
	if (!Number.isSafeInteger(minor)) return { ok: false, problem: 'tooLarge' };
	if (minor === 0) return { ok: false, problem: 'zero' };
	return { ok: true, minor };
}

/** Minor units as text for an input: "40000", "40000.50" (no grouping, a point for decimals). */
export function formatMoneyInput(minor: number, digits: number): string {
	const negative = minor < 0;
	const text = String(Math.abs(minor)).padStart(digits + 1, '0');
	const whole = digits === 0 ? text : text.slice(0, -digits);
	const fraction = digits === 0 ? '' : text.slice(-digits);
	return `${negative ? '-' : ''}${whole}${/[1-9]/.test(fraction) ? `.${fraction}` : ''}`;
}
