/**
 * Formatting for messages: dates in the case's zone, money in minor units, lists and plurals,
 * all in the reader's locale. Pure: no clock (relative times take `now`).
 */
import { differenceInCalendarDays, format as formatDate } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Locale } from 'date-fns';

export interface Formatter {
	readonly locale: string;
	/** A local date `YYYY-MM-DD` as "5 Sep 2026". */
	date(localDate: string): string;
	/** An instant in the case's zone as "5 Sep 2026, 18:00". */
	dateTime(instant: Date): string;
	/** An instant's local time of day in the case's zone, "18:00". */
	time(instant: Date): string;
	/** Minor units (tiyn, cents) as "400,000 ₸". */
	money(minor: number, currency: string): string;
	number(value: number): string;
	/** "a, b and c" in the reader's language. */
	list(items: readonly string[]): string;
	/** The plural form for `count` (CLDR categories: one, few, many, other). */
	plural(count: number, forms: PluralForms): string;
	/** Calendar days from `now` to `at` in the case's zone: 0 today, 1 tomorrow, -1 yesterday. */
	daysFrom(at: Date, now: Date): number;
}

export interface PluralForms {
	one?: string;
	few?: string;
	many?: string;
	other: string;
}

const fractionDigits = new Map<string, number>();
function minorDigits(currency: string): number {
	let digits = fractionDigits.get(currency);
	if (digits === undefined) {
		digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
		fractionDigits.set(currency, digits);
	}
	return digits;
}

export function createFormatter(locale: string, dateLocale: Locale, timeZone: string): Formatter {
	const plurals = new Intl.PluralRules(locale);
	const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
	const numbers = new Intl.NumberFormat(locale);
	const inZone = (instant: Date) => new TZDate(instant.getTime(), timeZone);
	// History shows hundreds of amounts and times: build each formatter once, remember each text.
	const moneyFormats = new Map<string, Intl.NumberFormat>();
	const dateTimes = new Map<number, string>();
	return {
		locale,
		date: (localDate) => formatDate(new Date(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10))), 'd MMM yyyy', { locale: dateLocale }),
		dateTime(instant) {
			const ms = instant.getTime();
			let text = dateTimes.get(ms);
			if (text === undefined) {
				text = formatDate(inZone(instant), 'd MMM yyyy, HH:mm', { locale: dateLocale });
				if (dateTimes.size > 10_000) dateTimes.clear();
				dateTimes.set(ms, text);
			}
			return text;
		},
		time: (instant) => formatDate(inZone(instant), 'HH:mm', { locale: dateLocale }),
		money(minor, currency) {
			const digits = minorDigits(currency);
			const value = minor / 10 ** digits;
			const whole = Number.isInteger(value);
			const key = `${currency}/${whole}`;
			let formatter = moneyFormats.get(key);
			if (!formatter) {
				formatter = new Intl.NumberFormat(locale, {
					style: 'currency',
					currency,
					currencyDisplay: 'narrowSymbol',
					minimumFractionDigits: whole ? 0 : digits,
					maximumFractionDigits: digits
				});
				moneyFormats.set(key, formatter);
			}
			return formatter.format(value);
		},
		number: (value) => numbers.format(value),
		list: (items) => lists.format(items),
		daysFrom: (at, now) => differenceInCalendarDays(inZone(at), inZone(now)),
		plural(count, forms) {
			const category = plurals.select(count) as keyof PluralForms;
			return (forms[category] ?? forms.other).replace('#', numbers.format(count));
		}
	};
}
