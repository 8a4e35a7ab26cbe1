/**
 * The shape every rule kind has. A new condition is one module exporting a `RuleKind` (what the
 * engine runs: registry.ts), one exporting its `RuleValidation` (rule-validation.ts), a describer
 * (describe.ts) and a schedule (upcoming.ts); nothing in the engine's core changes. They are apart
 * because the dashboard evaluates rules on every visit but never validates, describes or lists
 * the whole schedule of one: those load with the screens that use them.
 */
import type * as v from 'valibot';
import type { CheckIn, CheckInKind, CheckInOf } from './checkins';
import type { CaseFile, Deadline, Message, RuleState, Translate, Alert } from './types';
import type { Day, Duration, Zone } from './time';

/** What every rule has (the rest is the kind's own). */
export interface RuleBase {
	id: string;
	kind: string;
	title: string;
	notes?: string;
	from?: string;
	until?: string;
	remind?: string[];
}

/** A rule's active period: local days and the instants that bound them. */
export interface Period {
	from: Day;
	until: Day;
	/** First millisecond of `from`. */
	start: number;
	/** Last millisecond of `until`. */
	end: number;
}

/** A reminder lead time: its ISO 8601 text (part of alert ids) and its parsed value. */
export interface Reminder {
	lead: string;
	duration: Duration;
}

/** A check-in with its `at` instant parsed once. */
export interface Timed<C extends CheckIn = CheckIn> {
	checkIn: C;
	at: number;
}

/** Effective check-ins (not superseded, happened by `now`), indexed for the rule kinds. */
export interface CheckInIndex {
	/** Check-ins that name this rule, by `at`. */
	forRule(ruleId: string): readonly Timed[];
	/** All check-ins of a kind, by `at`. */
	ofKind<K extends CheckInKind>(kind: K): readonly Timed<CheckInOf<K>>[];
	/** Check-ins whose `trip` or `about` names this check-in, by `at`. */
	referring(checkInId: string): readonly Timed[];
}

export interface EvalContext {
	/** The moment of evaluation (epoch ms); +Infinity when listing a schedule. */
	readonly now: number;
	readonly file: CaseFile;
	readonly zone: Zone;
	readonly period: Period;
	/** The rule's reminder lead times, longest first. */
	readonly remind: readonly Reminder[];
	/** An upper bound of the longest lead time in ms, to skip far deadlines cheaply. */
	readonly maxLeadMs: number;
	readonly checkIns: CheckInIndex;
}

/** What a rule kind concludes about one rule. The core turns it into a RuleStatus. */
export interface RuleEvaluation {
	state: Exclude<RuleState, 'inactive' | 'ended'>;
	next?: { at: number; label: Message };
	summary: Message;
	alerts: Alert[];
}

/** A problem with a rule that needs the rest of the file to see (path relative to the rule). */
export interface RuleProblem {
	path: string;
	code: string;
	params?: Record<string, string | number>;
}

export interface RuleKind<R extends RuleBase> {
	kind: R['kind'];
	/** Reminder lead times when the rule sets none. */
	defaultRemind: readonly string[];
	/**
	 * Whether the case's own `remind` (chosen in settings) replaces `defaultRemind`. False for
	 * kinds whose rhythm is not a deadline's (a nightly curfew is not reminded days ahead).
	 */
	caseRemind: boolean;
	evaluate(rule: R, ctx: EvalContext): RuleEvaluation;
}

/** Every deadline of a rule with `from` ≤ at ≤ `to`, met or not: its schedule (upcoming.ts). */
export type RuleSchedule<R extends RuleBase> = (rule: R, ctx: EvalContext, from: number, to: number) => Deadline[];

/** What a valid rule of a kind is: for imports and forms (casefile.ts). */
export interface RuleValidation<R extends RuleBase> {
	/** Validation of the whole rule object, kind literal included. */
	schema: v.GenericSchema<unknown, R>;
	/** Checks that need the case or other rules (anchors, periods, schedules). */
	check?(rule: R, file: CaseFile): RuleProblem[];
}

/** One human sentence about a rule, in the language of `t` (describe.ts). */
export type RuleDescriber<R extends RuleBase> = (rule: R, t: Translate) => string;
