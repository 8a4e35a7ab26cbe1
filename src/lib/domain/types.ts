/**
 * The case file and the engine's answers. See docs/case-file.md for the format in words.
 */
import * as v from 'valibot';
import { id, localDate, periodInOrder, reminders, text, timeZone, title } from './schema';
import type { CheckIn } from './checkins';
import type { Rule } from './registry';
import { JURISDICTIONS, revocationPolicySchema } from './revocation-policy';
import type { RevocationStatus } from './revocation';

/** A day the person adds to the working calendar: a local holiday, or a weekend day worked by decree. */
export const holidaySchema = v.strictObject({
	date: localDate,
	kind: v.picklist(['day-off', 'working-day'], 'holiday.kind'),
	name: v.optional(title)
});

export const supervisorSchema = v.strictObject({
	name: v.optional(text),
	phone: v.optional(text),
	address: v.optional(text),
	hours: v.optional(text)
});

export const caseInfoSchema = v.pipe(
	v.strictObject({
		id,
		title,
		timeZone,
		verdict: v.optional(localDate),
		inForce: v.optional(localDate),
		sentence: v.pipe(
			v.strictObject({ from: localDate, until: localDate }),
			v.forward(
				v.check((period) => periodInOrder(period), 'period.order'),
				['until']
			)
		),
		supervisor: v.optional(supervisorSchema),
		/** Lead times for rules that set none of their own (kinds with `caseRemind`). */
		remind: v.optional(reminders()),
		/** Whose public holidays count for working days (working-days.ts). */
		jurisdiction: v.optional(v.picklist(JURISDICTIONS, 'jurisdiction.unknown')),
		/** Days the person adds to the working calendar. */
		holidays: v.optional(
			v.pipe(
				v.array(holidaySchema),
				v.maxLength(1000, 'holidays.tooMany'),
				v.check((items) => new Set(items.map((item) => item.date)).size === items.length, 'holiday.duplicate')
			)
		),
		/** When a suspended sentence may be revoked: see revocation.ts. */
		revocation: v.optional(revocationPolicySchema)
	}),
	v.forward(
		v.check((info) => periodInOrder({ from: info.verdict, until: info.inForce }), 'case.inForceBeforeVerdict'),
		['inForce']
	)
);

export type CaseInfo = v.InferOutput<typeof caseInfoSchema>;
export type Supervisor = v.InferOutput<typeof supervisorSchema>;

import { CASE_FILE_FORMAT, CASE_FILE_VERSION } from './format';
export { CASE_FILE_FORMAT, CASE_FILE_VERSION };

export interface CaseFile {
	format: typeof CASE_FILE_FORMAT;
	version: typeof CASE_FILE_VERSION;
	case: CaseInfo;
	rules: Rule[];
	checkIns: CheckIn[];
}

export type { Rule, CheckIn };

/** A value the UI can put into a message: text, a number, or a list of codes. */
export type Param = string | number | readonly string[];
export type Params = Readonly<Record<string, Param>>;

/** Something to say, as a catalog code and its parameters; the UI renders it in the reader's language. */
export interface Message {
	code: string;
	params: Params;
}

/** Renders a message code with its parameters in some language. */
export type Translate = (code: string, params?: Params) => string;

export type RuleState = 'inactive' | 'ok' | 'due-soon' | 'breach-risk' | 'done' | 'ended';
export type Level = 'ok' | 'attention' | 'at-risk';
export type Severity = 'info' | 'warning' | 'critical';

export interface Alert {
	/** Stable for the same deadline and stage across evaluations: rule id / occurrence / stage. */
	id: string;
	ruleId: string;
	severity: Severity;
	/** The deadline or event the alert is about. */
	at: Date;
	code: string;
	params: Params;
}

export interface RuleStatus {
	ruleId: string;
	state: RuleState;
	next?: { at: Date; label: Message };
	summary: Message;
}

export interface CaseStatus {
	at: Date;
	level: Level;
	rules: RuleStatus[];
	alerts: Alert[];
	/** The distance to revocation, when the case has a policy with a threshold (revocation.ts). */
	revocation?: RevocationStatus;
}

export interface Deadline {
	/** Stable identity of this deadline (rule id / occurrence), e.g. for calendar UIDs. */
	id: string;
	ruleId: string;
	at: Date;
	label: Message;
}
