/**
 * The JSON Schema of a Clearday case file, generated from the valibot schemas that
 * `parseCaseFile` itself uses, so the two cannot drift apart unnoticed (a unit test compares the
 * committed file with what this produces).
 *
 * `npx tsx scripts/case-file-schema.ts` writes docs/case-file.schema.json.
 *
 * The schema checks the shape of a file: fields, types, formats, lengths, kinds. What JSON Schema
 * cannot say (an end date not before its start, references between items, a check-in recorded
 * before it happened, a valid RRULE) is checked by `parseCaseFile` only; the schema's
 * descriptions say where, and docs/case-file.md lists it all.
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema, type JsonSchema, type OverrideActionContext } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { MAX_CHECK_INS, MAX_RULES } from '../src/lib/domain/casefile';
import { banCategory, changeKind, checkInSchemas, type CheckInKind } from '../src/lib/domain/checkins';
import { RULE_KIND_NAMES, type RuleKindName } from '../src/lib/domain/registry';
import { ruleValidations } from '../src/lib/domain/rule-validation';
import {
	currency,
	duration,
	geofence,
	hash,
	id,
	instant,
	latitude,
	localDate,
	localTime,
	longitude,
	money,
	text,
	timeZone,
	title,
	wholeDays
} from '../src/lib/domain/schema';
import { revocationPolicySchema } from '../src/lib/domain/revocation-policy';
import { caseInfoSchema, CASE_FILE_FORMAT, CASE_FILE_VERSION, supervisorSchema } from '../src/lib/domain/types';

export const SCHEMA_URL = new URL('../docs/case-file.schema.json', import.meta.url);

/**
 * Patterns for the custom checks of schema.ts, keyed by their issue code. They say in regular
 * expressions what those checks say in code (a duration's pattern also refuses all zeros, as
 * parseDuration does); the unit test holds them to the same answers on samples. A pattern cannot know the calendar:
 * `2023-02-30` matches LocalDate's pattern, but `format: date` and parseCaseFile refuse it.
 */
export const PATTERNS = {
	'date.invalid': '^\\d{4}-\\d{2}-\\d{2}$',
	'time.invalid': '^(?:[01]\\d|2[0-3]):[0-5]\\d$',
	'instant.invalid': '^\\d{4}-\\d{2}-\\d{2}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$',
	'duration.invalid': '^(?=.*[1-9])P(?!$)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?$',
	'timeZone.unknown': '^(?:UTC|[A-Za-z][A-Za-z_-]*(?:/[A-Za-z0-9_+-]+)+)$',
	'text.empty': '\\S'
} as const;

/** Array checks that say "no item twice". */
const UNIQUE_ITEMS = new Set(['category.duplicate', 'weekday.duplicate', 'change.duplicate']);

