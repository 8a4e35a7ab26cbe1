/**
 * Formatting for messages: dates in the case's zone, money in minor units, lists, plurals and
 * relative days, all in the reader's locale. Built on the platform's Intl (ICU), which knows
 * Russian and Kazakh ("через 3 дня", "3 күннен кейін") and costs the first visit no bytes.
 * Pure: no clock (relative days take `now`).
 */
import { Zone } from '$lib/domain/time';

export interface Formatter {
	readonly locale: string;
	/** A local date `YYYY-MM-DD` as "5 Sep 2026". */
	date(localDate: string): string;
	/** An instant in the case's zone as "5 Sep 2026, 18:00". */
	dateTime(instant: Date): string;
	/** An instant's local time of day in the case's zone, "18:00". */
	time(instant: Date): string;
	/** Minor units (tiyn, cents) as "₸400,000". */
	money(minor: number, currency: string): string;
	number(value: number): string;
	/** "a, b and c" in the reader's language. */
	list(items: readonly string[]): string;
	/** The plural form for `count` (CLDR categories: one, few, many, other). */
	plural(count: number, forms: PluralForms): string;
	/** Calendar days from `now` to `at` in the case's zone: 0 today, 1 tomorrow, -1 yesterday. */
	daysFrom(at: Date, now: Date): number;
	/** A number of days from today in words: "today", "tomorrow", "in 3 days", "3 days ago". */
	relativeDays(days: number): string;
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

/**
 * `locale` is the reader's language; `dateLocale` the locale whose date conventions to use
 * (English readers here get day-month-year: "25 Nov 2026").
 */
/**
 * Formatting a language supplies itself where the platform's Intl lacks its data (some Chromium
 * builds carry no Kazakh: "2026 M11 23", "+3 d", "tomorrow"). Registered when that language loads.
 */
const ownFormats = new Map<string, (platform: Formatter, timeZone: string) => Formatter>();

export function useOwnFormat(locale: string, format: (platform: Formatter, timeZone: string) => Formatter): void {
	ownFormats.set(locale, format);
}

export function createFormatter(locale: string, timeZone: string, dateLocale = locale): Formatter {
	const platform = platformFormatter(locale, timeZone, dateLocale);
	return ownFormats.get(locale)?.(platform, timeZone) ?? platform;
}

function platformFormatter(locale: string, timeZone: string, dateLocale: string): Formatter {
	const plurals = new Intl.PluralRules(locale);
	const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
	const numbers = new Intl.NumberFormat(locale);
	const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	const day = { day: 'numeric', month: 'short', year: 'numeric' } as const;
	const localDates = new Intl.DateTimeFormat(dateLocale, { ...day, timeZone: 'UTC' });
	const dateTimes = new Intl.DateTimeFormat(dateLocale, { ...day, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
	const times = new Intl.DateTimeFormat(dateLocale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
	const zone = Zone.of(timeZone);
	// History shows hundreds of amounts and times: build each formatter once, remember each text.
	const moneyFormats = new Map<string, Intl.NumberFormat>();
	const dateTimeTexts = new Map<number, string>();
	return {
		locale,
		date: (localDate) => localDates.format(Date.UTC(Number(localDate.slice(0, 4)), Number(localDate.slice(5, 7)) - 1, Number(localDate.slice(8, 10)))),
		dateTime(instant) {
			const ms = instant.getTime();
			let text = dateTimeTexts.get(ms);
			if (text === undefined) {
				text = dateTimes.format(ms);
				if (dateTimeTexts.size > 10_000) dateTimeTexts.clear();
				dateTimeTexts.set(ms, text);
			}
			return text;
		},
		time: (instant) => times.format(instant),
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
		daysFrom: (at, now) => zone.dayOf(at.getTime()) - zone.dayOf(now.getTime()),
		relativeDays: (days) => relative.format(days, 'day'),
		plural(count, forms) {
			const category = plurals.select(count) as keyof PluralForms;
			return (forms[category] ?? forms.other).replace('#', numbers.format(count));
		}
	};
}
