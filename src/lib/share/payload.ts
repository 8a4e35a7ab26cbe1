/**
 * The snapshot as the compact JSON that is compressed and encrypted into a link (the "payload").
 * Short keys and epoch seconds keep links short; docs/share-link.md lists every field.
 *
 * Reading is strict: the payload is checked field by field (valibot) and for consistency
 * (indexes in range, deadlines in order and within their window, balances that add up), and
 * anything unexpected makes the link 'damaged' rather than half-shown.
 */
import * as v from 'valibot';
import { CHANGE_KINDS } from '$lib/domain/categories';
import { currency, localDate, localTime, title } from '$lib/domain/schema';
import { isLocalTime } from '$lib/domain/time';
import type { Level, Params } from '$lib/domain';
import { FINGERPRINT_DIGITS, type Snapshot } from './types';

const DAY_S = 86_400;

/** How far ahead deadlines are shown. */
export const DEADLINE_WINDOW_DAYS = 30;

/**
 * The label parameters a relative may see: dates, times, amounts and what changed (a code such
 * as `residence`). Anything else a label carries (a check-in id, and whatever a future kind
 * adds) is dropped until it is added here on purpose.
 */
export const LABEL_PARAMS = ['date', 'time', 'amount', 'currency', 'what', 'start', 'end'] as const;

export const MAX_SECONDS = 0xffff_ffff;

const LEVELS = ['ok', 'attention', 'at-risk'] as const satisfies readonly Level[];

const integer = v.pipe(v.number(), v.safeInteger());
const natural = v.pipe(integer, v.minValue(0));
const seconds = v.pipe(natural, v.maxValue(MAX_SECONDS));
const FINGERPRINT = new RegExp(`^(?:[0-9a-f]{${FINGERPRINT_DIGITS}})?$`);
const code = v.pipe(v.string(), v.maxLength(100), v.regex(/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*$/));

/*
 * valibot is one module, so every one of its functions used anywhere sits in the chunk every first
 * visit loads (beside the engine's schemas). The few shapes only links need are built here from
 * functions the engine already uses, so that links weigh nothing until a link is made or opened.
 */

/** A fixed-length array, each item checked by its own schema (valibot's strictTuple). */
function tupleOf<const T extends readonly v.GenericSchema[]>(items: T) {
	return v.pipe(
		v.array(v.unknown()),
		v.check((value) => value.length === items.length && items.every((schema, index) => v.safeParse(schema, value[index]).success)),
		v.transform((value) => value as { -readonly [K in keyof T]: v.InferOutput<T[K]> })
	);
}

/** null, or a value of `schema` (valibot's nullable). */
function orNull<T extends v.GenericSchema>(schema: T) {
	return v.pipe(
		v.unknown(),
		v.check((value) => value === null || v.safeParse(schema, value).success),
		v.transform((value) => value as v.InferOutput<T> | null)
	);
}

const paramsSchema = v.strictObject({
	date: v.optional(localDate),
	time: v.optional(v.pipe(v.string(), v.check((time) => time === '' || isLocalTime(time)))),
	amount: v.optional(natural),
	currency: v.optional(currency),
	what: v.optional(v.picklist(CHANGE_KINDS)),
	start: v.optional(localTime),
	end: v.optional(localTime)
} satisfies Record<(typeof LABEL_PARAMS)[number], unknown>);

const payloadSchema = v.strictObject({
	/** createdAt, epoch seconds. */
	c: seconds,
	/** expiresAt, epoch seconds. */
	e: seconds,
	/** The level, as its index in LEVELS. */
	l: v.picklist([0, 1, 2]),
	/** Titles of the conditions, each once; deadlines and balances name them by index. */
	t: v.optional(v.pipe(v.array(title), v.minLength(1))),
	/** Deadlines: [title index, label code, at (epoch seconds), label params]. */
	d: v.optional(v.array(tupleOf([natural, code, seconds, paramsSchema]))),
	/** Balances: [title index, paid, total, overdue, currency], amounts in minor units. */
	b: v.optional(v.array(tupleOf([natural, natural, natural, natural, currency]))),
	/** The last check-in, epoch seconds (null: none yet). May predate 1970 in theory, hence any integer. */
	k: v.optional(orNull(integer)),
	/** The record's fingerprint: the chain head's first FINGERPRINT_DIGITS hex digits ('' : nothing recorded yet). */
	h: v.optional(v.pipe(v.string(), v.regex(FINGERPRINT)))
});

