import { parseLocalDate, weekdayOf, type Day } from '../time';

/**
 * Kazakhstan's public days off, 2023–2026, as data (sources: docs/jurisdictions.md).
 *
 * - `KZ_EVERY_YEAR` / `KZ_RELIGIOUS`: the national and state holidays that are days off under the Law "О праздниках в
 *   Республике Казахстан" as amended in 2022 (New Year 1–2 Jan, 8 Mar, Nauryz 21–23 Mar, 1 May,
 *   7 May, 9 May, 6 Jul, 30 Aug, 25 Oct, 16 Dec), and the religious days off (Orthodox Christmas
 *   7 Jan; the first day of Kurban Ait, dated each year — 2026's is not listed: its date was not
 *   confirmed when this was written).
 * - The weekday days off given by the Labour Code's rule that a holiday falling on a Saturday or
 *   Sunday gives the next working day off (not for religious holidays) are derived by `kzDaysOff`;
 *   a unit test holds them to a hand-made list.
 * - `KZ_WORKING_DAYS`: Saturdays or Sundays made working days by the government's yearly decrees on
 *   moving days off. None is listed: the decrees could not be checked offline, and a wrong date
 *   here would move a legal deadline. A person adds them by hand (`case.holidays`).
 */
export const KZ_YEARS = { from: 2023, until: 2026 } as const;

/**
 * Days off every year, as MM-DD: New Year (2), Orthodox Christmas, 8 March, Nauryz (3), 1 May,
 * 7 May, 9 May, Capital Day, Constitution Day, Republic Day, Independence Day. Kept as short text:
 * the engine, and so this, is part of the app's first visit.
 */
export const KZ_EVERY_YEAR = '01-01 01-02 01-07 03-08 03-21 03-22 03-23 05-01 05-07 05-09 07-06 08-30 10-25 12-16'.split(' ');

/** Religious days off, never transferred off a weekend: Orthodox Christmas (MM-DD) and the first day of Kurban Ait (dated). */
export const KZ_RELIGIOUS = '01-07 2023-06-28 2024-06-16 2025-06-06'.split(' ');

/** Weekend days made working days by government decree: none confirmed (see above). */
export const KZ_WORKING_DAYS: readonly string[] = [];

/**
 * Every public day off in the data, as day numbers: the holidays of each year, Kurban Ait, and for
 * each non-religious holiday on a Saturday or Sunday the next weekday that is not itself a day off
 * (taken in date order, so two weekend holidays give two days: Nauryz 2025 → 24 and 25 March).
 */
export function kzDaysOff(): Day[] {
	const days: Day[] = [];
	for (let year = KZ_YEARS.from; year <= KZ_YEARS.until; year++) {
		const holidays = KZ_EVERY_YEAR.map((date) => parseLocalDate(`${year}-${date}`));
		for (const date of KZ_RELIGIOUS) if (date.startsWith(`${year}`)) holidays.push(parseLocalDate(date));
		const off = new Set(holidays);
		KZ_EVERY_YEAR.forEach((date, index) => {
			let day = holidays[index]!;
			if (KZ_RELIGIOUS.includes(date) || weekdayOf(day) < 5) return;
			do day++;
			while (weekdayOf(day) > 4 || off.has(day));
			off.add(day);
		});
		days.push(...off);
	}
	return days;
}
