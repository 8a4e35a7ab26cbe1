/**
 * "Add deadlines to my calendar": the case's deadlines of the next 12 months as an iCalendar file
 * (RFC 5545), with the app's own reminders as alarms, so that the phone's calendar warns even if
 * the app is never opened. Pure: the moment and the language come in as arguments.
 *
 * Decisions:
 * - One VEVENT per deadline of `upcoming(file, now, now + 12 months)`, met or not (the calendar
 *   is a schedule; the app knows what is done). UID = `<case id>/<deadline id>@clearday`: stable,
 *   so importing the file again updates the events instead of doubling them.
 * - A deadline at the end of a local day (a date with no time: due by 23:59:59.999 in the case's
 *   zone) is an ALL-DAY event on that local date, because the date is what the court set and
 *   what the person must remember; an event at 23:59 would be noise at night. Any other deadline
 *   (a reporting window's end, a deadline with a time, a curfew's start) is a timed event at its
 *   instant, written in UTC, with no duration.
 * - Alarms are the rule's reminders (the rule's `remind`, else the case's where the kind takes
 *   it, else the kind's default; `remindersOf`):
 *   · timed event: the exact time before the deadline at which the app starts warning, counted
 *     in the case's calendar like the app does (P1M before 31 Mar is 28 Feb), written as days and
 *     hours of elapsed time (UTC has no DST, so the calendar rings when the app warns);
 *   · all-day event: 09:00 local on the day the app starts warning (P3D → 09:00 three days
 *     before; PT1H → 09:00 on the day), never in the night.
 *   Two reminders that ring at the same moment are one alarm.
 * - Only titles, labels and the rule's one-sentence description go into the file: never notes
 *   or check-ins (a calendar may sync to a server; the person chooses to export).
 * - Text is escaped (backslash, semicolon, comma, newline; other control characters dropped),
 *   lines are folded at 75 octets without splitting a UTF-8 sequence, lines end in CRLF.
 */
import { upcoming } from '$lib/domain/upcoming';
import type { CaseFile, Deadline, Translate } from '$lib/domain';
import { remindersOf } from '$lib/domain/evaluate';
import type { Rule } from '$lib/domain/registry';
import { describeRule } from '$lib/domain/describe';
import { DAY_MS, formatLocalDate, subtractDuration, Zone } from '$lib/domain/time';

export const CALENDAR_FILE_NAME = 'clearday-deadlines.ics';
export const CALENDAR_MEDIA_TYPE = 'text/calendar';
/** Local hour at which the reminders of an all-day deadline ring. */
export const ALL_DAY_ALARM_HOUR = 9;

const CRLF = '\r\n';
const HOUR_MS = 3_600_000;

export interface DeadlineCalendar {
	/** The .ics file's text. */
	text: string;
	/** How many deadlines (VEVENTs) it holds. */
	events: number;
}

/** The export window: from `now` to the same moment 12 months later. */
export function exportWindow(now: Date): { from: Date; to: Date } {
	const to = new Date(now.getTime());
	to.setUTCFullYear(to.getUTCFullYear() + 1);
	return { from: now, to };
}

/** The calendar of the case's deadlines for the 12 months from `now`, in the language of `t`. */
export function deadlinesCalendar(file: CaseFile, now: Date, t: Translate): DeadlineCalendar {
	const { from, to } = exportWindow(now);
	const deadlines = upcoming(file, from, to);
	return { text: calendarOf(file, deadlines, now, t), events: deadlines.length };
}

