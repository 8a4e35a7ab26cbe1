/**
 * parseCaseFile, rule by rule of the case-file format: each test damages one thing in a valid
 * file and checks the issue (path + code, and its parameters where the message needs them).
 * The last tests check that every problem is listed at once, and that every code of the issue
 * catalog is reachable and covered here.
 */
import { describe, expect, it } from 'vitest';
import { parseCaseFile, validateCaseInfo, validateNewCheckIn, validateRule, validateRuleInCase } from './casefile';
import { CaseFileError, issueMessages, type CaseFileIssue } from './issues';
import { HASH } from './schema';
import { HASH_PATTERN } from '$lib/integrity/chain';

// Damaged files are untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A valid file with every kind of rule and of check-in (Asia/Almaty, UTC+6 in 2023). */
function validFile(): Json {
	return {
		format: 'clearday-case',
		version: 1,
		case: {
			id: 'case-1',
			title: 'Suspended sentence',
			timeZone: 'Asia/Almaty',
			verdict: '2023-04-10',
			inForce: '2023-04-25',
			sentence: { from: '2023-04-25', until: '2029-04-24' },
			supervisor: { name: 'Probation officer', phone: '+7 727 000 00 00' }
		},
		rules: [
			{ id: 'report', kind: 'reporting', title: 'Report to the probation office', rrule: 'FREQ=MONTHLY;BYDAY=1MO', start: '2023-05-01', window: { from: '09:00', to: '18:00' } },
			{ id: 'register', kind: 'deadline', title: 'Register', after: { anchor: 'inForce', days: 10 }, what: 'Register with the probation service' },
			{ id: 'fine', kind: 'payment', title: 'Fine', currency: 'KZT', schedule: [{ due: '2023-06-30', amount: 5_000_000 }, { due: '2023-12-29', amount: 5_000_000 }] },
			{ id: 'ban', kind: 'activity-ban', title: 'Ban on activity', categories: ['political', 'social-media'], keywords: ['митинг'] },
			{ id: 'stay', kind: 'movement', title: 'Stay in Almaty', area: 'Almaty', permission: 'required', noticeDays: 3, geofence: { lat: 43.2389, lon: 76.8897, radiusKm: 30 } },
			{ id: 'night', kind: 'curfew', title: 'Be home at night', start: '22:00', end: '06:00', days: ['FR', 'SA'], home: { lat: 43.2389, lon: 76.8897, radiusKm: 0.2 } },
			{ id: 'notify', kind: 'notify-change', title: 'Report changes', changes: ['residence', 'work'], withinDays: 3, remind: ['P2D', 'PT12H'] }
		],
		checkIns: [
			{ id: 'c-report', kind: 'report', ruleId: 'report', at: '2023-05-01T10:00:00+06:00', recordedAt: '2023-05-01T10:05:00+06:00' },
			{ id: 'c-excuse', kind: 'excuse', ruleId: 'report', for: '2023-06-05', at: '2023-06-01T12:00:00+06:00', recordedAt: '2023-06-01T12:00:00+06:00' },
			{ id: 'c-paid', kind: 'payment', ruleId: 'fine', amount: 5_000_000, currency: 'KZT', at: '2023-06-20T15:00:00+06:00', recordedAt: '2023-06-20T15:00:00+06:00' },
			{ id: 'c-done', kind: 'done', ruleId: 'register', at: '2023-05-02T11:00:00+06:00', recordedAt: '2023-05-02T11:00:00+06:00' },
			{ id: 'c-activity', kind: 'activity', description: 'Talk at a book club', categories: ['civic'], planned: '2023-07-01', at: '2023-06-21T09:00:00+06:00', recordedAt: '2023-06-21T09:00:00+06:00' },
			{ id: 'c-trip', kind: 'trip', ruleId: 'stay', from: '2023-07-10', to: '2023-07-12', destination: 'Astana', outsideArea: true, at: '2023-07-01T09:00:00+06:00', recordedAt: '2023-07-01T09:00:00+06:00' },
			{ id: 'c-permission', kind: 'permission', trip: 'c-trip', granted: true, at: '2023-07-03T16:00:00+06:00', recordedAt: '2023-07-03T16:00:00+06:00' },
			{ id: 'c-move', kind: 'change', ruleId: 'notify', what: 'residence', on: '2023-08-01', at: '2023-08-01T18:00:00+06:00', recordedAt: '2023-08-01T18:00:00+06:00' },
			{ id: 'c-notified', kind: 'notified', about: 'c-move', at: '2023-08-02T10:00:00+06:00', recordedAt: '2023-08-02T10:00:00+06:00' },
			{ id: 'c-where', kind: 'location', ruleId: 'night', lat: 43.24, lon: 76.89, accuracyM: 25, at: '2023-08-04T23:30:00+06:00', recordedAt: '2023-08-04T23:30:00+06:00' },
			{ id: 'c-note', kind: 'note', note: 'The officer moved June to the 5th', at: '2023-06-01T12:01:00+06:00', recordedAt: '2023-06-01T12:01:00+06:00' },
			{ id: 'c-report-fix', kind: 'report', ruleId: 'report', supersedes: 'c-report', at: '2023-05-01T09:40:00+06:00', recordedAt: '2023-05-02T08:00:00+06:00' }
		]
	};
}

/** Indexes into validFile(), so that a test says what it damages. */
const R = { reporting: 0, deadline: 1, payment: 2, ban: 3, movement: 4, curfew: 5, notify: 6 } as const;
const C = { report: 0, excuse: 1, payment: 2, done: 3, activity: 4, trip: 5, permission: 6, change: 7, notified: 8, location: 9, note: 10, correction: 11 } as const;

const seenCodes = new Set<string>();

/** The issues parseCaseFile throws for `input`; fails the test if it accepts it. */
function issuesOf(input: unknown): CaseFileIssue[] {
	try {
		parseCaseFile(input);
	} catch (error) {
		expect(error).toBeInstanceOf(CaseFileError);
		const { issues } = error as CaseFileError;
		for (const issue of issues) seenCodes.add(issue.code);
		return [...issues];
	}
	expect.fail('the file was accepted');
}

/** Path and code of each issue, in order. */
function problems(input: unknown): { path: string; code: string }[] {
	return issuesOf(input).map(({ path, code }) => ({ path, code }));
}

/** A valid file changed by `damage`. */
function fileWith(damage: (file: Json) => void): Json {
	const file = validFile();
	damage(file);
	return file;
}

describe('a valid case file', () => {
	it('is returned as it was given, whether as a value or as JSON text', () => {
		const file = validFile();
		expect(parseCaseFile(structuredClone(file))).toStrictEqual(file);
		expect(parseCaseFile(JSON.stringify(file))).toStrictEqual(file);
	});

	it('may leave out everything optional: verdict dates, supervisor, rules and check-ins', () => {
		const file = { format: 'clearday-case', version: 1, case: { id: 'c', title: 'Case', timeZone: 'UTC', sentence: { from: '2024-01-01', until: '2024-01-01' } }, rules: [], checkIns: [] };
		expect(parseCaseFile(file)).toStrictEqual(file);
	});
});

