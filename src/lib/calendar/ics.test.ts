import { describe, expect, it } from 'vitest';
import { SCREENS } from '$lib/i18n/en/all';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { parseCaseFile, upcoming, type CaseFile } from '$lib/domain';
import { remindersOf } from '$lib/domain/evaluate';
import { formatLocalDate, subtractDuration, Zone } from '$lib/domain/time';
import { englishMessages } from '$lib/i18n';
import example from '../../../docs/examples/almaty-suspended-sentence.json';
import { arbCaseFile, arbNow } from '../../../tests/unit/arbitraries';
import { allDayTrigger, calendarOf, deadlinesCalendar, durationText, escapeText, exportWindow, foldLine, formatUtc } from './ics';

const demo = parseCaseFile(example);
const NOW = new Date('2026-11-23T10:00:00Z');
const english = (file: CaseFile) => englishMessages(file.case.timeZone, SCREENS).t;
const octets = (text: string) => new TextEncoder().encode(text).length;

/** The file read by ical.js (an independent parser): its VEVENTs. */
function parsedEvents(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	expect(calendar.name).toBe('vcalendar');
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		const alarms = vevent.getAllSubcomponents('valarm').map((valarm) => ({
			action: valarm.getFirstPropertyValue('action'),
			description: valarm.getFirstPropertyValue('description'),
			trigger: valarm.getFirstPropertyValue('trigger') as ICAL.Duration
		}));
		return { event, alarms, dtend: vevent.getFirstPropertyValue('dtend') as ICAL.Time | null, stamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time };
	});
}

/** The wall-clock moment an alarm of an all-day (floating) event rings: the start plus the trigger. */
function floatingAlarm(start: ICAL.Time, trigger: ICAL.Duration): ICAL.Time {
	const at = start.clone();
	at.isDate = false;
	at.addDuration(trigger);
	return at;
}

/** Structure every file must have, whatever the parser tolerates. */
function expectWellFormed(text: string): void {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
	for (const line of text.slice(0, -2).split('\r\n')) {
		expect(octets(line)).toBeLessThanOrEqual(75);
		expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
	}
}

