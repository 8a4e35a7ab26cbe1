/**
 * Problems found in a case file or a form: a path, a code, parameters and an English sentence.
 * The app shows `issue.<code>` from its catalog in the reader's language; these English
 * sentences are that catalog's English and the text of CaseFileError.
 */
export interface CaseFileIssue {
	/** Where: `case.sentence.until`, `rules[2].schedule[0].due`, `checkIns[7].ruleId`. */
	path: string;
	code: string;
	params: Readonly<Record<string, string | number>>;
	message: string;
}

type P = Readonly<Record<string, string | number>>;

export const issueMessages = {
	'json.invalid': () => 'This is not a readable case file (it is not valid JSON).',
	'format.unknown': () => 'This is not a Clearday case file.',
	'version.unsupported': (p) => `This case file has version ${p.received}, which this app cannot read.`,
	'value.required': () => 'This field is required.',
	'value.type': (p) => `Expected ${p.expected}, found ${p.received}.`,
	'value.notAllowed': (p) => `Expected one of ${p.expected}, found ${p.received}.`,
	'key.unknown': (p) => `Unknown field ${p.received}.`,
	'id.empty': () => 'An id cannot be empty.',
	'id.duplicate': (p) => `The id "${p.id}" is used more than once.`,
	'text.empty': () => 'This cannot be empty.',
	'text.tooLong': (p) => `This is too long (at most ${p.expected} characters).`,
	'date.invalid': () => 'Not a real calendar date (YYYY-MM-DD).',
	'time.invalid': () => 'Not a time of day (HH:mm, 00:00–23:59).',
	'instant.invalid': () => 'Not a date and time with a UTC offset (e.g. 2024-03-05T10:15:00+05:00).',
	'timeZone.unknown': () => 'Unknown time zone: use an IANA name such as Asia/Almaty.',
	'money.invalid': () => 'An amount must be a positive whole number of minor units (tiyn, cents).',
	'hash.invalid': () => 'Not a check-in hash (64 lower-case hexadecimal digits).',
	'chain.mismatch': (p) =>
		`Check-in ${p.position} in recording order (${p.kind}, ${p.at}) does not match its hash: it, or a check-in recorded before it, was changed after it was written.`,
	'chain.missing': (p) => `Check-in ${p.position} in recording order (${p.kind}, ${p.at}) has no hash, though check-ins in the same file do.`,
	'currency.invalid': () => 'A currency is a three-letter ISO 4217 code such as KZT.',
	'currency.mismatch': (p) => `This payment is in ${p.received}, but the condition is in ${p.expected}.`,
	'duration.invalid': () => 'Not a reminder lead time (an ISO 8601 duration such as P3D or PT1H).',
	'remind.tooMany': () => 'At most 10 reminders.',
	'period.order': () => 'The end date is before the start date.',
	'case.inForceBeforeVerdict': () => 'The verdict cannot enter into force before it was given.',
	'geo.latitude': () => 'Latitude must be between -90 and 90.',
	'geo.longitude': () => 'Longitude must be between -180 and 180.',
	'geo.radius': () => 'The radius must be more than 0 km.',
	'geo.accuracy': () => 'Accuracy must be 0 m or more.',
	'number.wholeDays': () => 'A number of days must be a whole number, 0 or more (1 or more here).',
	'rule.kindUnknown': (p) => `Unknown kind of condition: ${p.received}.`,
	'case.idChanged': () => 'The case id cannot change.',
	'case.missing': () => 'This case is no longer on this device.',
	'rule.missing': () => 'This condition is no longer on this device.',
	'rule.endNotEarlier': (p) => `To end a condition early, choose a day on or before its current last day (${p.until}).`,
	'rule.kindInUse': () => 'Check-ins already recorded for this condition do not fit this kind of condition.',
	'rule.currencyInUse': () => 'Payments already recorded for this condition are in another currency.',
	'rule.idInUse': () => 'Check-ins are recorded for this condition, so its id cannot change.',
	'checkIn.kind': (p) => `Unknown kind of check-in: ${p.received}.`,
	'checkIn.ruleMissing': (p) => `No condition has the id "${p.ruleId}".`,
	'checkIn.ruleRequired': () => 'This check-in must name the condition it is for.',
	'checkIn.ruleKind': (p) => `A check-in of this kind cannot be for a condition of kind ${p.received}.`,
	'checkIn.recordedBeforeAt': () => 'A check-in cannot be recorded before it happened.',
	'checkIn.refMissing': (p) => `No check-in has the id "${p.id}".`,
	'checkIn.refKind': (p) => `The check-in "${p.id}" is not a ${p.expected}.`,
	'supersede.self': () => 'A check-in cannot correct itself.',
	'supersede.twice': (p) => `The check-in "${p.id}" is already corrected by another one.`,
	'supersede.cycle': () => 'These corrections go round in a circle.',
	'supersede.order': () => 'A correction cannot be recorded before the check-in it corrects.',
	'window.order': () => 'The window must end after it starts (same day).',
	'rrule.empty': () => 'The schedule is empty.',
	'rrule.syntax': (p) => `The schedule has a malformed part: ${p.expected}.`,
	'rrule.unsupported': (p) => `The schedule uses ${p.expected}, which is not supported.`,
	'rrule.repeated': (p) => `The schedule gives ${p.expected} twice.`,
	'rrule.value': (p) => `The schedule has a bad value for ${p.expected}.`,
	'rrule.noFreq': () => 'The schedule needs FREQ.',
	'rrule.countAndUntil': () => 'The schedule cannot have both COUNT and UNTIL.',
	'rrule.untilDate': () => 'UNTIL must be a date (YYYYMMDD).',
	'rrule.ordinalNeedsMonthOrYear': () => 'Numbered weekdays (like 2MO) need a monthly or yearly schedule.',
	'rrule.monthDayWithWeekly': () => 'BYMONTHDAY cannot be used with a weekly schedule.',
	'rrule.setPosAlone': () => 'BYSETPOS needs another BY… part.',
	'reporting.startAfterPeriod': () => 'The schedule starts after the condition ends.',
	'schedule.empty': () => 'A payment needs at least one instalment.',
	'schedule.tooLong': () => 'At most 1,000 instalments.',
	'payment.dueOutsidePeriod': (p) => `Instalments must fall between ${p.from} and ${p.until}.`,
	'payment.dueRepeated': () => 'Two instalments fall on the same date: combine them.',
	'deadline.dueOrAfter': () => 'Give either a due date or a number of days after the verdict, not both.',
	'deadline.anchorMissing': (p) => `The case has no ${p.anchor === 'verdict' ? 'verdict' : 'entry into force'} date to count from.`,
	'deadline.dueOutOfRange': () => 'Counting these days from the anchor goes past the year 9999.',
	'deadline.calendar': () => 'Count calendar days or working days.',
	'anchor.unknown': () => 'Count from the verdict or from its entry into force.',
	'categories.empty': () => 'Choose at least one banned category.',
	'category.unknown': (p) => `Unknown category: ${p.received}.`,
	'category.duplicate': () => 'A category is listed twice.',
	'keywords.tooMany': () => 'At most 200 keywords.',
	'movement.permission': () => 'Choose required, notice or forbidden.',
	'weekday.unknown': (p) => `Unknown weekday: ${p.received}.`,
	'weekday.duplicate': () => 'A weekday is listed twice.',
	'days.empty': () => 'Choose at least one day, or none for every day.',
	'curfew.emptyWindow': () => 'The curfew must end at a different time than it starts.',
	'changes.empty': () => 'Choose at least one kind of change.',
	'change.unknown': (p) => `Unknown kind of change: ${p.received}.`,
	'change.duplicate': () => 'A kind of change is listed twice.',
	'number.months': () => 'A number of months must be a whole number from 1 to 600.',
	'jurisdiction.unknown': (p) => `Unknown jurisdiction: ${p.received}.`,
	'holiday.kind': () => 'Choose a day off or a working day.',
	'holiday.duplicate': () => 'A date is listed twice: keep one entry per date.',
	'holidays.tooMany': () => 'At most 1,000 days.',
	'clarification.via': (p) => `Unknown way of asking: ${p.received}.`,
	'file.tooLarge': (p) => `Too many items (at most ${p.expected}).`
} satisfies Record<string, (p: P) => string>;

export type IssueCode = keyof typeof issueMessages;

export function issueMessage(code: string, params: P): string {
	const render = (issueMessages as Record<string, (p: P) => string>)[code];
	return render ? render(params) : code;
}

export function makeIssue(path: string, code: string, params: P = {}): CaseFileIssue {
	return { path, code, params, message: issueMessage(code, params) };
}

/** Thrown by parseCaseFile: every problem found, not just the first. */
export class CaseFileError extends Error {
	readonly issues: readonly CaseFileIssue[];

	constructor(issues: readonly CaseFileIssue[]) {
		const shown = issues.slice(0, 5).map((issue) => `${issue.path || '(file)'}: ${issue.message}`);
		const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
		super(`Invalid case file: ${shown.join('; ')}${more}`);
		this.name = 'CaseFileError';
		this.issues = issues;
	}
}