describe('the envelope', () => {
	it('refuses text that is not JSON as json.invalid, and nothing else', () => {
		const text = JSON.stringify(validFile());
		expect(problems(text.slice(0, -1))).toEqual([{ path: '', code: 'json.invalid' }]);
		expect(problems('')).toEqual([{ path: '', code: 'json.invalid' }]);
		expect(issuesOf('{ format: clearday-case }')[0]!.message).toBe('This is not a readable case file (it is not valid JSON).');
	});

	it('refuses another format', () => {
		expect(problems(fileWith((file) => (file.format = 'clearday-backup')))).toEqual([{ path: 'format', code: 'format.unknown' }]);
	});

	it('refuses a version it cannot read, naming that version', () => {
		const [issue] = issuesOf(fileWith((file) => (file.version = 2)));
		expect(issue).toMatchObject({ path: 'version', code: 'version.unsupported' });
		expect(issue!.message).toContain('version 2');
	});

	it.each([
		['null', null],
		['a number', 42],
		['a JSON string of a number', '42']
	])('refuses %s as the whole file', (_, input) => {
		expect(problems(input)).toEqual([{ path: '', code: 'value.type' }]);
	});

	it('names each missing part of the envelope', () => {
		expect(problems({ format: 'clearday-case', version: 1 })).toEqual([
			{ path: 'case', code: 'value.required' },
			{ path: 'rules', code: 'value.required' },
			{ path: 'checkIns', code: 'value.required' }
		]);
	});

	it('refuses an unknown top-level field', () => {
		const [issue] = issuesOf(fileWith((file) => (file.backup = true)));
		expect(issue).toMatchObject({ path: 'backup', code: 'key.unknown' });
		expect(issue!.message).toContain('backup');
	});

	it('refuses more than 1,000 rules', () => {
		const rule = validFile().rules[R.ban];
		const rules = Array.from({ length: 1001 }, (_, index) => ({ ...rule, id: `ban-${index}` }));
		expect(problems(fileWith((file) => (file.rules = rules)))).toEqual([{ path: 'rules', code: 'file.tooLarge' }]);
	});
});

describe('the case', () => {
	it.each(['Asia/Almaty_City', 'Mars/Olympus', '+05:00', 'GMT+5', 'almaty', ''])('refuses the unknown time zone %j', (zone) => {
		expect(problems(fileWith((file) => (file.case.timeZone = zone)))).toEqual([{ path: 'case.timeZone', code: 'timeZone.unknown' }]);
	});

	it.each(['UTC', 'Pacific/Apia', 'Australia/Lord_Howe', 'America/Argentina/Buenos_Aires', 'Asia/Aqtobe'])('accepts the IANA zone %s', (zone) => {
		expect(parseCaseFile(fileWith((file) => (file.case.timeZone = zone))).case.timeZone).toBe(zone);
	});

	it.each(['2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-4-25', '25.04.2023', '2023-04-25T00:00'])('refuses %j as a local date', (date) => {
		expect(problems(fileWith((file) => (file.case.sentence.from = date)))).toEqual([{ path: 'case.sentence.from', code: 'date.invalid' }]);
	});

	it('accepts 29 February of a leap year', () => {
		expect(parseCaseFile(fileWith((file) => (file.case.sentence.until = '2028-02-29'))).case.sentence.until).toBe('2028-02-29');
	});

	it('refuses a sentence that ends before it starts, and accepts one of a single day', () => {
		expect(problems(fileWith((file) => (file.case.sentence.until = '2023-04-24')))).toEqual([{ path: 'case.sentence.until', code: 'period.order' }]);
		const oneDay = fileWith((file) => {
			file.case.sentence.until = '2023-04-25';
			file.rules = [];
			file.checkIns = [];
		});
		expect(() => parseCaseFile(oneDay)).not.toThrow();
	});

	it('compares only real dates: a malformed one is its own problem, not also an order problem', () => {
		expect(problems(fileWith((file) => (file.case.sentence.from = '25.04.2023')))).toEqual([{ path: 'case.sentence.from', code: 'date.invalid' }]);
		expect(problems(fileWith((file) => (file.case.verdict = '2023-4-30')))).toEqual([{ path: 'case.verdict', code: 'date.invalid' }]);
		expect(problems(fileWith((file) => Object.assign(file.rules[R.ban], { from: '2024-5-1', until: '2024-12-31' })))).toEqual([{ path: 'rules[3].from', code: 'date.invalid' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.trip].from = '2023-7-10')))).toEqual([{ path: 'checkIns[5].from', code: 'date.invalid' }]);
	});

	it('refuses an entry into force before the verdict', () => {
		expect(problems(fileWith((file) => (file.case.inForce = '2023-04-09')))).toEqual([{ path: 'case.inForce', code: 'case.inForceBeforeVerdict' }]);
	});

	it('refuses an empty id, a blank title and text over the limits', () => {
		expect(problems(fileWith((file) => (file.case.id = '')))).toEqual([{ path: 'case.id', code: 'id.empty' }]);
		expect(problems(fileWith((file) => (file.case.title = '   ')))).toEqual([{ path: 'case.title', code: 'text.empty' }]);
		expect(problems(fileWith((file) => (file.case.title = 'x'.repeat(201))))).toEqual([{ path: 'case.title', code: 'text.tooLong' }]);
		expect(problems(fileWith((file) => (file.case.id = 'x'.repeat(101))))).toEqual([{ path: 'case.id', code: 'text.tooLong' }]);
		expect(issuesOf(fileWith((file) => (file.case.id = 'x'.repeat(101))))[0]!.message).toBe('This is too long (at most 100 characters).');
	});

	it('names a missing field and a field of the wrong type', () => {
		expect(problems(fileWith((file) => delete file.case.sentence))).toEqual([{ path: 'case.sentence', code: 'value.required' }]);
		expect(problems(fileWith((file) => (file.case.title = 5)))).toEqual([{ path: 'case.title', code: 'value.type' }]);
	});

	it('refuses unknown fields in the case and in its supervisor', () => {
		expect(problems(fileWith((file) => (file.case.judge = 'Ivanov')))).toEqual([{ path: 'case.judge', code: 'key.unknown' }]);
		expect(problems(fileWith((file) => (file.case.supervisor.email = 'a@b.kz')))).toEqual([{ path: 'case.supervisor.email', code: 'key.unknown' }]);
	});
});