describe('the calendar of the demo case', () => {
	const { text, events } = deadlinesCalendar(demo, NOW, english(demo));
	const parsed = parsedEvents(text);

	it('has one event per deadline of the next 12 months, with stable ids', () => {
		const deadlines = upcoming(demo, NOW, new Date('2027-11-23T10:00:00Z'));
		expect(events).toBe(deadlines.length);
		expect(parsed).toHaveLength(24);
		expect(parsed.map((p) => p.event.uid)).toEqual(deadlines.map((d) => `case-almaty-demo/${d.id}@clearday`));
		expect(parsed.every((p) => p.stamp.toJSDate().getTime() === NOW.getTime())).toBe(true);
		expectWellFormed(text);
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
	});

	it('makes an end-of-day instalment an all-day event on its local date, reminded at 09:00', () => {
		const fine = parsed.find((p) => p.event.uid === 'case-almaty-demo/rule-fine/2026-11-25@clearday')!;
		expect(fine.event.startDate.isDate).toBe(true);
		expect(fine.event.startDate.toString()).toBe('2026-11-25');
		expect(fine.dtend?.toString()).toBe('2026-11-26');
		expect(fine.event.summary).toBe('Fine of 400,000 KZT: Pay ₸40,000 by 25 Nov 2026');
		expect(fine.event.description).toBe(
			'Pay ₸400,000 in 10 instalments to State budget.\nDue by the end of the day (Asia/Almaty time). Record it in Clearday when it is done.'
		);
		// The payment kind's default reminders, P3D and P1D: 09:00 three days and one day before.
		expect(fine.alarms.map((a) => a.action)).toEqual(['DISPLAY', 'DISPLAY']);
		expect(fine.alarms.map((a) => a.description)).toEqual([fine.event.summary, fine.event.summary]);
		expect(fine.alarms.map((a) => floatingAlarm(fine.event.startDate, a.trigger).toString())).toEqual(['2026-11-22T09:00:00', '2026-11-24T09:00:00']);
	});

	it('makes a reporting day a timed event at the end of its window, with the rule’s own reminders', () => {
		const report = parsed.find((p) => p.event.uid === 'case-almaty-demo/rule-reporting/2026-12-14@clearday')!;
		expect(report.event.startDate.isDate).toBe(false);
		// 18:00 in Almaty (UTC+5) is 13:00 UTC.
		expect(report.event.startDate.toJSDate().toISOString()).toBe('2026-12-14T13:00:00.000Z');
		expect(report.dtend).toBeNull();
		expect(report.event.summary).toBe('Report to the probation service every month: Report on 14 Dec 2026');
		expect(report.event.description).toContain('Due by 18:00 (Asia/Almaty time).');
		// remind: ["P3D", "P1D", "PT3H"]
		expect(report.alarms.map((a) => a.trigger.toSeconds())).toEqual([-3 * 86_400, -86_400, -3 * 3600]);
		expect(report.alarms.map((a) => a.trigger.toString())).toEqual(['-P3D', '-P1D', '-PT3H']);
	});

	it('takes the case’s reminder lead times where the kind takes them, and merges alarms that ring together', () => {
		const file: CaseFile = { ...demo, case: { ...demo.case, remind: ['P1W', 'P7D', 'PT1H'] } };
		const parsedFine = parsedEvents(deadlinesCalendar(file, NOW, english(file)).text).find((p) => p.event.uid.includes('rule-fine/2026-12-25'))!;
		// P1W and P7D ring at the same moment; PT1H before the end of the day rings at 09:00 that day.
		expect(parsedFine.alarms.map((a) => floatingAlarm(parsedFine.event.startDate, a.trigger).toString())).toEqual(['2026-12-18T09:00:00', '2026-12-25T09:00:00']);
	});

	it('counts a month’s lead time in the case’s calendar, like the app does', () => {
		const file: CaseFile = { ...demo, rules: demo.rules.map((rule) => (rule.id === 'rule-reporting' ? { ...rule, remind: ['P1M'] } : rule)) };
		const report = parsedEvents(deadlinesCalendar(file, NOW, english(file)).text).find((p) => p.event.uid.includes('rule-reporting/2027-03-08'))!;
		// 8 Mar 18:00 minus one month is 8 Feb 18:00: 28 days.
		expect(report.alarms.map((a) => a.trigger.toString())).toEqual(['-P28D']);
	});

	it('exports an empty but well-formed calendar when nothing is due', () => {
		const file: CaseFile = { ...demo, rules: [] };
		const { text: empty, events: none } = deadlinesCalendar(file, NOW, english(file));
		expect(none).toBe(0);
		expect(parsedEvents(empty)).toEqual([]);
		expectWellFormed(empty);
	});
});

