/**
 * Money as people type it, in major units ("40 000", "40000,50", "1,500.25"), to the integer
 * number of minor units (tiyn, cents) the case file stores: exact, by digits, never through a
 * floating-point multiplication.
 */

/** Digits after the decimal point of a currency (2 for KZT, 0 for JPY). */
export function minorDigits(currency: string): number {
	try {
		return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
	} catch {
		return 2;
	}
}

/**
 * Minor units of an amount typed in major units, or undefined when the text is not a positive
 * amount in that currency. Spaces (also no-break and thin ones) and apostrophes group digits.
 * With both `.` and `,`, the last one is the decimal point. With one of them only: used more
 * than once, it groups thousands ("1,000,000", in groups of three); once, followed by exactly three digits, it
 * groups too ("40,000", "40.000"), since no currency with two decimals has three; otherwise it
 * is the decimal point ("40000,5", "12.75").
 */
export function toMinorUnits(text: string, currency: string): number | undefined {
	const digits = minorDigits(currency);
	const compact = text.trim().replace(/[\s\u00a0\u202f\u2009'’_]/g, '');
	if (!/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) return undefined;
	const lastDot = compact.lastIndexOf('.');
	const lastComma = compact.lastIndexOf(',');
	let decimalAt = -1;
	if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
	else {
		const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
		if (separator) {
			const count = compact.split(separator).length - 1;
			const after = compact.length - compact.lastIndexOf(separator) - 1;
			if (count === 1 && !(after === 3 && digits !== 3)) decimalAt = compact.lastIndexOf(separator);
		}
	}
	const grouped = decimalAt >= 0 ? compact.slice(0, decimalAt) : compact;
	// Grouped digits must look grouped: one separator kind, then groups of exactly three.
	if (/[.,]/.test(grouped) && !/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/.test(grouped)) return undefined;
	const whole = grouped.replace(/[.,]/g, '');
	const fraction = decimalAt >= 0 ? compact.slice(decimalAt + 1) : '';
	if (/[.,]/.test(fraction) || fraction.length > digits) return undefined;
	if (decimalAt >= 0 && fraction.length === 0) return undefined;
	const minorText = `${whole || '0'}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
	const minor = Number(minorText);
	return Number.isSafeInteger(minor) && minor > 0 ? minor : undefined;
}