describe('rules: common fields', () => {
	it('refuses an unknown kind, naming it', () => {
		const [issue] = issuesOf(fileWith((file) => (file.rules[R.ban].kind = 'ban')));
		expect(issue).toMatchObject({ path: 'rules[3].kind', code: 'rule.kindUnknown' });
		expect(issue!.message).toContain('ban');
	});

	it('says a rule without a kind lacks it, and a rule that is no object is of the wrong type', () => {
		expect(problems(fileWith((file) => delete file.rules[R.ban].kind))).toContainEqual({ path: 'rules[3].kind', code: 'value.required' });
		expect(problems(fileWith((file) => (file.rules[R.ban] = null)))).toContainEqual({ path: 'rules[3]', code: 'value.type' });
		expect(problems(fileWith((file) => (file.rules[R.ban] = ['activity-ban'])))).toContainEqual({ path: 'rules[3]', code: 'value.type' });
	});

	it('reports a kind that is no text without failing (an object without a prototype included)', () => {
		expect(problems(fileWith((file) => (file.rules[R.ban].kind = Object.create(null))))).toContainEqual({ path: 'rules[3].kind', code: 'rule.kindUnknown' });
		expect(problems(fileWith((file) => (file.rules[R.ban].kind = 7)))).toContainEqual({ path: 'rules[3].kind', code: 'rule.kindUnknown' });
	});

	it('refuses two rules with one id, at the second', () => {
		const [issue] = issuesOf(fileWith((file) => (file.rules[R.curfew].id = 'ban')));
		expect(issue).toMatchObject({ path: 'rules[5].id', code: 'id.duplicate', params: { id: 'ban' } });
	});

	it('refuses an empty rule id', () => {
		expect(problems(fileWith((file) => (file.rules[R.ban].id = '')))).toEqual([{ path: 'rules[3].id', code: 'id.empty' }]);
	});

	it('refuses a rule period that ends before it starts, and accepts a single day', () => {
		const period = (from: string, until: string) => fileWith((file) => Object.assign(file.rules[R.ban], { from, until }));
		expect(problems(period('2024-05-02', '2024-05-01'))).toEqual([{ path: 'rules[3].until', code: 'period.order' }]);
		expect(() => parseCaseFile(period('2024-05-01', '2024-05-01'))).not.toThrow();
	});

	it('refuses a rule date that is not on the calendar', () => {
		expect(problems(fileWith((file) => (file.rules[R.ban].until = '2025-02-29')))).toEqual([{ path: 'rules[3].until', code: 'date.invalid' }]);
	});

	it.each(['3D', 'P', 'PT', 'P0D', '-P1D', 'P1.5D', 'p1d', 'PT1H30'])('refuses %j as a reminder lead time', (lead) => {
		expect(problems(fileWith((file) => (file.rules[R.notify].remind = [lead])))).toEqual([{ path: 'rules[6].remind[0]', code: 'duration.invalid' }]);
	});

	it('accepts up to 10 reminders and refuses 11', () => {
		const leads = (n: number) => Array.from({ length: n }, (_, index) => `P${index + 1}D`);
		expect(() => parseCaseFile(fileWith((file) => (file.rules[R.notify].remind = leads(10))))).not.toThrow();
		expect(problems(fileWith((file) => (file.rules[R.notify].remind = leads(11))))).toEqual([{ path: 'rules[6].remind', code: 'remind.tooMany' }]);
	});

	it("refuses a field that is not the kind's own", () => {
		expect(problems(fileWith((file) => (file.rules[R.reporting].currency = 'KZT')))).toEqual([{ path: 'rules[0].currency', code: 'key.unknown' }]);
	});
});

describe('rules: reporting', () => {
	it.each([
		['', 'rrule.empty', 'FREQ'],
		['FREQ=WEEKLY;BYDAY', 'rrule.syntax', 'BYDAY'],
		['FREQ=HOURLY', 'rrule.unsupported', 'FREQ=HOURLY'],
		['FREQ=WEEKLY;BYHOUR=9', 'rrule.unsupported', 'BYHOUR'],
		['FREQ=WEEKLY;FREQ=DAILY', 'rrule.repeated', 'FREQ'],
		['FREQ=WEEKLY;BYDAY=XX', 'rrule.value', 'BYDAY'],
		['FREQ=WEEKLY;INTERVAL=0', 'rrule.value', 'INTERVAL'],
		['BYDAY=MO', 'rrule.noFreq', 'FREQ'],
		['FREQ=DAILY;COUNT=3;UNTIL=20240101', 'rrule.countAndUntil', 'UNTIL'],
		['FREQ=DAILY;UNTIL=20240101T000000Z', 'rrule.untilDate', 'UNTIL'],
		['FREQ=DAILY;UNTIL=20230230', 'rrule.untilDate', 'UNTIL'],
		['FREQ=WEEKLY;BYDAY=2MO', 'rrule.ordinalNeedsMonthOrYear', 'BYDAY'],
		['FREQ=WEEKLY;BYMONTHDAY=1', 'rrule.monthDayWithWeekly', 'BYMONTHDAY'],
		['FREQ=MONTHLY;BYSETPOS=1', 'rrule.setPosAlone', 'BYSETPOS']
	])('refuses the schedule %j as %s, naming the part', (rrule, code, part) => {
		const issues = issuesOf(fileWith((file) => (file.rules[R.reporting].rrule = rrule)));
		expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: 'rules[0].rrule', code }]);
		expect(issues[0]!.params.expected).toBe(part);
		expect(issues[0]!.message).not.toBe(code);
	});

	it.each(['FREQ=WEEKLY;BYDAY=MO,TH', 'RRULE:FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=15', 'FREQ=DAILY;INTERVAL=3;UNTIL=20250101', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'])(
		'accepts the schedule %j',
		(rrule) => {
			expect(parseCaseFile(fileWith((file) => (file.rules[R.reporting].rrule = rrule))).rules[R.reporting]).toMatchObject({ rrule });
		}
	);

	it('refuses a schedule that is not text', () => {
		expect(problems(fileWith((file) => (file.rules[R.reporting].rrule = { freq: 'WEEKLY' })))).toEqual([{ path: 'rules[0].rrule', code: 'value.type' }]);
	});

	it('refuses a window that ends when or before it starts', () => {
		expect(problems(fileWith((file) => (file.rules[R.reporting].window = { from: '18:00', to: '09:00' })))).toEqual([{ path: 'rules[0].window.to', code: 'window.order' }]);
		expect(problems(fileWith((file) => (file.rules[R.reporting].window = { from: '09:00', to: '09:00' })))).toEqual([{ path: 'rules[0].window.to', code: 'window.order' }]);
	});

	it('says a malformed window time is malformed, not also out of order', () => {
		expect(problems(fileWith((file) => (file.rules[R.reporting].window = { from: '9:00', to: '18:00' })))).toEqual([{ path: 'rules[0].window.from', code: 'time.invalid' }]);
	});

	it.each(['24:00', '9:00', '09:60', '09:00:00', 'noon'])('refuses %j as a local time', (time) => {
		expect(problems(fileWith((file) => (file.rules[R.reporting].window.to = time)))).toEqual([{ path: 'rules[0].window.to', code: 'time.invalid' }]);
	});

	it('refuses a start after the end of the rule (its own, else the sentence)', () => {
		expect(problems(fileWith((file) => (file.rules[R.reporting].start = '2029-04-25')))).toEqual([{ path: 'rules[0].start', code: 'reporting.startAfterPeriod' }]);
		const ownEnd = fileWith((file) => Object.assign(file.rules[R.reporting], { until: '2024-12-31', start: '2025-01-06' }));
		expect(problems(ownEnd)).toEqual([{ path: 'rules[0].start', code: 'reporting.startAfterPeriod' }]);
	});
});

