/**
 * Check-ins: what the person did or learned, each recorded once and never edited in place.
 * A correction is a new check-in whose `supersedes` names the one it replaces; the engine reads
 * only check-ins that nothing supersedes, and history keeps both.
 */
import * as v from 'valibot';
import { currency, hash, id, instant, latitude, localDate, longitude, money, periodInOrder, text, title } from './schema';

export { BAN_CATEGORIES, banCategory, CHANGE_KINDS, changeKind, type BanCategory, type ChangeKind } from './categories';
import { banCategory, changeKind, BAN_CATEGORIES } from './categories';

const base = {
	id,
	at: instant,
	recordedAt: instant,
	ruleId: v.optional(id),
	note: v.optional(text),
	supersedes: v.optional(id),
	/** Its link in the record's hash chain (src/lib/integrity/chain.ts); the app fills it in. */
	hash: v.optional(hash)
};

const report = v.strictObject({ ...base, kind: v.literal('report') });
const excuse = v.strictObject({ ...base, kind: v.literal('excuse'), for: localDate });
const payment = v.strictObject({ ...base, kind: v.literal('payment'), amount: money, currency });
const done = v.strictObject({ ...base, kind: v.literal('done') });
const activity = v.strictObject({
	...base,
	kind: v.literal('activity'),
	description: title,
	categories: v.pipe(
		v.array(banCategory),
		v.check((items) => new Set(items).size === items.length, 'category.duplicate'),
		v.maxLength(BAN_CATEGORIES.length, 'category.duplicate')
	),
	planned: v.optional(localDate)
});
const trip = v.pipe(
	v.strictObject({
		...base,
		kind: v.literal('trip'),
		from: localDate,
		to: localDate,
		destination: title,
		outsideArea: v.boolean()
	}),
	v.forward(
		v.check((trip) => periodInOrder({ from: trip.from, until: trip.to }), 'period.order'),
		['to']
	)
);
const permission = v.strictObject({ ...base, kind: v.literal('permission'), trip: id, granted: v.boolean() });
const notified = v.strictObject({ ...base, kind: v.literal('notified'), about: id });
const change = v.strictObject({ ...base, kind: v.literal('change'), what: changeKind, on: localDate });
const location = v.strictObject({
	...base,
	kind: v.literal('location'),
	lat: latitude,
	lon: longitude,
	accuracyM: v.pipe(v.number(), v.minValue(0, 'geo.accuracy'), v.maxValue(1_000_000, 'geo.accuracy'))
});
const note = v.strictObject({ ...base, kind: v.literal('note'), note: title });

/**
 * A written warning from the probation service or the court, issued at `at`. `ruleId` (optional,
 * any kind) names the condition it says was broken. `disputed` marks a warning the person
 * contests; it still counts towards revocation (see revocation.ts). A warning withdrawn for good is
 * superseded (e.g. by a `note`), and then counts no more.
 */
const officialWarning = v.strictObject({
	...base,
	kind: v.literal('official-warning'),
	issuedBy: title,
	text: v.optional(text),
	photo: v.optional(title),
	disputed: v.optional(v.strictObject({ note: v.optional(text) }))
});

/** How a question was put to the supervisor or the court. */
export const CLARIFICATION_CHANNELS = ['letter', 'email', 'in-person', 'phone', 'court', 'other'] as const;
export type ClarificationChannel = (typeof CLARIFICATION_CHANNELS)[number];

const items = v.pipe(v.array(title), v.maxLength(50, 'keywords.tooMany'));

/**
 * A question about what a ban covers, asked at `at` (to `askedTo`, by `via`), and later its answer:
 * a correction of the same clarification (`supersedes`) that adds `answer`. Until then
 * `remindAfter` is the local date after which to chase it. `answer.covers` / `answer.excludes` are
 * the activities the answer names as inside / outside the ban: "Can I do this?" reads them.
 */
const clarification = v.strictObject({
	...base,
	kind: v.literal('clarification'),
	question: title,
	askedTo: title,
	via: v.optional(v.picklist(CLARIFICATION_CHANNELS, 'clarification.via')),
	remindAfter: v.optional(localDate),
	answer: v.optional(
		v.strictObject({
			on: localDate,
			source: title,
			text: v.optional(text),
			covers: v.optional(items),
			excludes: v.optional(items)
		})
	)
});

/** One schema per check-in kind. */
export const checkInSchemas = {
	report,
	excuse,
	payment,
	done,
	activity,
	trip,
	permission,
	notified,
	change,
	location,
	note,
	'official-warning': officialWarning,
	clarification
} as const;

export type CheckInKind = keyof typeof checkInSchemas;
export const CHECK_IN_KINDS = Object.keys(checkInSchemas) as CheckInKind[];

export const checkInSchema = v.variant('kind', Object.values(checkInSchemas), 'checkIn.kind');

export type CheckIn = v.InferOutput<typeof checkInSchema>;
export type CheckInOf<K extends CheckInKind> = Extract<CheckIn, { kind: K }>;

/**
 * Which rule kinds a check-in of each kind may point at with `ruleId` (an empty list: any rule);
 * `required` means it must name one.
 */
export const CHECK_IN_RULE_KINDS: Record<CheckInKind, { kinds: readonly string[]; required: boolean }> = {
	report: { kinds: ['reporting'], required: true },
	excuse: { kinds: ['reporting'], required: true },
	payment: { kinds: ['payment'], required: true },
	done: { kinds: ['deadline'], required: true },
	activity: { kinds: ['activity-ban'], required: false },
	trip: { kinds: ['movement'], required: false },
	permission: { kinds: ['movement'], required: false },
	notified: { kinds: ['movement', 'notify-change'], required: false },
	change: { kinds: ['notify-change'], required: false },
	location: { kinds: ['movement', 'curfew'], required: false },
	note: { kinds: [], required: false },
	'official-warning': { kinds: [], required: false },
	clarification: { kinds: ['activity-ban'], required: true }
};
