/**
 * Time in a case's zone.
 *
 * Local dates are handled as day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar), local times as milliseconds since local midnight, and instants as epoch
 * milliseconds. A `Zone` converts between instants and local wall time through the tz database
 * (via Intl), never through a fixed offset, so Kazakhstan's 2024 switch from UTC+6 to UTC+5 and
 * daylight saving elsewhere come out right whatever zone the machine itself is in.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Days since 1970-01-01. */
export type Day = number;

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). `month` is 1–12. */
export function dayFromCivil(year: number, month: number, day: number): Day {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Civil date of a day number (Hinnant's civil_from_days). */
export function civilFromDay(dayNumber: Day): { year: number; month: number; day: number } {
	const z = dayNumber + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True for a `YYYY-MM-DD` string naming a real calendar date (no 31 April, no 29 Feb 2023). */
export function isLocalDate(text: string): boolean {
	// Read by character codes: case files hold tens of thousands of dates, and this is 5× a regex.
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
	let year = 0;
	for (let i = 0; i < 4; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return false;
		year = year * 10 + d;
	}
	const m1 = text.charCodeAt(5) - 48;
	const m2 = text.charCodeAt(6) - 48;
	const d1 = text.charCodeAt(8) - 48;
	const d2 = text.charCodeAt(9) - 48;
	if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
	const month = m1 * 10 + m2;
	const day = d1 * 10 + d2;
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for an `HH:mm` string (00:00–23:59). */
export function isLocalTime(text: string): boolean {
	return TIME_RE.test(text);
}

/** Day number of a `YYYY-MM-DD` string. The string must already be valid. */
export function parseLocalDate(text: string): Day {
	return dayFromCivil(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

export function formatLocalDate(dayNumber: Day): string {
	const { year, month, day } = civilFromDay(dayNumber);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Milliseconds since local midnight of an `HH:mm` string. */
export function parseLocalTime(text: string): number {
	return (Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))) * MINUTE_MS;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: Day): number {
	return (((dayNumber + 3) % 7) + 7) % 7;
}

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True for an ISO 8601 instant with an explicit offset (`Z` or `±HH:MM`) on a real date. */
export function isInstant(text: string): boolean {
	const m = INSTANT_RE.exec(text);
	return m !== null && isLocalDate(m[1]!) && Number.isFinite(Date.parse(text));
}

/** Epoch milliseconds of a valid ISO 8601 instant. */
export function parseInstant(text: string): number {
	return Date.parse(text);
}

/** True when `Intl` knows the zone by this IANA name. Fixed offsets like `+05:00` are refused. */
export function isTimeZone(name: string): boolean {
	if (!/^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+)$/.test(name)) return false;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** Offsets of one UTC day: the offset at its start, and where (if anywhere) it changes. */
interface DayOffsets {
	before: number;
	changeAt: number;
	after: number;
}

/**
 * A time zone with memoised offsets. Offsets are looked up once per UTC day (and a transition
 * inside that day is found by bisection to the minute), so evaluating tens of thousands of
 * check-ins costs a few thousand Intl calls the first time and map look-ups after that.
 */
export class Zone {
	readonly name: string;
	private readonly days = new Map<number, DayOffsets>();

	private constructor(name: string) {
		this.name = name;
	}

	private static readonly zones = new Map<string, Zone>();

	/** The shared instance for a zone name (the memo is worth keeping across evaluations). */
	static of(name: string): Zone {
		let zone = Zone.zones.get(name);
		if (!zone) {
			zone = new Zone(name);
			Zone.zones.set(name, zone);
		}
		return zone;
	}

	private rawOffsetMs(ms: number): number {
		return Math.round(tzOffset(this.name, new Date(ms)) * MINUTE_MS);
	}

	private dayOffsets(utcDay: number): DayOffsets {
		let entry = this.days.get(utcDay);
		if (entry) return entry;
		const start = utcDay * DAY_MS;
		const before = this.rawOffsetMs(start);
		const after = this.rawOffsetMs(start + DAY_MS);
		let changeAt = Infinity;
		if (before !== after) {
			// Bisect to the first minute that has the new offset.
			let lo = start / MINUTE_MS;
			let hi = lo + DAY_MS / MINUTE_MS;
			while (hi - lo > 1) {
				const mid = Math.floor((lo + hi) / 2);
				if (this.rawOffsetMs(mid * MINUTE_MS) === before) lo = mid;
				else hi = mid;
			}
			changeAt = hi * MINUTE_MS;
		}
		entry = { before, changeAt, after };
		this.days.set(utcDay, entry);
		return entry;
	}

	/** UTC offset in milliseconds at an instant (positive east of Greenwich). */
	offsetMs(ms: number): number {
		const entry = this.dayOffsets(Math.floor(ms / DAY_MS));
		return ms < entry.changeAt ? entry.before : entry.after;
	}

	/** The local date an instant falls on. */
	dayOf(ms: number): Day {
		return Math.floor((ms + this.offsetMs(ms)) / DAY_MS);
	}

	/** Milliseconds since local midnight of an instant. */
	timeOf(ms: number): number {
		const local = ms + this.offsetMs(ms);
		return local - Math.floor(local / DAY_MS) * DAY_MS;
	}

	/**
	 * The instant of a local wall time. Like Temporal's `compatible` disambiguation: a time that
	 * occurs twice (clocks turned back) is its earlier instant; a time skipped by a forward jump is
	 * read with the offset before the jump, i.e. moved forward by the gap (02:30 → 03:30).
	 */
	instantOf(day: Day, msOfDay = 0): number {
		const local = day * DAY_MS + msOfDay;
		const offsetBefore = this.offsetMs(local - DAY_MS);
		const offsetAfter = this.offsetMs(local + DAY_MS);
		const early = local - offsetBefore;
		if (offsetBefore === offsetAfter) return early;
		const late = local - offsetAfter;
		const earlyValid = this.offsetMs(early) === offsetBefore;
		const lateValid = this.offsetMs(late) === offsetAfter;
		if (earlyValid && lateValid) return Math.min(early, late);
		if (lateValid) return late;
		return early;
	}

	/** First millisecond of a local day. */
	startOfDay(day: Day): number {
		return this.instantOf(day, 0);
	}

	/** Last millisecond of a local day (23:59:59.999 local): a date-only deadline. */
	endOfDay(day: Day): number {
		return this.instantOf(day + 1, 0) - 1;
	}
}

/** An ISO 8601 duration such as `P3D`, `PT1H`, `P1W`, `P1M2DT3H`. Only non-negative parts. */
export interface Duration {
	years: number;
	months: number;
	days: number;
	ms: number;
}

const DURATION_RE = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO 8601 duration; `undefined` when it is not one (or is zero). */
export function parseDuration(text: string): Duration | undefined {
	const m = DURATION_RE.exec(text);
	if (!m) return undefined;
	const n = (i: number) => (m[i] ? Number(m[i]) : 0);
	const duration = {
		years: n(1),
		months: n(2),
		days: n(3) * 7 + n(4),
		ms: ((n(5) * 60 + n(6)) * 60 + n(7)) * 1000
	};
	const total = duration.years + duration.months + duration.days + duration.ms;
	return total > 0 && Number.isSafeInteger(duration.ms) ? duration : undefined;
}

/**
 * `instant` minus a duration, in the zone's calendar: years, months and days move the local
 * date and keep the wall time (so `P1D` before 23:59:59.999 is 23:59:59.999 the day before,
 * across a DST change too); hours, minutes and seconds are exact elapsed time. A month
 * subtraction that lands past a month's end clamps to its last day (31 Mar − P1M = 28/29 Feb).
 */
export function subtractDuration(zone: Zone, instant: number, duration: Duration): number {
	let result = instant;
	if (duration.years || duration.months || duration.days) {
		let day = zone.dayOf(instant);
		const msOfDay = zone.timeOf(instant);
		if (duration.years || duration.months) {
			const civil = civilFromDay(day);
			const monthIndex = civil.year * 12 + (civil.month - 1) - duration.years * 12 - duration.months;
			const year = Math.floor(monthIndex / 12);
			const month = monthIndex - year * 12 + 1;
			day = dayFromCivil(year, month, Math.min(civil.day, daysInMonth(year, month)));
		}
		result = zone.instantOf(day - duration.days, msOfDay);
	}
	return result - duration.ms;
}