describe('rules: payment', () => {
	it.each([0, -5, 12.5, 2 ** 53])('refuses %j as an amount', (amount) => {
		const issues = problems(fileWith((file) => (file.rules[R.payment].schedule[0].amount = amount)));
		expect(issues[0]).toEqual({ path: 'rules[2].schedule[0].amount', code: 'money.invalid' });
		// 2^53 also takes the total beyond exact whole numbers, which is said of the schedule.
		expect(issues.slice(1)).toEqual(amount > Number.MAX_SAFE_INTEGER ? [{ path: 'rules[2].schedule', code: 'money.invalid' }] : []);
	});

	it('refuses an amount written as text', () => {
		expect(problems(fileWith((file) => (file.rules[R.payment].schedule[0].amount = '5000000')))).toEqual([{ path: 'rules[2].schedule[0].amount', code: 'value.type' }]);
	});

	it('refuses a schedule whose total is beyond exact whole numbers', () => {
		const schedule = [{ due: '2023-06-30', amount: Number.MAX_SAFE_INTEGER }, { due: '2023-12-29', amount: 1 }];
		expect(problems(fileWith((file) => (file.rules[R.payment].schedule = schedule)))).toEqual([{ path: 'rules[2].schedule', code: 'money.invalid' }]);
	});

	it.each(['kzt', 'KZ', 'TENGE', '₸'])('refuses %j as a currency', (currency) => {
		expect(problems(fileWith((file) => (file.rules[R.payment].currency = currency)))).toContainEqual({ path: 'rules[2].currency', code: 'currency.invalid' });
	});

	it('refuses an empty schedule and one of more than 1,000 instalments', () => {
		expect(problems(fileWith((file) => (file.rules[R.payment].schedule = [])))).toEqual([{ path: 'rules[2].schedule', code: 'schedule.empty' }]);
		const start = Date.UTC(2023, 4, 1);
		const long = Array.from({ length: 1001 }, (_, index) => ({ due: new Date(start + index * 86_400_000).toISOString().slice(0, 10), amount: 100 }));
		expect(problems(fileWith((file) => (file.rules[R.payment].schedule = long)))).toEqual([{ path: 'rules[2].schedule', code: 'schedule.tooLong' }]);
	});

	it('refuses an instalment outside the sentence, naming the period', () => {
		const [issue, ...rest] = issuesOf(fileWith((file) => (file.rules[R.payment].schedule[1].due = '2029-04-25')));
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({ path: 'rules[2].schedule[1].due', code: 'payment.dueOutsidePeriod', params: { from: '2023-04-25', until: '2029-04-24' } });
	});

	it("refuses an instalment outside the rule's own period", () => {
		const file = fileWith((file) => Object.assign(file.rules[R.payment], { from: '2023-07-01', until: '2023-12-31' }));
		expect(issuesOf(file)).toMatchObject([{ path: 'rules[2].schedule[0].due', code: 'payment.dueOutsidePeriod', params: { from: '2023-07-01', until: '2023-12-31' } }]);
	});

	it('refuses two instalments on one date, at the second', () => {
		expect(problems(fileWith((file) => (file.rules[R.payment].schedule[1].due = '2023-06-30')))).toEqual([{ path: 'rules[2].schedule[1].due', code: 'payment.dueRepeated' }]);
	});

	it('refuses an instalment on a date the calendar lacks', () => {
		expect(problems(fileWith((file) => (file.rules[R.payment].schedule[0].due = '2023-02-30')))).toContainEqual({ path: 'rules[2].schedule[0].due', code: 'date.invalid' });
	});
});

describe('rules: deadline', () => {
	it('needs a due date or a count of days after an anchor, not both and not neither', () => {
		expect(problems(fileWith((file) => (file.rules[R.deadline].due = '2023-05-05')))).toEqual([{ path: 'rules[1].due', code: 'deadline.dueOrAfter' }]);
		expect(problems(fileWith((file) => delete file.rules[R.deadline].after))).toEqual([{ path: 'rules[1].due', code: 'deadline.dueOrAfter' }]);
	});

	it.each([
		['inForce', 'entry into force'],
		['verdict', 'verdict']
	])('refuses counting from %s when the case has no such date', (anchor, words) => {
		const file = fileWith((file) => {
			file.rules[R.deadline].after.anchor = anchor;
			delete file.case.inForce;
			delete file.case.verdict;
		});
		const [issue, ...rest] = issuesOf(file);
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({ path: 'rules[1].after.anchor', code: 'deadline.anchorMissing', params: { anchor } });
		expect(issue!.message).toContain(words);
	});

	it('refuses a count of days that runs past the year 9999', () => {
		const file = fileWith((file) => {
			file.case.verdict = '9999-12-01';
			file.case.inForce = '9999-12-01';
			file.rules[R.deadline].after = { anchor: 'inForce', days: 60 };
		});
		expect(problems(file)).toEqual([{ path: 'rules[1].after.days', code: 'deadline.dueOutOfRange' }]);
	});

	it('refuses an anchor other than the verdict or its entry into force', () => {
		expect(problems(fileWith((file) => (file.rules[R.deadline].after.anchor = 'sentence')))).toEqual([{ path: 'rules[1].after.anchor', code: 'anchor.unknown' }]);
	});

	it.each([-1, 1.5, 36_601])('refuses %j as a number of days', (days) => {
		expect(problems(fileWith((file) => (file.rules[R.deadline].after.days = days)))).toEqual([{ path: 'rules[1].after.days', code: 'number.wholeDays' }]);
	});

	it('refuses a due time that is not a time of day', () => {
		expect(problems(fileWith((file) => (file.rules[R.deadline].time = '25:00')))).toEqual([{ path: 'rules[1].time', code: 'time.invalid' }]);
	});
});

