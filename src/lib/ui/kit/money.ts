/**
 * Amounts as people type them, to the integer minor units (tiyn, cents) a case file stores —
 * exactly, by reading digits as text: no floating point on the way, so "40000.10" is 4000010,
 * never 4000009.999….
 *
 * What is read (decisions, each tested in money.test.ts):
 * - Spaces (also no-break and thin spaces) and apostrophes group thousands: "40 000", "1'000".
 * - With both "," and "." in the text, the last one is the decimal mark and the other groups
 *   thousands: "40,000.50" and "40.000,50" are both 40000.50.
 * - One kind of mark appearing more than once groups thousands: "1,000,000".
 * - One mark appearing once is the decimal mark ("40000,50", "40000.5", "1 000.555"), except when
 *   exactly three digits follow it, nothing else groups the number, and the currency has fewer
 *   than three decimals: "40,000" and "40.000" are
 *   forty thousand (that is how they are written in English and in Russian; nobody writes 40 with
 *   three decimals of a currency that has two).
 * - Groups after the first must be three digits ("4 0000" is refused: a typo is likelier than a
 *   meaning). The first group has 1–3 digits when the number is grouped.
 * - More decimals than the currency has are refused ("40.505" tenge), unless they are zeros.
 * - A currency symbol before or after the number is ignored ("₸40 000", "40 000 ₸"); a sign,
 *   letters or anything else is refused. Zero is refused (a payment is more than nothing).
 */

export type AmountProblem = 'empty' | 'invalid' | 'decimals' | 'zero' | 'tooLarge';

export type ParsedAmount = { ok: true; minor: number } | { ok: false; problem: AmountProblem };

const digitCache = new Map<string, number>();

/** How many decimals a currency has (KZT 2, JPY 0, KWD 3), from the platform's ISO 4217 data. */
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

const ALLOWED_RE = /^[0-9\s\u00A0\u202F\u2009'’.,]+$/u;
const SYMBOL_EDGES_RE = /^[\s\p{Sc}]+|[\s\p{Sc}]+$/gu;

/** Reads an amount in major units typed by a person as integer minor units (`digits` decimals). */
export function parseMajorAmount(text: string, digits: number): ParsedAmount {
	const trimmed = text.replace(SYMBOL_EDGES_RE, '');
	if (trimmed === '') return text.trim() === '' ? { ok: false, problem: 'empty' } : { ok: false, problem: 'invalid' };
	if (!ALLOWED_RE.test(trimmed) || !/^[0-9]/.test(trimmed) || !/[0-9]$/.test(trimmed)) return { ok: false, problem: 'invalid' };

	const commas = countOf(trimmed, ',');
	const dots = countOf(trimmed, '.');
	let decimalMark: ',' | '.' | undefined;
	if (commas > 0 && dots > 0) {
		decimalMark = trimmed.lastIndexOf(',') > trimmed.lastIndexOf('.') ? ',' : '.';
		if (countOf(trimmed, decimalMark) > 1) return { ok: false, problem: 'invalid' };
	} else if (commas + dots === 1) {
		const mark = commas === 1 ? ',' : '.';
		const after = trimmed.slice(trimmed.indexOf(mark) + 1);
		// With spaces or apostrophes already grouping thousands, the one mark is the decimal mark.
		const spaced = /[\s\u00A0\u202F\u2009'’]/u.test(trimmed);
		const groupsThousands = !spaced && /^[0-9]{3}$/.test(after) && digits < 3;
		decimalMark = groupsThousands ? undefined : mark;
	}

	let whole = trimmed;
	let fraction = '';
	if (decimalMark) {
		const at = trimmed.lastIndexOf(decimalMark);
		whole = trimmed.slice(0, at);
		fraction = trimmed.slice(at + 1);
		if (!/^[0-9]+$/.test(fraction)) return { ok: false, problem: 'invalid' };
	}

	const wholeDigits = readGroups(whole);
	if (wholeDigits === undefined) return { ok: false, problem: 'invalid' };

	const significant = fraction.replace(/0+$/, '');
	if (significant.length > digits) return { ok: false, problem: 'decimals' };

	const minor = BigInt(wholeDigits + significant.padEnd(digits, '0'));
	if (minor === 0n) return { ok: false, problem: 'zero' };
	if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'tooLarge' };
	return { ok: true, minor: Number(minor) };
}

function countOf(text: string, char: string): number {
	let count = 0;
	for (const c of text) if (c === char) count++;
	return count;
}

/** The digits of a whole part, plain ("40000") or grouped in thousands ("40 000", "1,000,000"). */
function readGroups(whole: string): string | undefined {
	if (/^[0-9]+$/.test(whole)) return whole;
	const groups = whole.split(/[\s\u00A0\u202F\u2009'’.,]/u);
	if (groups.some((group) => !/^[0-9]+$/.test(group))) return undefined;
	const [first, ...rest] = groups;
	if (!first || first.length > 3 || rest.some((group) => group.length !== 3)) return undefined;
	return groups.join('');
}

/**
 * Minor units as text the form can show and read back ("40000.5" → "40000.50", whole amounts
 * without decimals): used to prefill a correction. `parseMajorAmount(formatMajorAmount(m, d), d)`
 * gives back `m`.
 */
export function formatMajorAmount(minor: number, digits: number): string {
	const text = String(minor).padStart(digits + 1, '0');
	if (digits === 0) return text;
	const whole = text.slice(0, -digits);
	const fraction = text.slice(-digits);
	return /^0+$/.test(fraction) ? whole : `${whole}.${fraction}`;
}
