/**
 * Kazakhstan's public days off, 2023–2026, as data (sources: docs/jurisdictions.md).
 *
 * - `KZ_EVERY_YEAR` / `KZ_RELIGIOUS`: the national and state holidays that are days off under the Law "О праздниках в
 *   Республике Казахстан" as amended in 2022 (New Year 1–2 Jan, 8 Mar, Nauryz 21–23 Mar, 1 May,
 *   7 May, 9 May, 6 Jul, 30 Aug, 25 Oct, 16 Dec), and the religious days off (Orthodox Christmas
 *   7 Jan; the first day of Kurban Ait, dated each year — 2026's is not listed: its date was not
 *   confirmed when this was written).
 * - `KZ_TRANSFERRED`: days off moved by the Labour Code's rule that a holiday falling on a Saturday or
 *   Sunday gives the next working day off (not for religious holidays). A unit test re-derives
 *   them by that rule.
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

/** Weekday days off given for a holiday that fell on a weekend, each as `day-off:holiday`. */
export const KZ_TRANSFERRED = (
	'2023-01-03:2023-01-01 2023-05-08:2023-05-07 2023-12-18:2023-12-16 2024-03-25:2024-03-23 2024-07-08:2024-07-06 ' +
	'2025-03-10:2025-03-08 2025-03-24:2025-03-22 2025-03-25:2025-03-23 2025-07-07:2025-07-06 2025-09-01:2025-08-30 ' +
	'2025-10-27:2025-10-25 2026-03-09:2026-03-08 2026-03-24:2026-03-21 2026-03-25:2026-03-22 2026-05-11:2026-05-09 ' +
	'2026-08-31:2026-08-30 2026-10-26:2026-10-25'
)
	.split(' ')
	.map((pair) => pair.split(':') as [string, string]);

/** Weekend days made working days by government decree: none confirmed (see above). */
export const KZ_WORKING_DAYS: readonly string[] = [];

/** Every public day off of a year in the data (holidays, Kurban Ait, transferred days), as local dates. */
export function kzDaysOff(): string[] {
	const days: string[] = [];
	for (let year = KZ_YEARS.from; year <= KZ_YEARS.until; year++) for (const day of KZ_EVERY_YEAR) days.push(`${year}-${day}`);
	for (const day of KZ_RELIGIOUS) if (day.length === 10) days.push(day);
	for (const [day] of KZ_TRANSFERRED) days.push(day);
	return days;
}
