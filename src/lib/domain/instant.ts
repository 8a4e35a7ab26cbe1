/**
 * ISO 8601 instants with an explicit offset, read fast: `YYYY-MM-DDTHH:mm[:ss[.f…]](Z|±HH:MM)`.
 *
 * The engine reads every check-in's `at` on every evaluation, so this is on the hot path: a
 * hand-written reader of this one fixed shape is about twice as fast as Date.parse (which also
 * accepts shapes a case file must not contain) and validates as it goes.
 */
import { dayFromCivil, daysInMonth } from './time';

const DAY_MS = 86_400_000;

function digit(text: string, index: number): number {
	const code = text.charCodeAt(index) - 48;
	return code >= 0 && code <= 9 ? code : NaN;
}

function two(text: string, index: number): number {
	return digit(text, index) * 10 + digit(text, index + 1);
}

/** Epoch milliseconds of an instant, or NaN when the text is not one (or names no real date). */
export function instantMs(text: string): number {
	if (text.length < 17 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return NaN;
	const year = two(text, 0) * 100 + two(text, 2);
	const month = two(text, 5);
	const day = two(text, 8);
	const hour = two(text, 11);
	const minute = two(text, 14);
	if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59)) return NaN;
	let i = 16;
	let second = 0;
	let millis = 0;
	if (text.charCodeAt(i) === 58) {
		second = two(text, 17);
		if (!(second <= 59)) return NaN;
		i = 19;
		if (text.charCodeAt(i) === 46) {
			const first = ++i;
			let scale = 100;
			while (i < text.length && digit(text, i) >= 0) {
				millis += digit(text, i) * scale;
				scale /= 10;
				i++;
			}
			if (i === first || i - first > 9) return NaN;
			millis = Math.floor(millis);
		}
	}
	let offsetMinutes = 0;
	const sign = text.charCodeAt(i);
	if (sign === 90 /* Z */) {
		if (i + 1 !== text.length) return NaN;
	} else if (sign === 43 /* + */ || sign === 45 /* - */) {
		if (i + 6 !== text.length || text.charCodeAt(i + 3) !== 58) return NaN;
		const offsetHours = two(text, i + 1);
		const offsetMins = two(text, i + 4);
		if (!(offsetHours <= 23 && offsetMins <= 59)) return NaN;
		offsetMinutes = (offsetHours * 60 + offsetMins) * (sign === 45 ? -1 : 1);
	} else {
		return NaN;
	}
	return dayFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

/**
 * Orders two valid instants (negative, zero, positive). Texts of the same length with the same
 * offset compare as text, which is what the usual check-in (`at` and `recordedAt` written
 * together) needs, without reading either.
 */
export function compareInstants(a: string, b: string): number {
	if (a === b) return 0;
	const n = a.length;
	if (n === b.length) {
		const z = a.charCodeAt(n - 1) === 90 && b.charCodeAt(n - 1) === 90;
		let sameOffset = z;
		if (!z) {
			sameOffset = true;
			for (let i = n - 6; i < n && sameOffset; i++) sameOffset = a.charCodeAt(i) === b.charCodeAt(i);
		}
		if (sameOffset) return a < b ? -1 : 1;
	}
	return instantMs(a) - instantMs(b);
}

/** An instant as ISO 8601 text with the given UTC offset: `2026-11-23T17:05:09.123+05:00`. */
export function formatInstant(ms: number, offsetMs: number): string {
	const local = new Date(ms + offsetMs).toISOString().slice(0, 23);
	const minutes = Math.round(offsetMs / 60_000);
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