describe('rules: activity ban', () => {
	it('needs at least one category, each known and listed once', () => {
		expect(problems(fileWith((file) => (file.rules[R.ban].categories = [])))).toEqual([{ path: 'rules[3].categories', code: 'categories.empty' }]);
		const [unknown] = issuesOf(fileWith((file) => (file.rules[R.ban].categories = ['political', 'sports'])));
		expect(unknown).toMatchObject({ path: 'rules[3].categories[1]', code: 'category.unknown' });
		expect(unknown!.message).toContain('sports');
		expect(problems(fileWith((file) => (file.rules[R.ban].categories = ['political', 'political'])))).toEqual([{ path: 'rules[3].categories', code: 'category.duplicate' }]);
	});

	it('accepts up to 200 keywords and refuses 201', () => {
		const keywords = (n: number) => Array.from({ length: n }, (_, index) => `word ${index}`);
		expect(() => parseCaseFile(fileWith((file) => (file.rules[R.ban].keywords = keywords(200))))).not.toThrow();
		expect(problems(fileWith((file) => (file.rules[R.ban].keywords = keywords(201))))).toEqual([{ path: 'rules[3].keywords', code: 'keywords.tooMany' }]);
	});
});

describe('rules: movement', () => {
	it('needs permission to be required, notice or forbidden', () => {
		expect(problems(fileWith((file) => (file.rules[R.movement].permission = 'maybe')))).toEqual([{ path: 'rules[4].permission', code: 'movement.permission' }]);
	});

	it('refuses a geofence off the globe or of no size', () => {
		expect(problems(fileWith((file) => (file.rules[R.movement].geofence.lat = 90.5)))).toEqual([{ path: 'rules[4].geofence.lat', code: 'geo.latitude' }]);
		expect(problems(fileWith((file) => (file.rules[R.movement].geofence.lon = -180.5)))).toEqual([{ path: 'rules[4].geofence.lon', code: 'geo.longitude' }]);
		expect(problems(fileWith((file) => (file.rules[R.movement].geofence.radiusKm = 0)))).toEqual([{ path: 'rules[4].geofence.radiusKm', code: 'geo.radius' }]);
	});

	it('refuses notice days that are not a whole number', () => {
		expect(problems(fileWith((file) => (file.rules[R.movement].noticeDays = 2.5)))).toEqual([{ path: 'rules[4].noticeDays', code: 'number.wholeDays' }]);
	});
});

describe('rules: curfew', () => {
	it('refuses a window that ends when it starts', () => {
		expect(problems(fileWith((file) => (file.rules[R.curfew].end = '22:00')))).toEqual([{ path: 'rules[5].end', code: 'curfew.emptyWindow' }]);
	});

	it('needs known weekdays, each once, at least one if any are given', () => {
		const [unknown] = issuesOf(fileWith((file) => (file.rules[R.curfew].days = ['FRI'])));
		expect(unknown).toMatchObject({ path: 'rules[5].days[0]', code: 'weekday.unknown' });
		expect(problems(fileWith((file) => (file.rules[R.curfew].days = ['FR', 'FR'])))).toEqual([{ path: 'rules[5].days', code: 'weekday.duplicate' }]);
		expect(problems(fileWith((file) => (file.rules[R.curfew].days = [])))).toEqual([{ path: 'rules[5].days', code: 'days.empty' }]);
	});
});

describe('rules: notify-change', () => {
	it('needs at least one kind of change, each known and listed once', () => {
		expect(problems(fileWith((file) => (file.rules[R.notify].changes = [])))).toEqual([{ path: 'rules[6].changes', code: 'changes.empty' }]);
		expect(problems(fileWith((file) => (file.rules[R.notify].changes = ['car'])))).toEqual([{ path: 'rules[6].changes[0]', code: 'change.unknown' }]);
		expect(problems(fileWith((file) => (file.rules[R.notify].changes = ['work', 'work'])))).toEqual([{ path: 'rules[6].changes', code: 'change.duplicate' }]);
	});

	it('needs at least one day to notify in', () => {
		expect(problems(fileWith((file) => (file.rules[R.notify].withinDays = 0)))).toEqual([{ path: 'rules[6].withinDays', code: 'number.wholeDays' }]);
	});
});

describe('check-ins: fields', () => {
	it('refuses an unknown kind, naming it', () => {
		const [issue] = issuesOf(fileWith((file) => (file.checkIns[C.note].kind = 'visit')));
		expect(issue).toMatchObject({ path: 'checkIns[10].kind', code: 'checkIn.kind' });
		expect(issue!.message).toContain('visit');
	});

	it('says a check-in without a kind lacks it, and one that is no object is of the wrong type', () => {
		expect(problems(fileWith((file) => delete file.checkIns[C.note].kind))).toEqual([{ path: 'checkIns[10].kind', code: 'value.required' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.note] = 'note')))).toEqual([{ path: 'checkIns[10]', code: 'value.type' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.note].kind = Object.create(null))))).toEqual([{ path: 'checkIns[10].kind', code: 'checkIn.kind' }]);
	});

	it('refuses two check-ins with one id, at the second', () => {
		expect(issuesOf(fileWith((file) => (file.checkIns[C.note].id = 'c-excuse')))).toMatchObject([{ path: 'checkIns[10].id', code: 'id.duplicate', params: { id: 'c-excuse' } }]);
	});

	it.each(['2023-05-01T10:00:00', '2023-05-01 10:00:00+06:00', '2023-02-30T10:00:00+06:00', '2023-05-01T24:00:00+06:00', '2023-05-01', '1682913600000'])(
		'refuses %j as an instant',
		(at) => {
			expect(problems(fileWith((file) => (file.checkIns[C.note].at = at)))).toEqual([{ path: 'checkIns[10].at', code: 'instant.invalid' }]);
		}
	);

	it.each(['2023-06-01T06:01Z', '2023-06-01T12:00:59.5+06:00', '2023-06-01T01:00:00.123456-05:00'])('accepts %j as an instant', (at) => {
		expect(() => parseCaseFile(fileWith((file) => (file.checkIns[C.note].at = at)))).not.toThrow();
	});

	it('refuses a check-in recorded before it happened, and accepts one recorded at that instant in another offset', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.note].recordedAt = '2023-06-01T12:00:59+06:00')))).toEqual([{ path: 'checkIns[10].at', code: 'checkIn.recordedBeforeAt' }]);
		expect(() => parseCaseFile(fileWith((file) => (file.checkIns[C.note].recordedAt = '2023-06-01T06:01:00Z')))).not.toThrow();
	});

	it('refuses an amount or currency a payment cannot have', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.payment].amount = 0)))).toEqual([{ path: 'checkIns[2].amount', code: 'money.invalid' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.payment].currency = 'tenge')))).toEqual([{ path: 'checkIns[2].currency', code: 'currency.invalid' }]);
	});

	it('refuses unknown or repeated categories of an activity', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.activity].categories = ['sports'])))).toEqual([{ path: 'checkIns[4].categories[0]', code: 'category.unknown' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.activity].categories = ['civic', 'civic'])))).toEqual([{ path: 'checkIns[4].categories', code: 'category.duplicate' }]);
	});

	it('refuses a trip that ends before it starts', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.trip].to = '2023-07-09')))).toEqual([{ path: 'checkIns[5].to', code: 'period.order' }]);
	});

	it('refuses an unknown kind of change', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.change].what = 'car')))).toEqual([{ path: 'checkIns[7].what', code: 'change.unknown' }]);
	});

	it('refuses a location off the globe or with a negative accuracy', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.location].lat = -91)))).toEqual([{ path: 'checkIns[9].lat', code: 'geo.latitude' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.location].lon = 181)))).toEqual([{ path: 'checkIns[9].lon', code: 'geo.longitude' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.location].accuracyM = -1)))).toEqual([{ path: 'checkIns[9].accuracyM', code: 'geo.accuracy' }]);
	});

	it('refuses a blank note and a field of the wrong type', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.note].note = ' ')))).toEqual([{ path: 'checkIns[10].note', code: 'text.empty' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.permission].granted = 'yes')))).toEqual([{ path: 'checkIns[6].granted', code: 'value.type' }]);
	});

	it('reads a check-in hash by the chain’s own pattern', () => {
		expect(HASH.source).toBe(HASH_PATTERN.source);
		expect(HASH.flags).toBe(HASH_PATTERN.flags);
	});

	it('accepts a check-in hash of 64 lower-case hex digits on any kind, and refuses anything else as one', () => {
		const hash = 'a'.repeat(63) + '0';
		expect(parseCaseFile(fileWith((file) => (file.checkIns[C.location].hash = hash))).checkIns[C.location]).toMatchObject({ hash });
		for (const bad of ['A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), 'g'.repeat(64), 42]) {
			const code = typeof bad === 'string' ? 'hash.invalid' : 'value.type';
			expect(problems(fileWith((file) => (file.checkIns[C.note].hash = bad)))).toEqual([{ path: 'checkIns[10].hash', code }]);
		}
	});

	it('refuses a field the kind does not have (a typo included)', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.report].ruleID = 'report')))).toEqual([{ path: 'checkIns[0].ruleID', code: 'key.unknown' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.report].amount = 100)))).toEqual([{ path: 'checkIns[0].amount', code: 'key.unknown' }]);
	});
});

