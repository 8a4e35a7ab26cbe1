/**
 * Occurrence parity: for a table of RRULEs, `upcoming()` equals the `rrule` package's output.
 *
 * One case file in Asia/Almaty (sentence 2023-04-25 … 2029-04-24, across the 2024 change from
 * UTC+6 to UTC+5) holds one `reporting` rule per table entry. Each rule's deadlines over the whole
 * sentence must be exactly the dates `rrule` produces from the rule's start, inside the sentence,
 * each at the end of that local day, or at the end of the window when the rule has one.
 */
import { describe, expect, it } from 'vitest';
import { RRule } from 'rrule';
import { parseCaseFile } from '../../src/lib/domain/casefile';
import { upcoming } from '../../src/lib/domain/upcoming';

const SENTENCE = { from: '2023-04-25', until: '2029-04-24' };
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

interface Entry {
	rrule: string;
	start: string;
	window?: { from: string; to: string };
}

const TABLE: Entry[] = [
	// Starts before the sentence: INTERVAL, COUNT and BYSETPOS still count from the start.
	{ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', start: '2022-11-01' },
	{ rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=30', start: '2022-12-05' },
	{ rrule: 'FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=-1', start: '2021-01-10' },
	{ rrule: 'FREQ=DAILY;INTERVAL=10', start: '2023-04-01' },
	{ rrule: 'FREQ=YEARLY', start: '2020-02-29' },
	// Inside the sentence.
	{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', start: '2023-04-25', window: { from: '09:00', to: '18:00' } },
	{ rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2024-02-27', window: { from: '10:00', to: '12:30' } },
	{ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU', start: '2023-05-02' },
	{ rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR;UNTIL=20260101', start: '2023-06-01' },
	{ rrule: 'FREQ=WEEKLY;BYDAY=SA;BYMONTH=2,3', start: '2023-04-25' },
	{ rrule: 'FREQ=DAILY;BYDAY=MO,WE,FR;COUNT=100', start: '2024-01-15' },
	{ rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=28,29', start: '2023-05-01' },
	{ rrule: 'FREQ=MONTHLY', start: '2023-05-31' },
	{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15', start: '2023-05-10', window: { from: '14:00', to: '17:00' } },
	{ rrule: 'FREQ=MONTHLY;BYDAY=2MO', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYDAY=-1FR', start: '2023-04-25', window: { from: '09:00', to: '13:00' } },
	{ rrule: 'FREQ=MONTHLY;BYDAY=1MO,3MO', start: '2023-07-01' },
	{ rrule: 'FREQ=MONTHLY;BYDAY=5TH', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1WE;COUNT=12', start: '2023-06-01' },
	{ rrule: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', start: '2023-04-25' },
	{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=10;UNTIL=20240310', start: '2023-04-25' },
	{ rrule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', start: '2023-04-25' },
	{ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', start: '2023-04-25' },
	{ rrule: 'FREQ=YEARLY;BYDAY=20MO', start: '2023-04-25' },
	{ rrule: 'FREQ=YEARLY;BYMONTH=12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', start: '2023-04-25' },
	{ rrule: 'FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=15', start: '2023-06-15' },
	// Starts after the sentence has begun and ends after it.
	{ rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20300101', start: '2028-11-01', window: { from: '08:00', to: '09:00' } }
];

const rules = TABLE.map((entry, index) => ({ id: `r${index + 1}`, kind: 'reporting', title: `Reporting ${entry.rrule}`, ...entry }));

const file = parseCaseFile({
	format: 'clearday-case',
	version: 1,
	case: { id: 'parity', title: 'Occurrence parity', timeZone: 'Asia/Almaty', sentence: SENTENCE },
	rules,
	checkIns: []
});

function dayOf(date: string): number {
	return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The rrule package's dates (floating: UTC midnights are plain dates) from `start`, inside the sentence. */
function oracleDates(entry: Entry): string[] {
	const rule = new RRule({ ...RRule.parseString(entry.rrule), dtstart: new Date(dayOf(entry.start) * DAY_MS) });
	return rule.between(new Date(dayOf(SENTENCE.from) * DAY_MS), new Date(dayOf(SENTENCE.until) * DAY_MS), true).map((date) => date.toISOString().slice(0, 10));
}

/**
 * The deadline instant, written out by hand for Almaty: UTC+6 until 1 March 2024 00:00 local, then
 * UTC+5. The clock ran 23:00–24:00 twice on 29 February 2024, so that day ends at 23:59:59.999+05:00.
 */
function expectedDeadline(date: string, window?: { to: string }): string {
	const [hours, minutes, seconds, ms] = window ? [Number(window.to.slice(0, 2)), Number(window.to.slice(3, 5)), 0, 0] : [23, 59, 59, 999];
	const offsetHours = date >= '2024-03-01' || (date === '2024-02-29' && !window) ? 5 : 6;
	return new Date(dayOf(date) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms - offsetHours * HOUR_MS).toISOString();
}

const sentenceStart = new Date('2023-04-25T00:00:00+06:00');
const sentenceEnd = new Date('2029-04-24T23:59:59.999+05:00');
const all = upcoming(file, sentenceStart, sentenceEnd);

describe('occurrence parity: upcoming() equals the rrule package', () => {
	it.each(TABLE.map((entry, index) => [`r${index + 1}`, entry.rrule, entry] as const))('%s %s', (ruleId, _text, entry) => {
		const deadlines = all.filter((deadline) => deadline.ruleId === ruleId);
		const dates = oracleDates(entry);
		expect(deadlines.map((deadline) => deadline.id)).toEqual(dates.map((date) => `${ruleId}/${date}`));
		expect(deadlines.map((deadline) => deadline.at.toISOString())).toEqual(dates.map((date) => expectedDeadline(date, entry.window)));
		expect(deadlines.map((deadline) => deadline.label)).toEqual(dates.map((date) => ({ code: 'reporting.label', params: { date } })));
	});

	it('the table has rules with a window, starting before the sentence, and ending after it', () => {
		expect(TABLE.length).toBeGreaterThanOrEqual(30);
		expect(TABLE.filter((entry) => entry.window).length).toBeGreaterThanOrEqual(1);
		expect(TABLE.filter((entry) => entry.start < SENTENCE.from).length).toBeGreaterThanOrEqual(1);
		// Each of these has occurrences before the sentence that must not be listed.
		for (const entry of TABLE.filter((e) => e.start < SENTENCE.from)) {
			const before = new RRule({ ...RRule.parseString(entry.rrule), dtstart: new Date(dayOf(entry.start) * DAY_MS) }).between(
				new Date(dayOf(entry.start) * DAY_MS),
				new Date((dayOf(SENTENCE.from) - 1) * DAY_MS),
				true
			);
			expect(before.length).toBeGreaterThan(0);
		}
	});

	it('lists every rule’s deadlines and nothing else, in time order', () => {
		const expectedCount = TABLE.reduce((sum, entry) => sum + oracleDates(entry).length, 0);
		expect(all).toHaveLength(expectedCount);
		expect(new Set(all.map((deadline) => deadline.ruleId))).toEqual(new Set(rules.map((rule) => rule.id)));
		for (let i = 1; i < all.length; i++) expect(all[i]!.at.getTime()).toBeGreaterThanOrEqual(all[i - 1]!.at.getTime());
	});

	it('includes a deadline exactly at either end of the asked range, and none outside it', () => {
		// r6 (Mondays and Thursdays, window to 18:00): 4 and 7 March 2024, at UTC+5.
		const from = new Date('2024-03-04T18:00:00+05:00');
		const to = new Date('2024-03-07T18:00:00+05:00');
		const ids = (a: Date, b: Date) => upcoming(file, a, b).filter((deadline) => deadline.ruleId === 'r6').map((deadline) => deadline.id);
		expect(ids(from, to)).toEqual(['r6/2024-03-04', 'r6/2024-03-07']);
		expect(ids(new Date(from.getTime() + 1), new Date(to.getTime() - 1))).toEqual([]);
	});
});