/** The iCalendar text of `deadlines` (of `file`), stamped `now`. */
export function calendarOf(file: CaseFile, deadlines: readonly Deadline[], now: Date, t: Translate): string {
	const zone = Zone.of(file.case.timeZone);
	const rules = new Map<string, Rule>(file.rules.map((rule) => [rule.id, rule]));
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Clearday//Deadlines//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(t('calendar.name'))}`
	];
	const stamp = formatUtc(now.getTime());
	for (const deadline of deadlines) {
		const rule = rules.get(deadline.ruleId);
		if (rule) lines.push(...eventLines(file, rule, deadline, zone, stamp, t));
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(file: CaseFile, rule: Rule, deadline: Deadline, zone: Zone, stamp: string, t: Translate): string[] {
	const at = deadline.at.getTime();
	const allDay = isEndOfLocalDay(zone, at);
	const summary = t('calendar.summary', { title: rule.title, label: t(deadline.label.code, deadline.label.params) });
	const describe = describeRule(rule, t);
	const description = allDay
		? t('calendar.description.allDay', { rule: describe, zone: zone.name })
		: t('calendar.description.timed', { rule: describe, time: localTime(zone, at), zone: zone.name });
	const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${file.case.id}/${deadline.id}@clearday`)}`, `DTSTAMP:${stamp}`];
	const day = zone.dayOf(at);
	if (allDay) lines.push(`DTSTART;VALUE=DATE:${formatDate(day)}`, `DTEND;VALUE=DATE:${formatDate(day + 1)}`);
	else lines.push(`DTSTART:${formatUtc(at)}`);
	lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, 'TRANSP:TRANSPARENT');
	const triggers = new Set(
		remindersOf(rule, file).map((reminder) => {
			const warnsAt = subtractDuration(zone, at, reminder.duration);
			return allDay ? allDayTrigger(day - zone.dayOf(warnsAt)) : durationText(-(at - warnsAt));
		})
	);
	for (const trigger of triggers) {
		lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(summary)}`, `TRIGGER:${trigger}`, 'END:VALARM');
	}
	lines.push('END:VEVENT');
	return lines;
}

/** Whether an instant is the last millisecond of a local day: a date-only deadline. */
export function isEndOfLocalDay(zone: Zone, ms: number): boolean {
	return zone.timeOf(ms) === DAY_MS - 1;
}

/** "18:00": the local time of an instant in the zone. */
function localTime(zone: Zone, ms: number): string {
	const minutes = Math.floor(zone.timeOf(ms) / 60_000);
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The trigger of an all-day event's alarm `daysBefore` local days before its date, at
 * ALL_DAY_ALARM_HOUR, relative to the event's start (midnight starting the date).
 */
export function allDayTrigger(daysBefore: number): string {
	return durationText((ALL_DAY_ALARM_HOUR - 24 * Math.max(0, daysBefore)) * HOUR_MS);
}

/**
 * An RFC 5545 duration (`-P2DT15H`, `PT9H`, `-PT30M`) of whole seconds; days are 24 hours.
 * The grammar allows no gap in H–M–S, so `1H0M30S`, not `1H30S`.
 */
export function durationText(ms: number): string {
	const sign = ms < 0 ? '-' : '';
	let seconds = Math.floor(Math.abs(ms) / 1000);
	const days = Math.floor(seconds / 86_400);
	seconds -= days * 86_400;
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	let time = '';
	if (h > 0) time = `${h}H` + (m > 0 || s > 0 ? `${m}M` + (s > 0 ? `${s}S` : '') : '');
	else if (m > 0) time = `${m}M` + (s > 0 ? `${s}S` : '');
	else if (s > 0 || days === 0) time = `${s}S`;
	return `${sign}P${days > 0 ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** `20261125T185959Z`: an instant in UTC, to the second. */
export function formatUtc(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** `20261125`: a local date (day number) as an iCalendar DATE. */
export function formatDate(day: number): string {
	return formatLocalDate(day).replace(/-/g, '');
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break as
 * `\n`; other control characters, which TEXT cannot hold, dropped.
 */
export function escapeText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\n')
		.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * A content line folded (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, each
 * continuation starting with one space; a character (or a surrogate pair) is never split.
 */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	let limit = 75;
	for (const char of line) {
		const size = char.length === 1 && char.charCodeAt(0) < 0x80 ? 1 : encoder.encode(char).length;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
			limit = 74; // the leading space counts
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}