describe('check-ins: references', () => {
	it.each([
		['report', C.report],
		['excuse', C.excuse],
		['payment', C.payment],
		['done', C.done]
	])('needs a %s to name its rule', (_, index) => {
		expect(problems(fileWith((file) => delete file.checkIns[index].ruleId))).toEqual([{ path: `checkIns[${index}].ruleId`, code: 'checkIn.ruleRequired' }]);
	});

	it('refuses a ruleId that names no rule', () => {
		expect(issuesOf(fileWith((file) => (file.checkIns[C.note].ruleId = 'ghost')))).toMatchObject([{ path: 'checkIns[10].ruleId', code: 'checkIn.ruleMissing', params: { ruleId: 'ghost' } }]);
	});

	it.each([
		['report', C.report, 'fine', 'payment'],
		['payment', C.payment, 'report', 'reporting'],
		['done', C.done, 'fine', 'payment'],
		['activity', C.activity, 'stay', 'movement'],
		['trip', C.trip, 'night', 'curfew'],
		['location', C.location, 'register', 'deadline'],
		['change', C.change, 'stay', 'movement']
	])('refuses a %s for a rule of another kind', (_, index, ruleId, kind) => {
		const file = fileWith((file) => (file.checkIns[index].ruleId = ruleId));
		expect(issuesOf(file)).toMatchObject([{ path: `checkIns[${index}].ruleId`, code: 'checkIn.ruleKind', params: { received: kind } }]);
	});

	it('lets a note name any rule, and a notice be about a trip or a change', () => {
		expect(() => parseCaseFile(fileWith((file) => (file.checkIns[C.note].ruleId = 'fine')))).not.toThrow();
		expect(() => parseCaseFile(fileWith((file) => Object.assign(file.checkIns[C.notified], { about: 'c-trip', ruleId: 'stay' })))).not.toThrow();
	});

	it('refuses a payment in another currency than its rule, naming both', () => {
		const file = fileWith((file) => (file.checkIns[C.payment].currency = 'USD'));
		expect(issuesOf(file)).toMatchObject([{ path: 'checkIns[2].currency', code: 'currency.mismatch', params: { expected: 'KZT', received: 'USD' } }]);
	});

	it('refuses a permission for a check-in that does not exist or is no trip', () => {
		expect(issuesOf(fileWith((file) => (file.checkIns[C.permission].trip = 'c-nowhere')))).toMatchObject([{ path: 'checkIns[6].trip', code: 'checkIn.refMissing', params: { id: 'c-nowhere' } }]);
		expect(problems(fileWith((file) => (file.checkIns[C.permission].trip = 'c-move')))).toEqual([{ path: 'checkIns[6].trip', code: 'checkIn.refKind' }]);
	});

	it('refuses a notice about a check-in that does not exist or is neither a trip nor a change', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.notified].about = 'c-nowhere')))).toEqual([{ path: 'checkIns[8].about', code: 'checkIn.refMissing' }]);
		expect(problems(fileWith((file) => (file.checkIns[C.notified].about = 'c-report')))).toEqual([{ path: 'checkIns[8].about', code: 'checkIn.refKind' }]);
	});
});

describe('check-ins: corrections', () => {
	const correction = (id: string, supersedes: string, recordedAt = '2023-09-01T10:00:00+06:00') => ({
		id,
		kind: 'note',
		note: 'Correction',
		supersedes,
		at: '2023-06-01T12:01:00+06:00',
		recordedAt
	});

	it('accepts a chain of corrections, each of the one before', () => {
		const file = fileWith((file) => file.checkIns.push(correction('fix-1', 'c-note'), correction('fix-2', 'fix-1', '2023-09-02T10:00:00+06:00')));
		expect(() => parseCaseFile(file)).not.toThrow();
	});

	it('refuses a check-in that corrects itself', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.correction].supersedes = 'c-report-fix')))).toEqual([{ path: 'checkIns[11].supersedes', code: 'supersede.self' }]);
	});

	it('refuses a correction of a check-in that does not exist', () => {
		expect(problems(fileWith((file) => (file.checkIns[C.correction].supersedes = 'c-gone')))).toEqual([{ path: 'checkIns[11].supersedes', code: 'checkIn.refMissing' }]);
	});

	it('refuses a second correction of the same check-in, at the second', () => {
		const file = fileWith((file) => file.checkIns.push(correction('fix-1', 'c-note'), correction('fix-2', 'c-note')));
		expect(issuesOf(file)).toMatchObject([{ path: 'checkIns[13].supersedes', code: 'supersede.twice', params: { id: 'c-note' } }]);
	});

	it('refuses corrections that go round in a circle, once for the circle', () => {
		const recordedAt = '2023-09-01T10:00:00+06:00';
		const two = fileWith((file) => file.checkIns.push(correction('a', 'b', recordedAt), correction('b', 'a', recordedAt)));
		expect(problems(two)).toEqual([{ path: 'checkIns[12].supersedes', code: 'supersede.cycle' }]);
		const three = fileWith((file) => file.checkIns.push(correction('a', 'c', recordedAt), correction('b', 'a', recordedAt), correction('c', 'b', recordedAt)));
		expect(problems(three)).toEqual([{ path: 'checkIns[12].supersedes', code: 'supersede.cycle' }]);
	});

	it('refuses a correction recorded before the check-in it corrects', () => {
		const file = fileWith((file) => (file.checkIns[C.correction].recordedAt = '2023-05-01T10:04:00+06:00'));
		expect(problems(file)).toEqual([{ path: 'checkIns[11].supersedes', code: 'supersede.order' }]);
	});
});

