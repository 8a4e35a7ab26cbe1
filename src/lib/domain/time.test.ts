import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	civilFromDay,
	DAY_MS,
	dayFromCivil,
	daysInMonth,
	formatLocalDate,
	isInstant,
	isLeapYear,
	isLocalDate,
	isLocalTime,
	isTimeZone,
	parseDuration,
	parseInstant,
	parseLocalDate,
	parseLocalTime,
	subtractDuration,
	weekdayOf,
	Zone,
	type Day
} from './time';

const HOUR_MS = 3_600_000;
const day = parseLocalDate;
/** Instants are compared as UTC ISO strings, so a failure reads as a time, not a number. */
const iso = (ms: number) => new Date(ms).toISOString();
const utc = (instant: string) => iso(Date.parse(instant));

const almaty = Zone.of('Asia/Almaty');
const newYork = Zone.of('America/New_York');

/** A day number through the platform's own calendar (any year, unlike Date.UTC's 0–99 quirk). */
function dayByDate(year: number, month: number, dayOfMonth: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, dayOfMonth);
	return date.getTime() / DAY_MS;
}

describe('day numbers', () => {
	it('count days from 1970-01-01', () => {
		expect(dayFromCivil(1970, 1, 1)).toBe(0);
		expect(dayFromCivil(1969, 12, 31)).toBe(-1);
		expect(dayFromCivil(2000, 3, 1)).toBe(11017);
		expect(dayFromCivil(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
		expect(civilFromDay(19782)).toEqual({ year: 2024, month: 2, day: 29 });
		expect(civilFromDay(-719468)).toEqual({ year: 0, month: 3, day: 1 });
	});

	it('round-trip through civil dates over ±10 000 years', () => {
		fc.assert(
			fc.property(fc.integer({ min: -4_400_000, max: 2_900_000 }), (n) => {
				const { year, month, day: dom } = civilFromDay(n);
				expect(month).toBeGreaterThanOrEqual(1);
				expect(month).toBeLessThanOrEqual(12);
				expect(dom).toBeGreaterThanOrEqual(1);
				expect(dom).toBeLessThanOrEqual(daysInMonth(year, month));
				expect(dayFromCivil(year, month, dom)).toBe(n);
			}),
			{ numRuns: 2000 }
		);
	});

	it('agree with the platform calendar for any valid date in years -9999…9999', () => {
		fc.assert(
			fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, dom) => {
				fc.pre(dom <= daysInMonth(year, month));
				expect(dayFromCivil(year, month, dom)).toBe(dayByDate(year, month, dom));
			}),
			{ numRuns: 2000 }
		);
	});

	it('agree with Date.UTC over 1900–2100, day by day, and the next day is the next civil date', () => {
		const wrong: string[] = [];
		let n = Date.UTC(1900, 0, 1) / DAY_MS;
		for (let year = 1900; year <= 2100; year++) {
			for (let month = 1; month <= 12; month++) {
				for (let dom = 1; dom <= daysInMonth(year, month); dom++, n++) {
					const civil = civilFromDay(n);
					if (dayFromCivil(year, month, dom) !== n || civil.year !== year || civil.month !== month || civil.day !== dom) wrong.push(`${year}-${month}-${dom}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(n).toBe(Date.UTC(2101, 0, 1) / DAY_MS);
	});

	it('weekdays run Monday = 0 … Sunday = 6, as the platform says', () => {
		expect(weekdayOf(0)).toBe(3); // Thursday 1 January 1970
		expect(weekdayOf(day('2024-03-04'))).toBe(0);
		expect(weekdayOf(day('2024-03-10'))).toBe(6);
		fc.assert(
			fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
				expect(weekdayOf(n)).toBe((new Date(n * DAY_MS).getUTCDay() + 6) % 7);
			})
		);
	});

	it('leap years follow the Gregorian rule', () => {
		expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2023, 2)).toBe(28);
		expect(daysInMonth(2100, 2)).toBe(28);
		expect(daysInMonth(2024, 4)).toBe(30);
		expect(daysInMonth(2024, 12)).toBe(31);
	});

	it('format and parse YYYY-MM-DD as inverses', () => {
		expect(formatLocalDate(day('2024-03-01'))).toBe('2024-03-01');
		expect(formatLocalDate(dayFromCivil(33, 7, 4))).toBe('0033-07-04');
		fc.assert(
			fc.property(fc.integer({ min: dayFromCivil(0, 1, 1), max: dayFromCivil(9999, 12, 31) }), (n) => {
				const text = formatLocalDate(n);
				expect(isLocalDate(text)).toBe(true);
				expect(parseLocalDate(text)).toBe(n);
			})
		);
	});
});

describe('isLocalDate', () => {
	it.each(['2024-02-29', '2000-02-29', '2023-02-28', '2024-04-30', '2024-12-31', '0000-02-29', '9999-12-31'])('accepts %s', (text) => {
		expect(isLocalDate(text)).toBe(true);
	});

	it.each([
		['2024-04-31', '31 April'],
		['2023-02-29', 'not a leap year'],
		['2100-02-29', 'a century that is not a leap year'],
		['2024-02-30', '30 February'],
		['2024-00-10', 'month 0'],
		['2024-13-01', 'month 13'],
		['2024-01-00', 'day 0'],
		['2024-01-32', 'day 32'],
		['2024-3-05', 'one-digit month'],
		['2024-03-5', 'one-digit day'],
		['24-03-05', 'two-digit year'],
		['+2024-03-05', 'signed year'],
		['2024/03/05', 'slashes'],
		['2024-03-05T00:00', 'a time'],
		[' 2024-03-05', 'a blank'],
		['2024-0a-05', 'a letter'],
		['２０２４-03-05', 'full-width digits'],
		['', 'nothing']
	])('refuses %s (%s)', (text) => {
		expect(isLocalDate(text)).toBe(false);
	});

	it('refuses every day past the end of its month', () => {
		for (let month = 1; month <= 12; month++) {
			const length = daysInMonth(2023, month);
			expect(isLocalDate(`2023-${String(month).padStart(2, '0')}-${length}`)).toBe(true);
			expect(isLocalDate(`2023-${String(month).padStart(2, '0')}-${length + 1}`)).toBe(false);
		}
	});
});

describe('isLocalTime', () => {
	it('accepts HH:mm from 00:00 to 23:59 and reads it as ms since midnight', () => {
		expect(['00:00', '09:30', '23:59'].every(isLocalTime)).toBe(true);
		expect(parseLocalTime('09:30')).toBe(9.5 * HOUR_MS);
		expect(parseLocalTime('23:59')).toBe(DAY_MS - 60_000);
	});

	it('refuses other shapes', () => {
		expect(['24:00', '9:30', '09:60', '09:30:00', '0930', ''].some(isLocalTime)).toBe(false);
	});
});

describe('isInstant', () => {
	it.each([
		'2024-03-05T10:15:00+05:00',
		'2024-03-05T10:15:00Z',
		'2024-03-05T10:15:00-03:30',
		'2024-03-05T10:15+05:00',
		'2024-03-05T10:15:00.5Z',
		'2024-03-05T10:15:00.123+06:00',
		'2024-02-29T23:59:59.999+06:00'
	])('accepts %s', (text) => {
		expect(isInstant(text)).toBe(true);
	});

	it.each([
		['2024-03-05T10:15:00', 'no offset'],
		['2024-03-05', 'a date'],
		['2024-02-30T00:00:00Z', 'no 30 February (Date.parse would roll it to 1 March)'],
		['2023-02-29T12:00:00Z', 'not a leap year'],
		['2024-03-05T24:00:00Z', 'hour 24'],
		['2024-03-05T10:15:60Z', 'second 60'],
		['2024-03-05 10:15:00Z', 'a space for T'],
		['2024-03-05T10:15:00+0500', 'offset without colon'],
		['2024-03-05T10:15:00+05', 'offset without minutes'],
		['2024-03-05t10:15:00z', 'lower case'],
		['1709633700000', 'a number']
	])('refuses %s (%s)', (text) => {
		expect(isInstant(text)).toBe(false);
	});

	it('reads offsets and fractions of a second exactly', () => {
		expect(parseInstant('2024-03-05T10:15:00+05:00')).toBe(Date.UTC(2024, 2, 5, 5, 15));
		expect(parseInstant('2024-03-05T10:15:00.25-03:30')).toBe(Date.UTC(2024, 2, 5, 13, 45, 0, 250));
		expect(parseInstant('2024-03-05T10:15:00Z')).toBe(Date.UTC(2024, 2, 5, 10, 15));
	});
});

describe('isTimeZone', () => {
	it.each(['Asia/Almaty', 'UTC', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Etc/GMT-5', 'Pacific/Apia'])('accepts %s', (name) => {
		expect(isTimeZone(name)).toBe(true);
	});

	it.each(['+05:00', 'UTC+5', 'GMT+05:00', 'Mars/Olympus', 'Asia/Nowhere', '', 'Asia', '/Almaty', 'Asia/Almaty '])('refuses %j', (name) => {
		expect(isTimeZone(name)).toBe(false);
	});
});

describe('Zone: Asia/Almaty, UTC+6 until 1 March 2024 00:00, then UTC+5', () => {
	it('changes its offset at 2024-02-29T18:00Z', () => {
		expect(almaty.offsetMs(Date.parse('2024-02-29T17:59:59.999Z'))).toBe(6 * HOUR_MS);
		expect(almaty.offsetMs(Date.parse('2024-02-29T18:00:00Z'))).toBe(5 * HOUR_MS);
		expect(almaty.offsetMs(Date.parse('2023-07-01T00:00:00Z'))).toBe(6 * HOUR_MS);
		expect(almaty.offsetMs(Date.parse('2025-01-01T00:00:00Z'))).toBe(5 * HOUR_MS);
	});

	it('gives 29 February 2024 25 hours: the clock ran 23:00–24:00 twice', () => {
		expect(iso(almaty.startOfDay(day('2024-02-29')))).toBe(utc('2024-02-29T00:00:00+06:00'));
		expect(iso(almaty.endOfDay(day('2024-02-29')))).toBe(utc('2024-02-29T23:59:59.999+05:00'));
		expect(almaty.endOfDay(day('2024-02-29')) + 1 - almaty.startOfDay(day('2024-02-29'))).toBe(25 * HOUR_MS);
	});

	it('starts and ends 1 and 2 March 2024 at UTC+5', () => {
		expect(iso(almaty.startOfDay(day('2024-03-01')))).toBe(utc('2024-03-01T00:00:00+05:00'));
		expect(iso(almaty.endOfDay(day('2024-03-01')))).toBe(utc('2024-03-01T23:59:59.999+05:00'));
		expect(iso(almaty.startOfDay(day('2024-03-02')))).toBe(utc('2024-03-02T00:00:00+05:00'));
		expect(iso(almaty.endOfDay(day('2024-03-02')))).toBe(utc('2024-03-02T23:59:59.999+05:00'));
	});

	it('reads a repeated wall time as its earlier instant', () => {
		expect(iso(almaty.instantOf(day('2024-02-29'), 23.5 * HOUR_MS))).toBe(utc('2024-02-29T23:30:00+06:00'));
		expect(iso(almaty.instantOf(day('2024-02-29'), 22.5 * HOUR_MS))).toBe(utc('2024-02-29T22:30:00+06:00'));
	});

	it('maps both readings of the repeated hour back to 29 February, 23:30', () => {
		for (const instant of ['2024-02-29T23:30:00+06:00', '2024-02-29T23:30:00+05:00']) {
			expect(formatLocalDate(almaty.dayOf(Date.parse(instant)))).toBe('2024-02-29');
			expect(almaty.timeOf(Date.parse(instant))).toBe(23.5 * HOUR_MS);
		}
		expect(formatLocalDate(almaty.dayOf(Date.parse('2024-03-01T00:00:00+05:00')))).toBe('2024-03-01');
		expect(almaty.timeOf(Date.parse('2024-03-01T00:00:00+05:00'))).toBe(0);
	});

	it('is one shared instance per name', () => {
		expect(Zone.of('Asia/Almaty')).toBe(almaty);
		expect(almaty.name).toBe('Asia/Almaty');
	});
});

describe('Zone: America/New_York daylight saving', () => {
	it('moves a skipped time forward by the gap (02:30 on 10 March 2024 is 03:30 EDT)', () => {
		expect(iso(newYork.instantOf(day('2024-03-10'), 2.5 * HOUR_MS))).toBe(utc('2024-03-10T03:30:00-04:00'));
		expect(iso(newYork.instantOf(day('2024-03-10'), 1.5 * HOUR_MS))).toBe(utc('2024-03-10T01:30:00-05:00'));
		expect(iso(newYork.instantOf(day('2024-03-10'), 3 * HOUR_MS))).toBe(utc('2024-03-10T03:00:00-04:00'));
	});

	it('reads a time that happens twice as the earlier, EDT (01:30 on 3 November 2024)', () => {
		expect(iso(newYork.instantOf(day('2024-11-03'), 1.5 * HOUR_MS))).toBe(utc('2024-11-03T01:30:00-04:00'));
		expect(iso(newYork.instantOf(day('2024-11-03'), 2 * HOUR_MS))).toBe(utc('2024-11-03T02:00:00-05:00'));
	});

	it('ends the changeover days at 23:59:59.999 local, after 23 and 25 hours', () => {
		expect(iso(newYork.startOfDay(day('2024-03-10')))).toBe(utc('2024-03-10T00:00:00-05:00'));
		expect(iso(newYork.endOfDay(day('2024-03-10')))).toBe(utc('2024-03-10T23:59:59.999-04:00'));
		expect(iso(newYork.startOfDay(day('2024-11-03')))).toBe(utc('2024-11-03T00:00:00-04:00'));
		expect(iso(newYork.endOfDay(day('2024-11-03')))).toBe(utc('2024-11-03T23:59:59.999-05:00'));
		expect(newYork.endOfDay(day('2024-03-10')) + 1 - newYork.startOfDay(day('2024-03-10'))).toBe(23 * HOUR_MS);
		expect(newYork.endOfDay(day('2024-11-03')) + 1 - newYork.startOfDay(day('2024-11-03'))).toBe(25 * HOUR_MS);
	});
});

describe('Zone: other shapes of change', () => {
	it('Australia/Lord_Howe shifts by 30 minutes', () => {
		const lordHowe = Zone.of('Australia/Lord_Howe');
		// 7 April 2024, 02:00 +11:00 → 01:30 +10:30: 01:45 happens twice.
		expect(iso(lordHowe.instantOf(day('2024-04-07'), 1.75 * HOUR_MS))).toBe(utc('2024-04-07T01:45:00+11:00'));
		expect(iso(lordHowe.endOfDay(day('2024-04-07')))).toBe(utc('2024-04-07T23:59:59.999+10:30'));
		expect(lordHowe.endOfDay(day('2024-04-07')) + 1 - lordHowe.startOfDay(day('2024-04-07'))).toBe(24.5 * HOUR_MS);
		// 6 October 2024, 02:00 +10:30 → 02:30 +11:00: 02:15 does not exist.
		expect(iso(lordHowe.instantOf(day('2024-10-06'), 2.25 * HOUR_MS))).toBe(utc('2024-10-06T02:45:00+11:00'));
		expect(lordHowe.endOfDay(day('2024-10-06')) + 1 - lordHowe.startOfDay(day('2024-10-06'))).toBe(23.5 * HOUR_MS);
	});

	it('America/Santiago and America/Havana skip midnight: the day starts at 01:00', () => {
		const santiago = Zone.of('America/Santiago');
		expect(iso(santiago.startOfDay(day('2024-09-08')))).toBe(utc('2024-09-08T01:00:00-03:00'));
		expect(iso(santiago.endOfDay(day('2024-09-07')))).toBe(utc('2024-09-07T23:59:59.999-04:00'));
		expect(iso(santiago.startOfDay(day('2022-09-11')))).toBe(utc('2022-09-11T01:00:00-03:00'));
		const havana = Zone.of('America/Havana');
		expect(iso(havana.startOfDay(day('2024-03-10')))).toBe(utc('2024-03-10T01:00:00-04:00'));
		expect(iso(havana.endOfDay(day('2024-03-09')))).toBe(utc('2024-03-09T23:59:59.999-05:00'));
	});

	it('Pacific/Apia skipped 30 December 2011: that day is empty, between 29 and 31 December', () => {
		// Decided: the skipped day starts when 31 December starts and ends when 29 December ends
		// (endOfDay = startOfDay − 1), so a deadline "by 30 December" falls due as 29 December ends.
		const apia = Zone.of('Pacific/Apia');
		expect(iso(apia.endOfDay(day('2011-12-29')))).toBe(utc('2011-12-29T23:59:59.999-10:00'));
		expect(iso(apia.startOfDay(day('2011-12-30')))).toBe(utc('2011-12-31T00:00:00+14:00'));
		expect(iso(apia.endOfDay(day('2011-12-30')))).toBe(utc('2011-12-29T23:59:59.999-10:00'));
		expect(iso(apia.startOfDay(day('2011-12-31')))).toBe(utc('2011-12-31T00:00:00+14:00'));
		expect(iso(apia.endOfDay(day('2011-12-31')))).toBe(utc('2011-12-31T23:59:59.999+14:00'));
		expect(formatLocalDate(apia.dayOf(Date.parse('2011-12-30T09:59:59.999Z')))).toBe('2011-12-29');
		expect(formatLocalDate(apia.dayOf(Date.parse('2011-12-30T10:00:00Z')))).toBe('2011-12-31');
	});

	it('UTC has no offset and no changes', () => {
		const zone = Zone.of('UTC');
		expect(zone.offsetMs(Date.parse('2024-03-10T07:00:00Z'))).toBe(0);
		expect(zone.startOfDay(day('2024-03-10'))).toBe(day('2024-03-10') * DAY_MS);
		expect(zone.endOfDay(day('2024-03-10'))).toBe(day('2024-03-11') * DAY_MS - 1);
	});
});

/** Zones with every kind of change: none, DST both hemispheres, 30-minute, skipped midnights and days. */
const ZONES = [
	'Asia/Almaty',
	'America/New_York',
	'Europe/London',
	'Australia/Lord_Howe',
	'America/Santiago',
	'America/Havana',
	'Pacific/Apia',
	'Pacific/Kiritimati',
	'Pacific/Chatham',
	'America/St_Johns',
	'Asia/Kolkata',
	'Asia/Tehran',
	'Africa/Casablanca',
	'Europe/Moscow'
];

describe('Zone: days are sane in every zone, 1990–2040', () => {
	it.each(ZONES)('%s: each day starts and ends on itself, and days follow each other', (name) => {
		const zone = Zone.of(name);
		let skipped = 0;
		let previousEnd = zone.endOfDay(day('1989-12-31'));
		for (let d: Day = day('1990-01-01'); d <= day('2040-12-31'); d++) {
			const start = zone.startOfDay(d);
			const end = zone.endOfDay(d);
			const problem = (what: string) => expect.fail(`${name} ${formatLocalDate(d)}: ${what} (${iso(start)} … ${iso(end)})`);
			if (end === start - 1) {
				// A day the zone skipped: empty, and every instant around it belongs to a neighbour.
				skipped++;
				if (end !== previousEnd) problem('a skipped day must end where the day before ended');
				if (zone.dayOf(start) !== d + 1) problem('a skipped day must start where the next day starts');
				continue;
			}
			if (end < start) problem('ends before it starts');
			if (end <= previousEnd) problem('does not end after the day before');
			if (end + 1 - start < 22 * HOUR_MS || end + 1 - start > 26 * HOUR_MS) problem('is not 22–26 hours long');
			if (zone.dayOf(start) !== d || zone.dayOf(end) !== d) problem('its first or last millisecond is on another day');
			if (zone.dayOf(start - 1) >= d) problem('the millisecond before it is not on an earlier day');
			if (zone.timeOf(end) !== DAY_MS - 1) problem('does not end at 23:59:59.999 local');
			if (zone.timeOf(start) !== 0 && zone.offsetMs(start - 1) >= zone.offsetMs(start)) problem('starts after midnight without a forward jump');
			previousEnd = end;
		}
		expect(skipped).toBe(name === 'Pacific/Apia' || name === 'Pacific/Kiritimati' ? 1 : 0);
	});
});

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset by Intl's own formatting ("GMT+05:30", or "GMT" for zero). */
function intlOffsetMs(name: string, ms: number): number {
	let format = offsetFormats.get(name);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'longOffset' });
		offsetFormats.set(name, format);
	}
	const text = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')!.value;
	const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(text);
	if (!m) throw new Error(`unexpected offset text ${text}`);
	if (!m[1]) return 0;
	return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** Local date and time by Intl's calendar fields. */
function intlWallTime(name: string, ms: number): { day: Day; msOfDay: number } {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: name,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	}).formatToParts(ms);
	const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
	const msOfDay = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + (((ms % 1000) + 1000) % 1000);
	return { day: dayFromCivil(get('year'), get('month'), get('day')), msOfDay };
}

describe('Zone agrees with Intl at random instants, 1990–2040', () => {
	const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 11, 31) });

	it('offsetMs equals the longOffset Intl prints', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ZONES), instants, (name, ms) => {
				expect(Zone.of(name).offsetMs(ms)).toBe(intlOffsetMs(name, ms));
			}),
			{ numRuns: 2000 }
		);
	});

	it('dayOf and timeOf equal the wall time Intl formats', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ZONES), instants, (name, ms) => {
				const zone = Zone.of(name);
				expect({ day: zone.dayOf(ms), msOfDay: zone.timeOf(ms) }).toEqual(intlWallTime(name, ms));
			}),
			{ numRuns: 2000 }
		);
	});

	it('instantOf inverts dayOf/timeOf for the earlier reading of every wall time', () => {
		fc.assert(
			fc.property(fc.constantFrom(...ZONES), instants, (name, ms) => {
				const zone = Zone.of(name);
				const back = zone.instantOf(zone.dayOf(ms), zone.timeOf(ms));
				// A repeated wall time maps to its first reading, at most the size of the step earlier.
				expect(back).toBeLessThanOrEqual(ms);
				expect(zone.dayOf(back)).toBe(zone.dayOf(ms));
				expect(zone.timeOf(back)).toBe(zone.timeOf(ms));
			}),
			{ numRuns: 2000 }
		);
	});

	it('offsetMs is exact to the millisecond at each change of offset', () => {
		// Changes found by Intl alone, day by day, and then to the millisecond by bisection.
		for (const name of ['Asia/Almaty', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia']) {
			const zone = Zone.of(name);
			let changes = 0;
			for (let ms = Date.UTC(2011, 0, 1); ms < Date.UTC(2025, 0, 1); ms += DAY_MS) {
				const before = intlOffsetMs(name, ms);
				if (intlOffsetMs(name, ms + DAY_MS) === before) continue;
				let lo = ms;
				let hi = ms + DAY_MS;
				while (hi - lo > 1) {
					const mid = Math.floor((lo + hi) / 2);
					if (intlOffsetMs(name, mid) === before) lo = mid;
					else hi = mid;
				}
				changes++;
				expect(zone.offsetMs(hi - 1)).toBe(before);
				expect(zone.offsetMs(hi)).toBe(intlOffsetMs(name, hi));
			}
			expect(changes).toBeGreaterThan(0);
		}
	});
});

describe('parseDuration', () => {
	it.each([
		['P3D', { years: 0, months: 0, days: 3, ms: 0 }],
		['P1D', { years: 0, months: 0, days: 1, ms: 0 }],
		['PT1H', { years: 0, months: 0, days: 0, ms: HOUR_MS }],
		['P1W', { years: 0, months: 0, days: 7, ms: 0 }],
		['P1M', { years: 0, months: 1, days: 0, ms: 0 }],
		['PT1M', { years: 0, months: 0, days: 0, ms: 60_000 }],
		['P1Y', { years: 1, months: 0, days: 0, ms: 0 }],
		['P1DT12H', { years: 0, months: 0, days: 1, ms: 12 * HOUR_MS }],
		['PT36H', { years: 0, months: 0, days: 0, ms: 36 * HOUR_MS }],
		['PT90S', { years: 0, months: 0, days: 0, ms: 90_000 }],
		['P1Y2M3W4DT5H6M7S', { years: 1, months: 2, days: 25, ms: ((5 * 60 + 6) * 60 + 7) * 1000 }]
	])('reads %s', (text, expected) => {
		expect(parseDuration(text)).toEqual(expected);
	});

	it.each(['', 'P', 'PT', 'P0D', 'PT0S', 'P1DT', '-P1D', 'P-1D', 'P1.5D', 'p1d', 'P1H', 'PT1D', '1D', 'P1D ', 'P1M1Y'])('refuses %j', (text) => {
		expect(parseDuration(text)).toBeUndefined();
	});
});

describe('subtractDuration', () => {
	const minus = (zone: Zone, instant: string | number, duration: string) =>
		iso(subtractDuration(zone, typeof instant === 'string' ? Date.parse(instant) : instant, parseDuration(duration)!));

	it('moves days, weeks and hours', () => {
		expect(minus(almaty, '2024-06-05T10:15:00+05:00', 'P3D')).toBe(utc('2024-06-02T10:15:00+05:00'));
		expect(minus(almaty, '2024-06-05T10:15:00+05:00', 'P1D')).toBe(utc('2024-06-04T10:15:00+05:00'));
		expect(minus(almaty, '2024-06-05T10:15:00+05:00', 'P1W')).toBe(utc('2024-05-29T10:15:00+05:00'));
		expect(minus(almaty, '2024-06-05T10:15:00+05:00', 'PT1H')).toBe(utc('2024-06-05T09:15:00+05:00'));
		expect(minus(almaty, '2024-06-05T10:15:00+05:00', 'P1DT12H')).toBe(utc('2024-06-03T22:15:00+05:00'));
		expect(minus(almaty, almaty.endOfDay(day('2024-06-05')), 'P3D')).toBe(iso(almaty.endOfDay(day('2024-06-02'))));
	});

	it('clamps a month back to the end of a shorter month (31 March − P1M = end of February)', () => {
		expect(minus(almaty, '2023-03-31T12:00:00+06:00', 'P1M')).toBe(utc('2023-02-28T12:00:00+06:00'));
		expect(minus(almaty, '2024-03-31T12:00:00+05:00', 'P1M')).toBe(utc('2024-02-29T12:00:00+06:00'));
		expect(minus(almaty, '2024-05-31T12:00:00+05:00', 'P1M')).toBe(utc('2024-04-30T12:00:00+05:00'));
		expect(minus(almaty, '2024-01-31T12:00:00+06:00', 'P2M')).toBe(utc('2023-11-30T12:00:00+06:00'));
		expect(minus(almaty, almaty.endOfDay(day('2023-03-31')), 'P1M')).toBe(iso(almaty.endOfDay(day('2023-02-28'))));
	});

	it('moves 29 February a year back to 28 February, and four years back to 29 February', () => {
		expect(minus(almaty, '2024-02-29T12:00:00+06:00', 'P1Y')).toBe(utc('2023-02-28T12:00:00+06:00'));
		expect(minus(almaty, '2024-02-29T12:00:00+06:00', 'P4Y')).toBe(utc('2020-02-29T12:00:00+06:00'));
		expect(minus(almaty, '2024-02-29T12:00:00+06:00', 'P1Y1D')).toBe(utc('2023-02-27T12:00:00+06:00'));
	});

	it('keeps the wall time across the Almaty change, and counts hours exactly', () => {
		expect(minus(almaty, almaty.endOfDay(day('2024-03-02')), 'P1D')).toBe(utc('2024-03-01T23:59:59.999+05:00'));
		expect(minus(almaty, '2024-03-01T12:00:00+05:00', 'P1D')).toBe(utc('2024-02-29T12:00:00+06:00'));
		expect(minus(almaty, almaty.endOfDay(day('2024-03-01')), 'PT24H')).toBe(utc('2024-02-29T23:59:59.999+05:00'));
		// 23:59:59.999 happened twice on 29 February; the wall time is read as its earlier instant, an
		// hour before that day's end (endOfDay is the later one).
		expect(minus(almaty, almaty.endOfDay(day('2024-03-01')), 'P1D')).toBe(utc('2024-02-29T23:59:59.999+06:00'));
		expect(minus(almaty, almaty.endOfDay(day('2024-03-04')), 'P3D')).toBe(iso(almaty.endOfDay(day('2024-03-01'))));
	});

	it('keeps the wall time across New York DST: P1D before 23:59:59.999 is 23:59:59.999 the day before', () => {
		expect(minus(newYork, newYork.endOfDay(day('2024-03-11')), 'P1D')).toBe(utc('2024-03-10T23:59:59.999-04:00'));
		expect(minus(newYork, newYork.endOfDay(day('2024-03-10')), 'P1D')).toBe(utc('2024-03-09T23:59:59.999-05:00'));
		expect(minus(newYork, newYork.endOfDay(day('2024-11-04')), 'P1D')).toBe(utc('2024-11-03T23:59:59.999-05:00'));
		expect(minus(newYork, newYork.endOfDay(day('2024-11-03')), 'P1D')).toBe(utc('2024-11-02T23:59:59.999-04:00'));
		expect(minus(newYork, '2024-03-11T02:30:00-04:00', 'P1D')).toBe(utc('2024-03-10T03:30:00-04:00'));
		expect(minus(newYork, newYork.endOfDay(day('2024-03-10')), 'PT1H')).toBe(utc('2024-03-10T22:59:59.999-04:00'));
	});

	it('P1D before any end of day is 23:59:59.999 local the day before, in zones with changes', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('Asia/Almaty', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Europe/London'),
				fc.integer({ min: day('1990-01-01'), max: day('2040-12-31') }),
				(name, d) => {
					const zone = Zone.of(name);
					const reminder = subtractDuration(zone, zone.endOfDay(d), parseDuration('P1D')!);
					expect(zone.dayOf(reminder)).toBe(d - 1);
					expect(zone.timeOf(reminder)).toBe(DAY_MS - 1);
					expect(reminder).toBeLessThanOrEqual(zone.endOfDay(d - 1));
				}
			),
			{ numRuns: 1000 }
		);
	});
});
