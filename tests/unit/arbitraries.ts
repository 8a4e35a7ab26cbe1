/**
 * fast-check arbitraries of VALID case files, for the engine's property tests.
 *
 * A file is drawn in three steps, each depending on the one before: the case (zone, sentence,
 * verdict dates), the rules (all seven kinds, valid against that case), then the check-ins
 * (valid against those rules). Check-ins are drawn as drafts of raw numbers and resolved into
 * references afterwards (a `ruleId` of a compatible kind, a permission's trip, a correction's
 * target), so that every draft shrinks to a still-valid file.
 *
 * Dates are computed here with plain UTC arithmetic rather than with the engine's time.ts, so the
 * generator does not share the code it is testing.
 */
import fc from 'fast-check';
import { CHECK_IN_RULE_KINDS, type CheckIn, type CheckInKind } from '../../src/lib/domain/checkins';
import { upcoming } from '../../src/lib/domain/upcoming';
import type { CaseFile, CaseInfo, Rule } from '../../src/lib/domain/types';

export const ZONES = ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Moscow', 'America/New_York', 'Pacific/Apia', 'UTC', 'Australia/Lord_Howe'] as const;

const DAY_MS = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const CATEGORIES = ['political', 'civic', 'journalism', 'social-media', 'charitable', 'religious', 'assembly', 'other'] as const;
const CHANGES = ['residence', 'work', 'study', 'phone'] as const;
const CURRENCIES = ['KZT', 'USD', 'EUR', 'RUB'] as const;
const LEADS = ['P3D', 'P1D', 'PT1H', 'P1W', 'P2D', 'PT12H', 'P1M', 'P1DT2H', 'PT30M'] as const;
/** Offsets the check-in instants are written with: the instant is the same whatever the offset. */
const OFFSETS_MIN = [0, 300, 360, 180, -240, -300, 780, 630, 660, 840, -660] as const;
/** Around Almaty, so that geofences are sometimes met and sometimes not. */
const HOME = { lat: 43.2389, lon: 76.8897 };

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` string. */
export function dayNumber(date: string): number {
	return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dateOf(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO 8601 instant with an explicit offset (`Z` for 0). */
export function instantText(ms: number, offsetMinutes = 0): string {
	const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
	if (offsetMinutes === 0) return `${local}Z`;
	const sign = offsetMinutes < 0 ? '-' : '+';
	const abs = Math.abs(offsetMinutes);
	return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const timeText = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const arbTime = fc.integer({ min: 0, max: 24 * 60 - 1 }).map(timeText);
const arbTitle = fc.constantFrom('Report to the probation office', 'Штраф', 'Айыппұл', 'Curfew', 'x', 'Ban on posts');
const arbText = fc.string({ maxLength: 40 });
/** `lo + n mod (hi - lo + 1)`: a draw turned into a day of [lo, hi] that shrinks towards lo. */
const within = (lo: number, hi: number, n: number) => lo + (n % (hi - lo + 1));

/** A finite number of [min, max]; never -0, which JSON cannot carry. */
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => x + 0);

/** `arb` about once in `1 + weight` draws, else undefined. */
const rarely = <T>(arb: fc.Arbitrary<T>, weight: number) => fc.oneof({ arbitrary: fc.constant(undefined), weight }, { arbitrary: arb, weight: 1 });

/** A record without the keys whose value is undefined (optional fields are absent, not undefined). */
function compact<T extends Record<string, unknown>>(record: T): T {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------
// The case

export const arbCaseInfo: fc.Arbitrary<CaseInfo> = fc
	.record({
		timeZone: fc.constantFrom(...ZONES),
		start: fc.integer({ min: dayNumber('2015-01-01'), max: dayNumber('2030-12-31') }),
		years: fc.integer({ min: 1, max: 6 }),
		verdictBefore: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
		inForceAfterVerdict: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
		hasVerdict: fc.boolean(),
		supervisor: fc.option(fc.record({ name: arbText, phone: fc.constantFrom('+7 727 000 00 00', '') }, { noNullPrototype: true }), { nil: undefined })
	})
	.map(({ timeZone, start, years, verdictBefore, inForceAfterVerdict, hasVerdict, supervisor }) => {
		const from = dateOf(start);
		const until = `${String(Number(from.slice(0, 4)) + years)}${from.slice(4)}`;
		// 29 Feb + n years may not exist: end the day before the same date n years on.
		const untilDay = dayNumber(until.endsWith('-02-29') ? `${until.slice(0, 4)}-03-01` : until) - 1;
		const verdictDay = verdictBefore === undefined ? undefined : start - verdictBefore;
		const inForceDay = inForceAfterVerdict === undefined || verdictDay === undefined ? undefined : verdictDay + inForceAfterVerdict;
		return compact({
			id: 'case-1',
			title: 'Suspended sentence',
			timeZone,
			verdict: verdictDay !== undefined && hasVerdict ? dateOf(verdictDay) : undefined,
			inForce: inForceDay !== undefined ? dateOf(inForceDay) : undefined,
			sentence: { from, until: dateOf(untilDay) },
			supervisor
		}) as CaseInfo;
	});

// ---------------------------------------------------------------------------------------------
// Rules

interface Bounds {
	from: number;
	until: number;
}

/** The common fields, and the rule's own period (default: the sentence). */
const arbRuleBase = (sentence: Bounds) =>
	fc
		.record({
			title: arbTitle,
			notes: fc.option(arbText, { nil: undefined }),
			a: rarely(fc.integer({ min: sentence.from, max: sentence.until }), 2),
			b: rarely(fc.integer({ min: sentence.from, max: sentence.until }), 2),
			remind: fc.option(fc.uniqueArray(fc.constantFrom(...LEADS), { minLength: 1, maxLength: 3 }), { nil: undefined })
		})
		.map(({ title, notes, a, b, remind }) => {
			const lo = a !== undefined && b !== undefined ? Math.min(a, b) : a;
			const hi = a !== undefined && b !== undefined ? Math.max(a, b) : b;
			const fields = compact({ title, notes, from: lo === undefined ? undefined : dateOf(lo), until: hi === undefined ? undefined : dateOf(hi), remind });
			return { fields, period: { from: lo ?? sentence.from, until: hi ?? sentence.until } };
		});

const weekdaySet = (min: number, max: number) => fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: min, maxLength: max });
const ordinalDay = (limit: number) =>
	fc
		.tuple(fc.integer({ min: 1, max: limit }), fc.boolean(), fc.constantFrom(...WEEKDAYS))
		.map(([n, fromEnd, day]) => `${fromEnd ? '-' : ''}${n}${day}`);
const monthDays = fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -5, max: -1 })), { minLength: 1, maxLength: 3 });
const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 });

/** The parts of an RRULE, by frequency, within the supported subset (rrule.ts). */
const arbRecurrenceParts: fc.Arbitrary<string[]> = fc.oneof(
	fc.record({
		interval: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
		byDay: fc.option(weekdaySet(1, 5), { nil: undefined }),
		byMonth: fc.option(months, { nil: undefined })
	}).map(({ interval, byDay, byMonth }) => ['FREQ=DAILY', interval && `INTERVAL=${interval}`, byDay && `BYDAY=${byDay.join(',')}`, byMonth && `BYMONTH=${byMonth.join(',')}`]),
	fc.record({
		interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
		byDay: fc.option(weekdaySet(1, 3), { nil: undefined }),
		wkst: fc.option(fc.constantFrom(...WEEKDAYS), { nil: undefined })
	}).map(({ interval, byDay, wkst }) => ['FREQ=WEEKLY', interval && `INTERVAL=${interval}`, byDay && `BYDAY=${byDay.join(',')}`, wkst && `WKST=${wkst}`]),
	fc.record({
		interval: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
		by: fc.oneof(
			fc.constant<string[]>([]),
			monthDays.map((days) => [`BYMONTHDAY=${days.join(',')}`]),
			fc.uniqueArray(ordinalDay(4), { minLength: 1, maxLength: 2 }).map((days) => [`BYDAY=${days.join(',')}`]),
			fc.tuple(weekdaySet(1, 5), fc.constantFrom(1, 2, -1)).map(([days, pos]) => [`BYDAY=${days.join(',')}`, `BYSETPOS=${pos}`]),
			fc.tuple(monthDays, weekdaySet(2, 6)).map(([days, weekdays]) => [`BYMONTHDAY=${days.join(',')}`, `BYDAY=${weekdays.join(',')}`])
		)
	}).map(({ interval, by }) => ['FREQ=MONTHLY', interval && `INTERVAL=${interval}`, ...by]),
	fc.record({
		byMonth: fc.option(months, { nil: undefined }),
		by: fc.oneof(fc.constant<string[]>([]), monthDays.map((days) => [`BYMONTHDAY=${days.join(',')}`]), ordinalDay(4).map((day) => [`BYDAY=${day}`]))
	}).map(({ byMonth, by }) => ['FREQ=YEARLY', byMonth && `BYMONTH=${byMonth.join(',')}`, ...by])
).map((parts: (string | number | undefined)[]) => parts.filter((part): part is string => typeof part === 'string' && part !== ''));

function arbReporting(sentence: Bounds) {
	return fc
		.record({
			base: arbRuleBase(sentence),
			parts: arbRecurrenceParts,
			end: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 60 }).map((n) => ({ count: n })), fc.nat().map((n) => ({ untilPick: n }))),
			prefix: fc.constantFrom('', '', 'RRULE:'),
			startPick: fc.nat(),
			window: fc.option(
				fc.tuple(fc.integer({ min: 0, max: 24 * 60 - 2 }), fc.integer({ min: 1, max: 12 * 60 })).map(([from, length]) => ({ from: timeText(from), to: timeText(Math.min(from + length, 24 * 60 - 1)) })),
				{ nil: undefined }
			),
			place: fc.option(fc.constantFrom('Probation office, room 12', 'УИИ'), { nil: undefined })
		})
		.map(({ base, parts, end, prefix, startPick, window, place }) => {
			const start = within(base.period.from - 40, base.period.until, startPick);
			const ending = end === undefined ? [] : 'count' in end ? [`COUNT=${end.count}`] : [`UNTIL=${dateOf(within(start, base.period.until + 30, end.untilPick)).replaceAll('-', '')}`];
			return compact({ ...base.fields, kind: 'reporting', rrule: prefix + [...parts, ...ending].join(';'), start: dateOf(start), window, place });
		});
}

function arbPayment(sentence: Bounds) {
	return fc
		.record({
			base: arbRuleBase(sentence),
			currency: fc.constantFrom(...CURRENCIES),
			schedule: fc.array(fc.record({ pick: fc.nat(), amount: fc.integer({ min: 1, max: 50_000_000 }) }), { minLength: 1, maxLength: 8 }),
			payee: fc.option(fc.constantFrom('Court', 'Victim'), { nil: undefined })
		})
		.map(({ base, currency, schedule, payee }) => {
			const seen = new Set<number>();
			const items = [];
			for (const { pick, amount } of schedule) {
				const day = within(base.period.from, base.period.until, pick);
				if (seen.has(day)) continue;
				seen.add(day);
				items.push({ due: dateOf(day), amount });
			}
			return compact({ ...base.fields, kind: 'payment', currency, schedule: items, payee });
		});
}

function arbDeadline(sentence: Bounds, info: CaseInfo) {
	const anchors = (['verdict', 'inForce'] as const).filter((anchor) => info[anchor] !== undefined);
	const due = fc.integer({ min: sentence.from - 30, max: sentence.until }).map((day) => ({ due: dateOf(day) }));
	const after = anchors.length === 0 ? due : fc.record({ anchor: fc.constantFrom(...anchors), days: fc.integer({ min: 0, max: 60 }) }, { noNullPrototype: true }).map((after) => ({ after }));
	return fc
		.record({ base: arbRuleBase(sentence), when: fc.oneof(due, after), time: fc.option(arbTime, { nil: undefined }), what: arbTitle })
		.map(({ base, when, time, what }) => compact({ ...base.fields, kind: 'deadline', ...when, time, what }));
}

function arbActivityBan(sentence: Bounds) {
	return fc
		.record({
			base: arbRuleBase(sentence),
			categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { minLength: 1, maxLength: CATEGORIES.length }),
			keywords: fc.option(fc.array(fc.constantFrom('митинг', 'interview', 'post', 'сұхбат'), { maxLength: 4 }), { nil: undefined })
		})
		.map(({ base, categories, keywords }) => compact({ ...base.fields, kind: 'activity-ban', categories, keywords }));
}

const arbFence = fc.record(
	{
		lat: real(HOME.lat - 0.2, HOME.lat + 0.2),
		lon: real(HOME.lon - 0.2, HOME.lon + 0.2),
		radiusKm: real(0.05, 40)
	},
	{ noNullPrototype: true }
);

function arbMovement(sentence: Bounds) {
	return fc
		.record({
			base: arbRuleBase(sentence),
			area: fc.constantFrom('Almaty', 'Kazakhstan'),
			geofence: fc.option(arbFence, { nil: undefined }),
			permission: fc.constantFrom('required', 'notice', 'forbidden'),
			noticeDays: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined })
		})
		.map(({ base, ...own }) => compact({ ...base.fields, kind: 'movement', ...own }));
}

function arbCurfew(sentence: Bounds) {
	return fc
		.record({
			base: arbRuleBase(sentence),
			times: fc.uniqueArray(fc.integer({ min: 0, max: 24 * 60 - 1 }), { minLength: 2, maxLength: 2 }),
			days: fc.option(weekdaySet(1, 7), { nil: undefined }),
			home: fc.option(arbFence, { nil: undefined })
		})
		.map(({ base, times, days, home }) => compact({ ...base.fields, kind: 'curfew', start: timeText(times[0]!), end: timeText(times[1]!), days, home }));
}

function arbNotifyChange(sentence: Bounds) {
	return fc
		.record({
			base: arbRuleBase(sentence),
			changes: fc.uniqueArray(fc.constantFrom(...CHANGES), { minLength: 1, maxLength: CHANGES.length }),
			withinDays: fc.integer({ min: 1, max: 15 })
		})
		.map(({ base, changes, withinDays }) => compact({ ...base.fields, kind: 'notify-change', changes, withinDays }));
}

function arbRules(info: CaseInfo): fc.Arbitrary<Rule[]> {
	const sentence = { from: dayNumber(info.sentence.from), until: dayNumber(info.sentence.until) };
	const rule = fc.oneof(
		arbReporting(sentence),
		arbPayment(sentence),
		arbDeadline(sentence, info),
		arbActivityBan(sentence),
		arbMovement(sentence),
		arbCurfew(sentence),
		arbNotifyChange(sentence)
	);
	return fc
		.tuple(fc.array(rule, { maxLength: 12 }), fc.constantFrom('r', 'rule-', 'условие-', 'R_'))
		.map(([rules, prefix]) => rules.map((rule, index) => ({ id: `${prefix}${index + 1}`, ...rule }) as Rule));
}

// ---------------------------------------------------------------------------------------------
// Check-ins

/** A check-in's own fields, before its references are resolved. */
const arbCheckInBody = (span: Bounds): fc.Arbitrary<Record<string, unknown> & { kind: CheckInKind }> => {
	const day = fc.integer({ min: span.from, max: span.until }).map(dateOf);
	return fc.oneof(
		fc.constant({ kind: 'report' as const }),
		day.map((date) => ({ kind: 'excuse' as const, for: date })),
		fc.integer({ min: 1, max: 20_000_000 }).map((amount) => ({ kind: 'payment' as const, amount })),
		fc.constant({ kind: 'done' as const }),
		fc
			.record({
				description: fc.constantFrom('A post about the trial', 'Интервью', 'Charity run', 'Book review'),
				categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
				planned: fc.option(day, { nil: undefined })
			})
			.map((fields) => compact({ kind: 'activity' as const, ...fields })),
		fc
			.record({ from: fc.integer({ min: span.from, max: span.until }), length: fc.integer({ min: 0, max: 14 }), outsideArea: fc.boolean(), destination: fc.constantFrom('Astana', 'Moscow', 'Shymkent') })
			.map(({ from, length, outsideArea, destination }) => ({ kind: 'trip' as const, from: dateOf(from), to: dateOf(from + length), destination, outsideArea })),
		fc.boolean().map((granted) => ({ kind: 'permission' as const, granted })),
		fc.constant({ kind: 'notified' as const }),
		fc.record({ what: fc.constantFrom(...CHANGES), on: day }).map((fields) => ({ kind: 'change' as const, ...fields })),
		fc
			.record({
				lat: fc.oneof(real(HOME.lat - 0.5, HOME.lat + 0.5), real(-90, 90)),
				lon: fc.oneof(real(HOME.lon - 0.5, HOME.lon + 0.5), real(-180, 180)),
				accuracyM: fc.integer({ min: 0, max: 3000 })
			})
			.map((fields) => ({ kind: 'location' as const, ...fields })),
		fc.constantFrom('Officer was ill', 'Записка').map((note) => ({ kind: 'note' as const, note }))
	);
};

interface Draft {
	body: Record<string, unknown> & { kind: CheckInKind };
	atMs: number;
	/** Happened at the same instant as an earlier check-in (simultaneous records make ties). */
	sameAtAs: number | undefined;
	recordDelayMs: number;
	offset: number;
	rulePick: number | undefined;
	refPick: number;
	/** A correction of an earlier check-in (which is picked from the ones not yet corrected). */
	corrects: number | undefined;
	note: string | undefined;
}

function arbDrafts(span: Bounds): fc.Arbitrary<Draft[]> {
	const startMs = (span.from - 1) * DAY_MS;
	const endMs = (span.until + 2) * DAY_MS;
	const draft = fc.record({
		body: arbCheckInBody(span),
		// Whole minutes half the time, so that two check-ins sometimes share an instant.
		atMs: fc.oneof(fc.integer({ min: startMs, max: endMs }), fc.integer({ min: startMs / 60_000, max: endMs / 60_000 }).map((m) => m * 60_000)),
		sameAtAs: rarely(fc.nat(), 5),
		recordDelayMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 * DAY_MS })),
		offset: fc.constantFrom(...OFFSETS_MIN),
		rulePick: rarely(fc.nat(), 1),
		refPick: fc.nat(),
		corrects: rarely(fc.nat(), 7),
		note: rarely(arbText, 7)
	});
	return fc.array(draft, { maxLength: 200, size: 'max' });
}

/** Turns drafts into check-ins whose references are all valid. */
function resolve(drafts: Draft[], rules: Rule[], prefix: string): CheckIn[] {
	const checkIns: (Record<string, unknown> & { id: string; kind: CheckInKind; at: string; recordedAt: string })[] = [];
	const atMs: number[] = [];
	const recordedMs: number[] = [];
	const corrected = new Set<number>();
	drafts.forEach((draft, index) => {
		let body = draft.body;
		const allowed = CHECK_IN_RULE_KINDS[body.kind];
		const compatible = rules.filter((rule) => allowed.kinds.length === 0 || allowed.kinds.includes(rule.kind));
		if (allowed.required && compatible.length === 0) body = { kind: 'note', note: 'No rule to record this for' };
		const rule = allowed.required || draft.rulePick !== undefined ? compatible[(draft.rulePick ?? 0) % Math.max(1, compatible.length)] : undefined;

		if (body.kind === 'payment' && rule?.kind === 'payment') body = { ...body, currency: rule.currency };
		if (body.kind === 'permission' || body.kind === 'notified') {
			const targets = checkIns.filter((c) => c.kind === 'trip' || (body.kind === 'notified' && c.kind === 'change'));
			const target = targets[draft.refPick % Math.max(1, targets.length)];
			if (target === undefined) body = { kind: 'note', note: 'Nothing to refer to' };
			else body = { ...body, [body.kind === 'permission' ? 'trip' : 'about']: target.id };
		}
		const ruleId = rule && (CHECK_IN_RULE_KINDS[body.kind].kinds.length === 0 || CHECK_IN_RULE_KINDS[body.kind].kinds.includes(rule.kind)) ? rule.id : undefined;

		const at = draft.sameAtAs !== undefined && index > 0 ? atMs[draft.sameAtAs % index]! : draft.atMs;
		let recorded = at + draft.recordDelayMs;
		let supersedes: string | undefined;
		if (draft.corrects !== undefined) {
			const open = checkIns.map((_, i) => i).filter((i) => !corrected.has(i));
			const target = open[draft.corrects % Math.max(1, open.length)];
			if (target !== undefined) {
				corrected.add(target);
				supersedes = checkIns[target]!.id;
				recorded = Math.max(recorded, recordedMs[target]!);
			}
		}
		atMs.push(at);
		recordedMs.push(recorded);
		checkIns.push(
			compact({
				note: draft.note,
				...body,
				id: `${prefix}${index + 1}`,
				at: instantText(at, draft.offset),
				recordedAt: instantText(recorded, draft.offset),
				ruleId,
				supersedes
			})
		);
	});
	return checkIns as unknown as CheckIn[];
}

// ---------------------------------------------------------------------------------------------
// The file, and moments to evaluate it at

/** A valid case file: a zone, a 1–6 year sentence from 2015–2030, 0–12 rules, 0–200 check-ins. */
export function arbCaseFile(): fc.Arbitrary<CaseFile> {
	return arbCaseInfo.chain((info) =>
		arbRules(info).chain((rules) => {
			const span = { from: dayNumber(info.sentence.from) - 30, until: dayNumber(info.sentence.until) + 30 };
			return fc
				.tuple(arbDrafts(span), fc.constantFrom('c', 'ci-', 'отметка-'))
				.map(([drafts, prefix]): CaseFile => ({ format: 'clearday-case', version: 1, case: info, rules, checkIns: resolve(drafts, rules, prefix) }));
		})
	);
}

/**
 * Moments around the sentence: anywhere from 60 days before it to 60 days after, or close to
 * something that happens (a check-in, the start or end of a local day, a deadline of the file's
 * own schedule, or up to five days before one, when reminders are out, in particular before
 * the first deadlines, when nothing is missed yet).
 */
export function arbNow(file: CaseFile): fc.Arbitrary<Date> {
	const first = dayNumber(file.case.sentence.from);
	const last = dayNumber(file.case.sentence.until);
	const anywhere = fc.integer({ min: (first - 60) * DAY_MS, max: (last + 61) * DAY_MS });
	// UTC midnights ± 14 h cover every local midnight of the zones above.
	const nearMidnight = fc
		.tuple(fc.integer({ min: first - 2, max: last + 2 }), fc.integer({ min: -14 * 60, max: 14 * 60 }), fc.integer({ min: -1, max: 1 }))
		.map(([day, minutes, ms]) => day * DAY_MS + minutes * 60_000 + ms);
	const sources = [anywhere, nearMidnight];
	if (file.checkIns.length > 0) {
		const nearCheckIn = fc
			.tuple(fc.constantFrom(...file.checkIns), fc.integer({ min: -DAY_MS, max: DAY_MS }))
			.map(([checkIn, delta]) => Date.parse(checkIn.at) + delta);
		sources.push(nearCheckIn);
	}
	const deadlines = upcoming(file, new Date((first - 60) * DAY_MS), new Date((last + 61) * DAY_MS));
	if (deadlines.length > 0) {
		const beforeDeadline = fc
			.tuple(fc.nat({ max: deadlines.length - 1 }), fc.oneof(fc.integer({ min: -1, max: 1 }), fc.integer({ min: 0, max: 5 * DAY_MS })))
			.map(([index, before]) => deadlines[index]!.at.getTime() - before);
		// Before the first few deadlines nothing is missed yet: the moments when a case needs attention.
		const beforeFirstDeadlines = fc
			.tuple(fc.nat({ max: Math.min(2, deadlines.length - 1) }), fc.integer({ min: 0, max: 5 * DAY_MS }))
			.map(([index, before]) => deadlines[index]!.at.getTime() - before);
		sources.push(beforeDeadline, beforeFirstDeadlines);
	}
	return fc.oneof(...sources).map((ms) => new Date(ms));
}