describe('every problem at once', () => {
	it('lists each problem of a file with many, wherever it is, not just the first', () => {
		const file = fileWith((file) => {
			file.case.timeZone = 'Almaty';
			file.rules[R.reporting].rrule = 'FREQ=FORTNIGHTLY';
			file.rules[R.payment].schedule[0].due = '2023-02-30';
			file.rules[R.movement].geofence.radiusKm = 0;
			file.rules[R.curfew].end = '22:00';
			file.checkIns[C.excuse].recordedAt = '2023-06-01T11:00:00+06:00';
			file.checkIns[C.notified].ruleId = 'ghost';
			file.checkIns[C.note].id = 'c-done';
		});
		const error = (() => {
			try {
				parseCaseFile(file);
			} catch (error) {
				return error as CaseFileError;
			}
			return expect.fail('the file was accepted');
		})();
		const found = error.issues.map(({ path, code }) => ({ path, code }));
		for (const expected of [
			{ path: 'case.timeZone', code: 'timeZone.unknown' },
			{ path: 'rules[0].rrule', code: 'rrule.unsupported' },
			{ path: 'rules[2].schedule[0].due', code: 'date.invalid' },
			{ path: 'rules[4].geofence.radiusKm', code: 'geo.radius' },
			{ path: 'rules[5].end', code: 'curfew.emptyWindow' },
			{ path: 'checkIns[1].at', code: 'checkIn.recordedBeforeAt' },
			{ path: 'checkIns[8].ruleId', code: 'checkIn.ruleMissing' },
			{ path: 'checkIns[10].id', code: 'id.duplicate' }
		]) {
			expect(found).toContainEqual(expected);
		}
		expect(error.message).toMatch(/^Invalid case file: case\.timeZone: Unknown time zone/);
		expect(error.message).toMatch(/; and \d+ more$/);
	});

	it('lists problems between items (periods, anchors, currencies, corrections) all together too', () => {
		const file = fileWith((file) => {
			delete file.case.inForce;
			file.rules[R.reporting].start = '2030-01-01';
			file.rules[R.payment].schedule[1].due = '2030-01-01';
			file.rules[R.ban].id = 'fine';
			file.checkIns[C.payment].currency = 'EUR';
			file.checkIns[C.correction].recordedAt = '2023-05-01T10:04:00+06:00';
			file.checkIns[7].ruleId = 'report';
		});
		expect(problems(file)).toEqual([
			{ path: 'rules[0].start', code: 'reporting.startAfterPeriod' },
			{ path: 'rules[1].after.anchor', code: 'deadline.anchorMissing' },
			{ path: 'rules[2].schedule[1].due', code: 'payment.dueOutsidePeriod' },
			{ path: 'rules[3].id', code: 'id.duplicate' },
			{ path: 'checkIns[2].currency', code: 'currency.mismatch' },
			{ path: 'checkIns[7].ruleId', code: 'checkIn.ruleKind' },
			{ path: 'checkIns[11].supersedes', code: 'supersede.order' }
		]);
	});
});

describe('validateRule', () => {
	it('validates one rule on its own, with paths under the given prefix', () => {
		const rule = validFile().rules[R.payment];
		expect(validateRule(structuredClone(rule))).toEqual({ rule, issues: [] });
		const { rule: refused, issues } = validateRule({ ...rule, currency: 'kzt' }, 'draft');
		expect(refused).toBeUndefined();
		expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: 'draft.currency', code: 'currency.invalid' }]);
		expect(validateRule({ kind: 'fine' }).issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: 'kind', code: 'rule.kindUnknown' }]);
	});
});

// Codes no input can produce: every picklist and literal of the schemas carries its own code.
// value.notAllowed: every picklist and literal carries its own code. The case.* and rule.missing
// and rule.endNotEarlier codes come from the storage layer and are tested there (tests/storage).
// Storage's codes: the chain is checked on import (tests/storage/chain.test.ts), not by parseCaseFile.
const UNREACHABLE = new Set(['value.notAllowed', 'case.idChanged', 'case.missing', 'rule.missing', 'rule.endNotEarlier', 'chain.mismatch', 'chain.missing']);

/** Records the codes of a single-item validation, for the catalog test below. */
function seen<T extends { issues: CaseFileIssue[] }>(result: T): T {
	for (const issue of result.issues) seenCodes.add(issue.code);
	return result;
}

const stored = () => parseCaseFile(validFile());
const codesOf = (result: { issues: CaseFileIssue[] }) => result.issues.map(({ path, code }) => ({ path, code }));

describe('validateNewCheckIn: one check-in against a stored case', () => {
	const base = { at: '2023-09-04T10:00:00+06:00', recordedAt: '2023-09-04T10:00:00+06:00' };

	it('accepts a check-in that fits, and returns it', () => {
		const result = seen(validateNewCheckIn({ ...base, id: 'new', kind: 'report', ruleId: 'report' }, stored()));
		expect(result).toEqual({ checkIn: { ...base, id: 'new', kind: 'report', ruleId: 'report' }, issues: [] });
	});

	it('refuses its own bad fields with paths of the check-in', () => {
		expect(codesOf(seen(validateNewCheckIn({ ...base, id: 'new', kind: 'payment', ruleId: 'fine', amount: 0, currency: 'KZT' }, stored())))).toEqual([
			{ path: 'amount', code: 'money.invalid' }
		]);
		expect(codesOf(seen(validateNewCheckIn({ ...base, id: 'new', kind: 'teleport' }, stored())))).toEqual([{ path: 'kind', code: 'checkIn.kind' }]);
	});

	it('refuses a reused id, a wrong rule, a foreign currency and a second correction', () => {
		const file = stored();
		expect(codesOf(seen(validateNewCheckIn({ ...base, id: 'c-done', kind: 'report', ruleId: 'report' }, file)))).toEqual([{ path: 'id', code: 'id.duplicate' }]);
		expect(codesOf(seen(validateNewCheckIn({ ...base, id: 'n', kind: 'report', ruleId: 'fine' }, file)))).toEqual([{ path: 'ruleId', code: 'checkIn.ruleKind' }]);
		expect(codesOf(seen(validateNewCheckIn({ ...base, id: 'n', kind: 'payment', ruleId: 'fine', amount: 5, currency: 'USD' }, file)))).toEqual([
			{ path: 'currency', code: 'currency.mismatch' }
		]);
		expect(codesOf(seen(validateNewCheckIn({ ...base, id: 'n', kind: 'report', ruleId: 'report', supersedes: 'c-report' }, file)))).toEqual([
			{ path: 'supersedes', code: 'supersede.twice' }
		]);
	});

	it('accepts a correction of the latest version', () => {
		const result = seen(validateNewCheckIn({ ...base, id: 'n', kind: 'note', note: 'No visit that day', supersedes: 'c-report-fix' }, stored()));
		expect(result.issues).toEqual([]);
	});
});

