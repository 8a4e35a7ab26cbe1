/**
 * Kazakh dates, numbers, money, lists and relative days written by the app itself, for browsers
 * whose Intl has no Kazakh data (Debian's Chromium answers "2026 M11 23", "₸ 40,000", "+3 d" and
 * even "tomorrow"). The forms are those of CLDR's Kazakh, as full ICU (Node, Safari) writes them:
 * "2026 ж. 23 қар.", "2026 ж. 23 қар., 18:05", "40 000 ₸", "3 күннен кейін". Loaded only with
 * Kazakh, used only where the platform lacks it.
 */
import { civilFromDay, Zone } from '$lib/domain/time';
import type { Formatter } from '../format';

const MONTHS = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];
const NBSP = '\u00a0';

/** Whether the platform writes Kazakh itself. */
export function platformHasKazakh(): boolean {
	try {
		return new Intl.DateTimeFormat('kk-KZ', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 15)) === kazakhDate(2026, 1, 15);
	} catch {
		return false;
	}
}

function kazakhDate(year: number, month: number, day: number): string {
	return `${year} ж. ${day} ${MONTHS[month - 1]}`;
}

/** Digits grouped by threes with no-break spaces, a decimal comma. */
function kazakhNumber(value: number, minimumFractionDigits = 0, maximumFractionDigits = 3): string {
	const plain = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits, maximumFractionDigits }).format(Math.abs(value));
	const [whole = '', fraction] = plain.split('.');
	return `${value < 0 ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)}${fraction ? `,${fraction}` : ''}`;
}

function currencySign(currency: string): { sign: string; digits: number } {
	const format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
	const sign = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
	return { sign, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
}

const NAMED_DAYS: Readonly<Record<number, string>> = { [-2]: 'алдыңгүні', [-1]: 'кеше', 0: 'бүгін', 1: 'ертең', 2: 'бүрсігүні' };

/** The platform's formatter, with Kazakh written by the app where the platform does not know it. */
export function kazakhFormat(platform: Formatter, timeZone: string): Formatter {
	const zone = Zone.of(timeZone);
	return {
		...platform,
		date(localDate) {
			return kazakhDate(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)), Number(localDate.slice(8, 10)));
		},
		dateTime(instant) {
			const { year, month, day } = civilFromDay(zone.dayOf(instant.getTime()));
			return `${kazakhDate(year, month, day)}, ${platform.time(instant)}`;
		},
		money(minor, currency) {
			const { sign, digits } = currencySign(currency);
			const value = minor / 10 ** digits;
			const whole = Number.isInteger(value);
			return `${kazakhNumber(value, whole ? 0 : digits, digits)}${NBSP}${sign}`;
		},
		number: (value) => kazakhNumber(value),
		list(items) {
			if (items.length <= 2) return items.join(' және ');
			return `${items.slice(0, -1).join(', ')} және ${items.at(-1)}`;
		},
		relativeDays(days) {
			return NAMED_DAYS[days] ?? (days > 0 ? `${days} күннен кейін` : `${-days} күн бұрын`);
		},
		plural(count, forms) {
			// Kazakh keeps the noun singular after a number: one form, with the number written as above.
			return (forms.one !== undefined && count === 1 ? forms.one : forms.other).replace('#', kazakhNumber(count));
		}
	};
}
