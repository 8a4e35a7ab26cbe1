/**
 * Working days: Monday to Friday, except public days off, in the case's jurisdiction.
 *
 * A day is a working day when the person listed it as one (`case.holidays`, kind `working-day`: a
 * Saturday worked by decree), else not when they listed it as a day off (`day-off`: a local
 * holiday), else not when it is a public day off of `case.jurisdiction` in the data of holidays/
 * (Kazakhstan 2023–2026: holidays and the weekday days off they give when they fall on a weekend),
 * else when it is Monday to Friday. Without `case.jurisdiction` only weekends and the person's own
 * entries count. Russia has no data yet: weekends and the person's entries only.
 *
 * `addWorkingDays(anchor, n)`: the n-th working day after `anchor` (the anchor day itself never
 * counts): Friday + 1 = the next Monday; 20 March 2025 + 1 = 26 March 2025 (Nauryz, 21–23 March,
 * fell on Friday to Sunday and gave 24 and 25 March off). n = 0 is the anchor day itself.
 */
import { kzDaysOff, KZ_WORKING_DAYS } from './holidays/kz';
import { parseLocalDate, weekdayOf, type Day } from './time';
import type { CaseInfo } from './types';

export interface WorkCalendar {
	daysOff: ReadonlySet<Day>;
	workingDays: ReadonlySet<Day>;
}

/** Public days off and decreed working days per jurisdiction (built on first use). */
function publicCalendar(jurisdiction: string): { daysOff: Day[]; workingDays: Day[] } {
	if (jurisdiction !== 'KZ') return { daysOff: [], workingDays: [] };
	return { daysOff: kzDaysOff(), workingDays: KZ_WORKING_DAYS.map(parseLocalDate) };
}

const calendars = new WeakMap<CaseInfo, WorkCalendar>();

/** The working calendar of a case (memoised per case object). */
export function workCalendarOf(info: CaseInfo): WorkCalendar {
	let calendar = calendars.get(info);
	if (calendar) return calendar;
	const known = publicCalendar(info.jurisdiction ?? '');
	const daysOff = new Set<Day>(known.daysOff);
	const workingDays = new Set<Day>(known.workingDays);
	for (const entry of info.holidays ?? []) {
		const day = parseLocalDate(entry.date);
		if (entry.kind === 'working-day') {
			workingDays.add(day);
			daysOff.delete(day);
		} else {
			daysOff.add(day);
			workingDays.delete(day);
		}
	}
	calendar = { daysOff, workingDays };
	calendars.set(info, calendar);
	return calendar;
}

export function isWorkingDay(day: Day, calendar: WorkCalendar): boolean {
	if (calendar.workingDays.has(day)) return true;
	if (calendar.daysOff.has(day)) return false;
	return weekdayOf(day) < 5;
}

/** The n-th working day after `anchor` (see the top of this file). */
export function addWorkingDays(anchor: Day, n: number, calendar: WorkCalendar): Day {
	let day = anchor;
	for (let counted = 0; counted < n; ) {
		day++;
		if (isWorkingDay(day, calendar)) counted++;
	}
	return day;
}