describe('RFC 5545 text', () => {
	it('escapes backslashes, semicolons, commas and line breaks, and drops other control characters', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
		expect(escapeText('tab\tbell\u0007del\u007f')).toBe('tab\tbelldel');
		expect(escapeText('Штраф: 40 000 ₸')).toBe('Штраф: 40 000 ₸');
	});

	it('folds at 75 octets without splitting a UTF-8 character', () => {
		const line = `SUMMARY:${'Айыппұл '.repeat(20)}😀😀😀`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.every((part) => octets(part) <= 75)).toBe(true);
		expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		expect(folded).not.toContain('\uFFFD');
		expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
		expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
	});

	it('keeps any text intact through escaping, folding and ical.js', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
				const calendar = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\n${foldLine(`SUMMARY:${escapeText(text)}`)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
				expectWellFormed(calendar);
				const expected = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (c) => (c === '\n' ? c : ''));
				expect(parsedEvents(calendar)[0]!.event.summary ?? '').toBe(expected);
			}),
			{ numRuns: 300 }
		);
	});

	it('writes durations in RFC 5545 grammar', () => {
		expect(durationText(-3 * 86_400_000)).toBe('-P3D');
		expect(durationText(-3_600_000)).toBe('-PT1H');
		expect(durationText(-(86_400_000 + 2 * 3_600_000))).toBe('-P1DT2H');
		expect(durationText(-(3_600_000 + 30_000))).toBe('-PT1H0M30S');
		expect(durationText(-30 * 60_000)).toBe('-PT30M');
		expect(durationText(0)).toBe('PT0S');
		expect(allDayTrigger(0)).toBe('PT9H');
		expect(allDayTrigger(1)).toBe('-PT15H');
		expect(allDayTrigger(3)).toBe('-P2DT15H');
		for (const ms of [-3 * 86_400_000, -(3_600_000 + 30_000), -(2 * 86_400_000 + 23 * 3_600_000 + 59 * 60_000 + 59_000)]) {
			expect(ICAL.Duration.fromString(durationText(ms)).toSeconds()).toBe(ms / 1000);
		}
		expect(formatUtc(Date.UTC(2026, 10, 25, 18, 59, 59, 999))).toBe('20261125T185959Z');
	});
});

describe('calendars of generated cases', () => {
	it('always parse, with one event per deadline at its time and the app’s reminders as alarms', { timeout: 120_000 }, () => {
		fc.assert(
			fc.property(
				arbCaseFile().chain((file) => arbNow(file).map((now) => ({ file, now }))),
				({ file, now }) => {
					const t = english(file);
					const { from, to } = exportWindow(now);
					const deadlines = upcoming(file, from, to);
					const text = calendarOf(file, deadlines, now, t);
					expectWellFormed(text);
					const parsed = parsedEvents(text);
					expect(parsed).toHaveLength(deadlines.length);
					expect(new Set(parsed.map((p) => p.event.uid)).size).toBe(deadlines.length);
					const zone = Zone.of(file.case.timeZone);
					deadlines.forEach((deadline, index) => {
						const { event, alarms } = parsed[index]!;
						const at = deadline.at.getTime();
						const rule = file.rules.find((r) => r.id === deadline.ruleId)!;
						const warnAt = [...new Set(remindersOf(rule, file).map((r) => subtractDuration(zone, at, r.duration)))];
						expect(event.summary).toBe(t('calendar.summary', { title: rule.title, label: t(deadline.label.code, deadline.label.params) }));
						if (event.startDate.isDate) {
							// The end of that local day; alarms at 09:00 of the day the app starts warning.
							expect(zone.timeOf(at)).toBe(86_399_999);
							const date = new Date(Date.UTC(event.startDate.year, event.startDate.month - 1, event.startDate.day)).toISOString().slice(0, 10);
							expect(date).toBe(formatLocalDate(zone.dayOf(at)));
							const rings = alarms.map((a) => floatingAlarm(event.startDate, a.trigger));
							expect(rings.every((ring) => ring.hour === 9 && ring.minute === 0)).toBe(true);
							const expectedDays = [...new Set(warnAt.map((ms) => formatLocalDate(zone.dayOf(ms))))];
							expect(rings.map((ring) => ring.toString().slice(0, 10)).sort()).toEqual(expectedDays.sort());
						} else {
							expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(at / 1000) * 1000);
							const rings = alarms.map((a) => event.startDate.toJSDate().getTime() + a.trigger.toSeconds() * 1000);
							expect(alarms.every((a) => a.action === 'DISPLAY')).toBe(true);
							// To the second, as the app warns; never after the deadline.
							const byTime = (a: number, b: number) => a - b;
							expect(rings.sort(byTime)).toEqual(warnAt.map((ms) => Math.floor(at / 1000) * 1000 - Math.floor((at - ms) / 1000) * 1000).sort(byTime));
							expect(rings.every((ring) => ring < at)).toBe(true);
						}
					});
				}
			),
			{ numRuns: 150 }
		);
	});
});