describe('validateRuleInCase: one rule against a stored case', () => {
	it('accepts a new rule and an edit that keeps its recorded check-ins valid', () => {
		const file = stored();
		expect(seen(validateRuleInCase({ id: 'fine2', kind: 'payment', title: 'Damages', currency: 'KZT', schedule: [{ due: '2024-01-31', amount: 100 }] }, file)).issues).toEqual([]);
		expect(seen(validateRuleInCase({ ...file.rules[R.payment], title: 'Court fine' }, file, 'fine')).issues).toEqual([]);
	});

	it('refuses a second rule with the same id, and checks needing the case', () => {
		const file = stored();
		expect(codesOf(seen(validateRuleInCase({ ...file.rules[R.ban] }, file)))).toEqual([{ path: 'id', code: 'id.duplicate' }]);
		expect(codesOf(seen(validateRuleInCase({ id: 'late', kind: 'payment', title: 'Fine', currency: 'KZT', schedule: [{ due: '2030-01-01', amount: 1 }] }, file)))).toEqual([
			{ path: 'schedule[0].due', code: 'payment.dueOutsidePeriod' }
		]);
	});

	it('refuses an edit that would leave recorded check-ins wrong: kind, currency, id', () => {
		const file = stored();
		const fine = file.rules[R.payment]!;
		expect(codesOf(seen(validateRuleInCase({ id: 'fine', kind: 'deadline', title: 'Fine', due: '2024-01-01', what: 'Pay' }, file, 'fine')))).toEqual([
			{ path: 'kind', code: 'rule.kindInUse' }
		]);
		expect(codesOf(seen(validateRuleInCase({ ...fine, currency: 'USD' }, file, 'fine')))).toEqual([{ path: 'currency', code: 'rule.currencyInUse' }]);
		expect(codesOf(seen(validateRuleInCase({ ...fine, id: 'fine-renamed' }, file, 'fine')))).toEqual([{ path: 'id', code: 'rule.idInUse' }]);
	});
});

describe('validateCaseInfo: the case details on their own', () => {
	it('returns valid details and refuses bad ones with their paths', () => {
		const info = stored().case;
		expect(seen(validateCaseInfo(info))).toEqual({ info, issues: [] });
		expect(codesOf(seen(validateCaseInfo({ ...info, timeZone: 'Mars/Base' })))).toEqual([{ path: 'timeZone', code: 'timeZone.unknown' }]);
	});
});

describe('revocation policy, official warnings and clarifications', () => {
	const at = '2024-06-03T10:00:00+05:00';

	it('accepts them, and an old file without them stays valid', () => {
		const file = validFile();
		expect(() => parseCaseFile(file)).not.toThrow();
		file.case = { ...file.case, revocation: { template: 'RU', moreThan: 2, withinMonths: 12 } };
		file.checkIns.push(
			{ id: 'w1', kind: 'official-warning', at, recordedAt: at, issuedBy: 'Probation service', disputed: { note: 'Contested' } },
			{ id: 'q1', kind: 'clarification', ruleId: file.rules[R.ban].id, at, recordedAt: at, question: 'Are interviews covered?', askedTo: 'Court', via: 'letter' }
		);
		expect(parseCaseFile(file).checkIns.map((checkIn) => checkIn.kind).slice(-2)).toEqual(['official-warning', 'clarification']);
	});

	it('refuses bad numbers, an unknown template and an unknown way of asking', () => {
		const file = validFile();
		file.case = { ...file.case, revocation: { template: 'XX', moreThan: -1, withinMonths: 0 } };
		file.checkIns.push({ id: 'q1', kind: 'clarification', ruleId: file.rules[R.ban].id, at, recordedAt: at, question: 'Q?', askedTo: 'Court', via: 'pigeon' });
		expect(problems(file)).toEqual([
			{ path: 'case.revocation.template', code: 'jurisdiction.unknown' },
			{ path: 'case.revocation.moreThan', code: 'number.wholeDays' },
			{ path: 'case.revocation.withinMonths', code: 'number.months' },
			{ path: `checkIns[${file.checkIns.length - 1}].via`, code: 'clarification.via' }
		]);
	});
});

describe('working days: the case calendar and deadlines in working days', () => {
	it('accepts a jurisdiction, the person’s own days and a deadline in working days', () => {
		const file = validFile();
		file.case = { ...file.case, jurisdiction: 'KZ', holidays: [{ date: '2025-01-04', kind: 'working-day', name: 'Working Saturday' }] };
		file.rules[R.deadline] = { ...file.rules[R.deadline], due: undefined, after: { anchor: 'inForce', days: 10, calendar: 'working' } };
		expect(() => parseCaseFile(file)).not.toThrow();
	});

	it('refuses unknown kinds of day, a date listed twice, too many days and an unknown way of counting', () => {
		const file = validFile();
		file.case = { ...file.case, holidays: [{ date: '2025-01-04', kind: 'bank-holiday' }] };
		expect(problems(file)).toEqual([{ path: 'case.holidays[0].kind', code: 'holiday.kind' }]);
		file.case = { ...file.case, holidays: [{ date: '2025-01-04', kind: 'day-off' }, { date: '2025-01-04', kind: 'working-day' }] };
		expect(problems(file)).toEqual([{ path: 'case.holidays', code: 'holiday.duplicate' }]);
		file.case = { ...file.case, holidays: Array.from({ length: 1001 }, (_, i) => ({ date: `${2000 + Math.floor(i / 300)}-01-01`, kind: 'day-off' })) };
		expect(problems(file).map((p) => p.code)).toContain('holidays.tooMany');
		const counted = validFile();
		counted.rules[R.deadline] = { ...counted.rules[R.deadline], due: undefined, after: { anchor: 'inForce', days: 10, calendar: 'lunar' } };
		expect(problems(counted)).toEqual([{ path: `rules[${R.deadline}].after.calendar`, code: 'deadline.calendar' }]);
	});
});

describe('the issue catalog', () => {
	// Tests run in file order, so this one sees every code met above; a code added to issues.ts needs a test here.
	it('has every reachable code met by a test above, and an English sentence for each code met', () => {
		const untested = Object.keys(issueMessages).filter((code) => !seenCodes.has(code) && !UNREACHABLE.has(code));
		expect(untested).toEqual([]);
		for (const code of seenCodes) expect(Object.keys(issueMessages)).toContain(code);
	});
});