export type Payload = v.InferOutput<typeof payloadSchema>;

function secondsOf(date: Date, what: string): number {
	const ms = date.getTime();
	if (!Number.isSafeInteger(ms) || ms % 1000 !== 0) throw new RangeError(`share payload: ${what} must be a valid date in whole seconds`);
	return ms / 1000;
}

/** The payload of a snapshot. Throws a RangeError for a snapshot no link could carry. */
export function toPayload(snapshot: Snapshot): Payload {
	const titles: string[] = [];
	const titleIndex = (text: string) => {
		const found = titles.indexOf(text);
		return found >= 0 ? found : titles.push(text) - 1;
	};
	const payload: Payload = { c: secondsOf(snapshot.createdAt, 'createdAt'), e: secondsOf(snapshot.expiresAt, 'expiresAt'), l: LEVELS.indexOf(snapshot.level) as 0 | 1 | 2 };
	const deadlines = snapshot.deadlines?.map((deadline) => [titleIndex(deadline.title), deadline.label.code, secondsOf(deadline.at, 'a deadline'), { ...deadline.label.params }] as const);
	const balances = snapshot.balances?.map((balance) => [titleIndex(balance.title), balance.paid, balance.total, balance.overdue, balance.currency] as const);
	if (titles.length > 0) payload.t = titles;
	if (deadlines) payload.d = deadlines as Payload['d'];
	if (balances) payload.b = balances as Payload['b'];
	if (snapshot.lastCheckInAt !== undefined) payload.k = snapshot.lastCheckInAt === null ? null : secondsOf(snapshot.lastCheckInAt, 'lastCheckInAt');
	if (snapshot.chainHead !== undefined) payload.h = snapshot.chainHead;
	if (fromPayload(payload) === undefined) throw new RangeError('share payload: the snapshot does not fit the link format (see docs/share-link.md)');
	return payload;
}

/** Whether a parsed payload is consistent in itself: what the schema alone cannot say. */
function consistent(payload: Payload): boolean {
	const { c, e, t = [], d = [], b = [], k } = payload;
	if (e <= c || (k != null && k > c)) return false;
	const used = new Set<number>();
	let previous = c;
	for (const [index, , at] of d) {
		if (index >= t.length || at < previous || at > c + DEADLINE_WINDOW_DAYS * DAY_S) return false;
		used.add(index);
		previous = at;
	}
	for (const [index, paid, total, overdue] of b) {
		if (index >= t.length || paid + overdue > total) return false;
		used.add(index);
	}
	return used.size === t.length;
}

/** The snapshot of a payload (any JSON value), or undefined when it is not a valid one. */
export function fromPayload(input: unknown): Snapshot | undefined {
	const parsed = v.safeParse(payloadSchema, input);
	if (!parsed.success || !consistent(parsed.output)) return undefined;
	const { c, e, l, t = [], d, b, k, h } = parsed.output;
	const snapshot: Snapshot = { createdAt: new Date(c * 1000), expiresAt: new Date(e * 1000), level: LEVELS[l] };
	if (d) snapshot.deadlines = d.map(([index, code, at, params]) => ({ title: t[index]!, label: { code, params: params as Params }, at: new Date(at * 1000) }));
	if (b) snapshot.balances = b.map(([index, paid, total, overdue, currency]) => ({ title: t[index]!, paid, total, overdue, currency }));
	if (k !== undefined) snapshot.lastCheckInAt = k === null ? null : new Date(k * 1000);
	if (h !== undefined) snapshot.chainHead = h;
	return snapshot;
}