function overrideAction({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | undefined {
	if (valibotAction.type !== 'check') return undefined;
	const code = (valibotAction as { message?: unknown }).message;
	if (typeof code !== 'string') return undefined;
	if (code in PATTERNS) {
		const pattern = PATTERNS[code as keyof typeof PATTERNS];
		return code === 'date.invalid' ? { ...jsonSchema, format: 'date', pattern } : { ...jsonSchema, pattern };
	}
	if (UNIQUE_ITEMS.has(code)) return { ...jsonSchema, uniqueItems: true };
	if (code === 'deadline.dueOrAfter') return { ...jsonSchema, oneOf: [{ required: ['due'] }, { required: ['after'] }] };
	return undefined;
}

function pascal(kind: string): string {
	return kind
		.split('-')
		.map((part) => part[0]!.toUpperCase() + part.slice(1))
		.join('');
}

/** The `$defs` name of a rule kind's schema: `reporting` → `ReportingRule`. */
export function ruleDefName(kind: RuleKindName): string {
	return `${pascal(kind)}Rule`;
}

/** The `$defs` name of a check-in kind's schema: `report` → `ReportCheckIn`. */
export function checkInDefName(kind: CheckInKind): string {
	return `${pascal(kind)}CheckIn`;
}

const CHECK_IN_KINDS = Object.keys(checkInSchemas) as CheckInKind[];

const SHARED_DEFINITIONS = {
	Id: id,
	Title: title,
	Text: text,
	LocalDate: localDate,
	LocalTime: localTime,
	Instant: instant,
	TimeZone: timeZone,
	Duration: duration,
	Money: money,
	Currency: currency,
	Hash: hash,
	WholeDays: wholeDays,
	Latitude: latitude,
	Longitude: longitude,
	Geofence: geofence,
	BanCategory: banCategory,
	ChangeKind: changeKind,
	Supervisor: supervisorSchema,
	Case: caseInfoSchema,
	RevocationPolicy: revocationPolicySchema
};

const DESCRIPTIONS: Record<string, string> = {
	Id: 'An identifier, unique among the rules or among the check-ins of the file (1–100 characters).',
	Title: 'Text that is not blank (at least one non-space character), at most 200 characters.',
	Text: 'Free text, at most 4000 characters.',
	LocalDate:
		'A calendar date YYYY-MM-DD in case.timeZone (a real date: no 2023-02-29). As a deadline it means the end of that day, 23:59:59.999 local time.',
	LocalTime: 'A wall-clock time HH:mm (00:00–23:59) in case.timeZone.',
	Instant:
		'A moment: an ISO 8601 date and time with an explicit offset (Z or ±HH:MM), e.g. 2024-03-05T10:15:00+05:00. Seconds and fractions are optional.',
	TimeZone: 'An IANA time-zone name known to the tz database, e.g. Asia/Almaty. Fixed offsets such as +05:00 are refused.',
	Duration:
		'An ISO 8601 duration of years, months, weeks, days, hours, minutes, seconds (whole numbers, not all zero): P3D, P1W, PT1H, P1M2DT3H. Years, months and days count on the local calendar; hours, minutes and seconds are elapsed time.',
	Money: 'A positive whole number of minor units of the currency (tiyn, cents): 40,000 KZT is 4000000.',
	Currency: 'An ISO 4217 currency code: three capital letters, e.g. KZT.',
	Hash: 'A SHA-256 hash as 64 lower-case hexadecimal digits.',
	WholeDays: 'A whole number of calendar days, 0 or more.',
	Latitude: 'Degrees north (negative: south), −90 to 90.',
	Longitude: 'Degrees east (negative: west), −180 to 180.',
	Geofence: 'A circle on the Earth: centre and radius in kilometres.',
	BanCategory: 'A kind of activity a court may ban.',
	ChangeKind: 'A kind of change the probation service may need to hear about.',
	Supervisor: 'Who supervises the person and where; all optional, shown to the person only.',
	Case: 'The case: its time zone, the verdict and the sentence. parseCaseFile also checks that sentence.until is not before sentence.from and that inForce is not before verdict.',
	ReportingRule:
		'Report on a recurring schedule. Each occurrence is met by a report check-in on that local date by the end of the window (else the end of the day), or excused. parseCaseFile also checks the rrule (the supported RFC 5545 subset), that window.to is after window.from, and that start is not after the rule ends.',
	PaymentRule:
		'A fine or damages, paid as one lump sum or by instalments. Payments are summed and cover instalments in due-date order. parseCaseFile also checks that every due date lies in the rule’s period and that no two instalments share a date.',
	DeadlineRule:
		'A one-off deadline, on a date (due) or a number of days after the verdict or its entry into force (after); met by a done check-in. parseCaseFile also checks that the case has the anchor date.',
	ActivityBanRule: 'A ban on kinds of activity, at breach risk when an activity check-in in its period carries a banned category.',
	MovementRule: 'Stay within an area unless a trip is permitted or notified; with a geofence, positions outside it are checked.',
	CurfewRule:
		'Be at home between start and end local time (the window may cross midnight) on the given weekdays (every day if none). parseCaseFile also checks that end differs from start.',
	NotifyChangeRule: 'Tell the probation service about a change within withinDays calendar days (the day of the change is day 0).',
	ReportCheckIn: 'A visit to report, for a reporting rule.',
	ExcuseCheckIn: 'A reporting occurrence that does not have to be met (e.g. the officer moved the visit).',
	PaymentCheckIn: 'A payment towards a payment rule, in that rule’s currency.',
	DoneCheckIn: 'A deadline rule’s obligation done.',
	ActivityCheckIn: 'An activity done (or planned, with planned) and the categories it may fall under.',
	TripCheckIn: 'A trip, usually recorded when planned: from and to are its first and last local dates.',
	PermissionCheckIn: 'The supervisor’s decision on a trip (granted or refused); the latest decision before the trip starts stands.',
	NotifiedCheckIn: 'The supervisor was told about a trip or a change (about names that check-in).',
	ChangeCheckIn: 'A change of residence, work, study or phone on a local date.',
	LocationCheckIn: 'A position reading with its accuracy radius in metres.',
	NoteCheckIn: 'A note for the record; as a correction (supersedes) it can also withdraw a check-in, e.g. a cancelled plan.',
	OfficialWarningCheckIn:
		'A written warning from the probation service or the court, issued at at; ruleId (optional, any kind) names the condition it concerns. It counts towards the revocation distance, disputed or not; superseded, it no longer counts.',
	ClarificationCheckIn:
		'A question about what an activity ban covers, asked at at; its answer is recorded by a new clarification that supersedes it and adds answer. “Can I do this?” cites answer.covers and answer.excludes.',
	RevocationPolicy:
		'When a suspended sentence may be revoked, as entered by the person or from a jurisdiction template (docs/jurisdictions.md). Every field optional; without moreThan and withinMonths no distance is computed.'
};

/** Descriptions of fields, by `$defs` name (`*` = every rule or every check-in). */
const FIELD_DESCRIPTIONS: Record<string, Record<string, string>> = {
	Case: {
		id: 'The case’s identifier.',
		timeZone: 'The zone of every local date and time in the file.',
		verdict: 'The local date of the verdict.',
		inForce: 'The local date the verdict entered into force.',
		sentence: 'The sentence’s period: inclusive local dates. Rules without their own from/until apply for all of it.',
		jurisdiction: 'Whose public holidays count for deadlines in working days (KZ: data for 2023–2026; RU: none yet).',
		holidays: 'Days the person adds to the working calendar, one entry per date: a local day off, or a weekend day worked by decree.'
	},
	'*Rule': {
		id: 'The rule’s identifier; check-ins point at it with ruleId. Part of alert ids.',
		kind: 'The kind of rule.',
		title: 'A short name for the person.',
		notes: 'The court’s wording or anything worth keeping with the rule.',
		from: 'First local date the rule applies (default: sentence.from).',
		until: 'Last local date the rule applies, inclusive (default: sentence.until). parseCaseFile checks until ≥ from.',
		remind:
			'Lead times before each deadline at which to warn (default ["P3D","P1D"], curfew ["PT1H"]; [] for none). The shortest is a warning, earlier ones info.'
	},
	ReportingRule: {
		rrule: 'An RFC 5545 RRULE without DTSTART, e.g. FREQ=MONTHLY;BYDAY=2MO. Supported: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL (a date), BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, WKST.',
		start: 'The local date the recurrence starts from (its DTSTART); it is an occurrence only if the rule produces it.',
		window: 'Office hours on a reporting day: a report must be made by window.to.',
		place: 'Where to report.'
	},
	PaymentRule: {
		currency: 'The currency of the schedule and of every payment for the rule.',
		schedule: 'The instalments, each with its due date and amount in minor units (a lump sum is one instalment).',
		payee: 'Who is paid.'
	},
	DeadlineRule: {
		due: 'The due local date (give due or after, not both).',
		after: 'Due this many days after the verdict or its entry into force: calendar days, or working days with calendar "working".',
		time: 'Due at this local time on the due date (default: the end of that day).',
		what: 'What must be done.'
	},
	ActivityBanRule: {
		categories: 'The banned categories (at least one, none twice).',
		keywords: 'Words that hint at a banned activity, for “Can I do this?” screening.'
	},
	MovementRule: {
		area: 'The name of the area the person must stay in.',
		geofence: 'The area as a circle, to check location check-ins.',
		permission: 'required: a trip outside needs a granted permission; notice: the supervisor must be told; forbidden: no trips outside.',
		noticeDays: 'Ask for permission or give notice by the end of the day this many days before departure (default and 0: by the day before).'
	},
	CurfewRule: {
		start: 'Local time the curfew starts.',
		end: 'Local time it ends; at or before start, it ends the next day.',
		days: 'Weekdays (MO…SU) on which a curfew window starts; every day if absent.',
		home: 'Home as a circle, to check location check-ins during the curfew.'
	},
	NotifyChangeRule: {
		changes: 'The kinds of change to report (at least one, none twice).',
		withinDays: 'Calendar days to report a change in, counting the day of the change as day 0 (at least 1).'
	},
	'*CheckIn': {
		id: 'The check-in’s identifier.',
		kind: 'The kind of check-in.',
		at: 'When it happened. The engine judges by this instant and ignores check-ins whose at is still ahead.',
		recordedAt: 'When it was written down; not before at. A later recordedAt marks a backdated entry.',
		ruleId: 'The rule it is for (required for report, excuse, payment and done).',
		note: 'Free text.',
		supersedes: 'The id of a check-in this one corrects; the corrected one then no longer counts. Never edit a check-in: supersede it.',
		hash: 'Its link in the hash chain: SHA-256 of "clearday/1", the previous check-in’s hash and this check-in’s canonical JSON (see case-file.md, The hash chain). Optional: absent from every check-in or present on every one; the app fills it in and checks it on import.'
	},
	ExcuseCheckIn: { for: 'The reporting occurrence (local date) that is excused.' },
	PaymentCheckIn: { amount: 'The amount paid in minor units.', currency: 'Must be the rule’s currency.' },
	ActivityCheckIn: {
		description: 'What the activity is.',
		categories: 'The categories it may fall under, none twice ([] when none).',
		planned: 'The local date it is planned for; without it, the activity happened on the local date of at.'
	},
	TripCheckIn: {
		from: 'First local date of the trip (the trip starts at 00:00 that day).',
		to: 'Last local date of the trip (not before from).',
		destination: 'Where to.',
		outsideArea: 'Whether the trip leaves the movement rule’s area; trips inside it are not checked.'
	},
	PermissionCheckIn: { trip: 'The id of the trip check-in.', granted: 'true when permitted, false when refused.' },
	NotifiedCheckIn: { about: 'The id of the trip or change check-in the supervisor was told about.' },
	ChangeCheckIn: { what: 'What changed.', on: 'The local date of the change.' },
	LocationCheckIn: { lat: 'Latitude of the reading.', lon: 'Longitude of the reading.', accuracyM: 'Accuracy radius in metres.' },
	NoteCheckIn: { note: 'The note (required for this kind).' },
	OfficialWarningCheckIn: {
		issuedBy: 'Who issued the warning (the service, the officer, the court).',
		text: 'Its wording, as copied.',
		photo: 'Where a picture of it is kept (a file name); the picture itself is not in the file.',
		disputed: 'Present when the person disputes the warning, with an optional note. A disputed warning still counts.'
	},
	ClarificationCheckIn: {
		question: 'The question asked.',
		askedTo: 'Whom it was asked (the probation service, the court, the officer).',
		via: 'How it was asked.',
		remindAfter: 'Without an answer, the local date after which the app reminds the person to ask again.',
		answer: 'The answer: its date (on), source, text, and the activities it names as covered by or excluded from the ban (keyword syntax, e.g. "interview*").'
	},
	RevocationPolicy: {
		template: 'The jurisdiction template the values came from (informational).',
		moreThan: '“Systematic”: MORE than this many violations or warnings…',
		withinMonths: '…within this many months (rolling window).',
		hidingDays: '“Hiding”: unreachable for more than this many days (shown only).',
		extensionMonths: 'The probation period may be extended by up to this many months (shown only).',
		notes: 'The articles relied on, the lawyer’s reading.'
	}
};

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeFields(schema: JsonSchema, fields: Record<string, string> | undefined): void {
	if (!fields || !isObject(schema.properties)) return;
	for (const [name, description] of Object.entries(fields)) {
		const property = schema.properties[name];
		if (isObject(property)) property.description = description;
	}
}

/** The JSON Schema (draft 2020-12) of a whole case file. */
export function caseFileJsonSchema(): JsonSchema {
	const ruleDefinitions = Object.fromEntries(RULE_KIND_NAMES.map((kind) => [ruleDefName(kind), ruleValidations[kind].schema]));
	const checkInDefinitions = Object.fromEntries(CHECK_IN_KINDS.map((kind) => [checkInDefName(kind), checkInSchemas[kind]]));
	const envelope = v.strictObject({
		format: v.literal(CASE_FILE_FORMAT),
		version: v.literal(CASE_FILE_VERSION),
		case: caseInfoSchema,
		rules: v.pipe(v.array(v.union(Object.values(ruleDefinitions))), v.maxLength(MAX_RULES)),
		checkIns: v.pipe(v.array(v.union(Object.values(checkInDefinitions))), v.maxLength(MAX_CHECK_INS))
	});
	const schema = toJsonSchema(envelope, {
		target: 'draft-2020-12',
		errorMode: 'ignore',
		definitions: { ...SHARED_DEFINITIONS, ...ruleDefinitions, ...checkInDefinitions },
		overrideAction
	});

	// The kinds exclude each other by their `kind` constants: exactly one branch can match.
	for (const list of ['rules', 'checkIns']) {
		const items = (schema.properties?.[list] as JsonSchema).items as JsonSchema;
		items.oneOf = items.anyOf;
		delete items.anyOf;
	}
	const defs = schema.$defs as Record<string, JsonSchema>;
	for (const [name, def] of Object.entries(defs)) {
		if (DESCRIPTIONS[name]) def.description = DESCRIPTIONS[name];
		if (name.endsWith('Rule')) describeFields(def, FIELD_DESCRIPTIONS['*Rule']);
		if (name.endsWith('CheckIn')) describeFields(def, FIELD_DESCRIPTIONS['*CheckIn']);
		describeFields(def, FIELD_DESCRIPTIONS[name]);
	}
	describeFields(schema, {
		format: 'Always "clearday-case".',
		version: 'The format version; this schema is version 1.',
		case: 'The case itself.',
		rules: 'The conditions the court imposed, one rule each.',
		checkIns: 'What the person did or learned, in any order. Never edited in place: a correction supersedes.'
	});

	return {
		$schema: schema.$schema,
		title: `Clearday case file, version ${CASE_FILE_VERSION}`,
		description:
			'One JSON document holds a whole case: backup, export and the engine’s input. This schema checks its shape; parseCaseFile (src/lib/domain/casefile.ts) checks the same and also the relations JSON Schema cannot express: unique ids, check-ins pointing at existing rules of the right kind, references between check-ins, corrections, recordedAt not before at, periods in order, valid RRULEs. See docs/case-file.md.',
		...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'))
	};
}

/** The file's text: the schema as tab-indented JSON with a final newline. */
export function caseFileSchemaText(): string {
	return `${JSON.stringify(caseFileJsonSchema(), null, '\t')}\n`;
}

if (process.argv[1]?.endsWith('case-file-schema.ts')) {
	writeFileSync(SCHEMA_URL, caseFileSchemaText());
	console.log(`wrote ${SCHEMA_URL.pathname}`);
}
