/**
 * The engine's core: index the check-ins once, let each rule's kind judge it, and gather the
 * answers. It knows nothing about any particular kind.
 */
import type { CheckIn, CheckInKind } from './checkins';
import type { CheckInIndex, EvalContext, Period, Reminder, Timed } from './kind';
import { kindOf, type Rule } from './registry';
import { DAY_MS, parseDuration, parseLocalDate, Zone, type Duration } from './time';
import { instantMs } from './instant';
import { revocationAlert, revocationStatus } from './revocation';
import type { Alert, CaseFile, CaseStatus, Level, RuleStatus, Severity } from './types';

const NONE: readonly Timed[] = [];

function push<K>(map: Map<K, Timed[]>, key: K, item: Timed): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

/**
 * By `at`; check-ins of the same instant by when they were recorded, then by id, so that the
 * order of the file never decides (two decisions on a trip at one instant: the later-recorded wins).
 */
function compareTimed(a: Timed, b: Timed): number {
	if (a.at !== b.at) return a.at - b.at;
	const recorded = instantMs(a.checkIn.recordedAt) - instantMs(b.checkIn.recordedAt);
	if (recorded !== 0) return recorded;
	return a.checkIn.id < b.checkIn.id ? -1 : a.checkIn.id > b.checkIn.id ? 1 : 0;
}

/**
 * The check-ins the engine reads at `now`: not superseded by a correction, and happened by
 * then (`at` ≤ now). A correction replaces what it supersedes whenever it was recorded: it says
 * what really happened.
 */
export function indexCheckIns(checkIns: readonly CheckIn[], now: number): CheckInIndex {
	const superseded = new Set<string>();
	for (const checkIn of checkIns) if (checkIn.supersedes !== undefined) superseded.add(checkIn.supersedes);

	const effective: Timed[] = [];
	for (const checkIn of checkIns) {
		if (superseded.size > 0 && superseded.has(checkIn.id)) continue;
		const at = instantMs(checkIn.at);
		if (at <= now) effective.push({ checkIn, at });
	}
	// Usually already in order (recorded as they happen): then there is nothing to sort.
	let sorted = true;
	for (let i = 1; i < effective.length && sorted; i++) sorted = compareTimed(effective[i - 1]!, effective[i]!) <= 0;
	if (!sorted) effective.sort(compareTimed);

	const byRule = new Map<string, Timed[]>();
	const byKind = new Map<CheckInKind, Timed[]>();
	const byReference = new Map<string, Timed[]>();
	for (const item of effective) {
		const { checkIn } = item;
		if (checkIn.ruleId !== undefined) push(byRule, checkIn.ruleId, item);
		push(byKind, checkIn.kind, item);
		if (checkIn.kind === 'permission') push(byReference, checkIn.trip, item);
		else if (checkIn.kind === 'notified') push(byReference, checkIn.about, item);
	}
	return {
		forRule: (ruleId) => byRule.get(ruleId) ?? NONE,
		ofKind: ((kind: CheckInKind) => byKind.get(kind) ?? NONE) as CheckInIndex['ofKind'],
		referring: (id) => byReference.get(id) ?? NONE
	};
}

/** A rough upper bound of a duration in ms (months as 31 days, years as 366, a day as 25 hours). */
function roughMs(duration: Duration): number {
	return (duration.years * 366 + duration.months * 31 + duration.days) * (DAY_MS + 3_600_000) + duration.ms;
}

/**
 * The rule's own lead times, else the case's (where the kind takes them), else the kind's;
 * longest first. Exported for the calendar export (src/lib/calendar/ics.ts), whose alarms must
 * be the app's own reminders.
 */
export function remindersOf(rule: Rule, file: CaseFile): Reminder[] {
	const kind = kindOf(rule);
	const leads = rule.remind ?? (kind.caseRemind ? file.case.remind : undefined) ?? kind.defaultRemind;
	return leads
		.map((lead) => ({ lead, duration: parseDuration(lead)! }))
		.sort((a, b) => roughMs(b.duration) - roughMs(a.duration));
}

/** The rule's own period, defaulting to the sentence. */
export function periodOf(rule: Rule, file: CaseFile, zone: Zone): Period {
	const from = parseLocalDate(rule.from ?? file.case.sentence.from);
	const until = parseLocalDate(rule.until ?? file.case.sentence.until);
	return { from, until, start: zone.startOfDay(from), end: zone.endOfDay(until) };
}

/** What a rule kind is given to judge one rule at `now` (exported for the compliance report). */
export function contextFor(rule: Rule, file: CaseFile, zone: Zone, checkIns: CheckInIndex, now: number): EvalContext {
	const remind = remindersOf(rule, file);
	return {
		now,
		file,
		zone,
		period: periodOf(rule, file, zone),
		remind,
		maxLeadMs: remind.reduce((max, reminder) => Math.max(max, roughMs(reminder.duration)), 0),
		checkIns
	};
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first, then soonest, then by id so the order never depends on rule order. */
export function compareAlerts(a: Alert, b: Alert): number {
	return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The status of the whole case at `now`. Pure: the same file and moment give the same answer. */
export function evaluate(file: CaseFile, now: Date): CaseStatus {
	const nowMs = now.getTime();
	if (!Number.isFinite(nowMs)) throw new RangeError('evaluate: now must be a valid date');
	const zone = Zone.of(file.case.timeZone);
	const checkIns = indexCheckIns(file.checkIns, nowMs);
	const rules: RuleStatus[] = [];
	const alerts: Alert[] = [];
	for (const rule of file.rules) {
		const ctx = contextFor(rule, file, zone, checkIns, nowMs);
		const result = kindOf(rule).evaluate(rule, ctx);
		let state: RuleStatus['state'] = result.state;
		// Before its period a rule is inactive; after it, ended, unless something it started
		// is still due (a change made on the last day may be notified after the period).
		if (state === 'ok' || state === 'done') {
			if (nowMs < ctx.period.start) state = 'inactive';
			else if (nowMs > ctx.period.end && !result.next) state = 'ended';
		}
		const status: RuleStatus = { ruleId: rule.id, state, summary: result.summary };
		if (result.next && state !== 'ended') status.next = { at: new Date(result.next.at), label: result.next.label };
		rules.push(status);
		alerts.push(...result.alerts);
	}
	const revocation = revocationStatus(file, zone, checkIns, alerts, nowMs);
	const revocationWarning = revocation && revocationAlert(revocation, zone);
	if (revocationWarning) alerts.push(revocationWarning);
	alerts.sort(compareAlerts);
	const level: Level = rules.some((r) => r.state === 'breach-risk') ? 'at-risk' : rules.some((r) => r.state === 'due-soon') ? 'attention' : 'ok';
	const status: CaseStatus = { at: new Date(nowMs), level, rules, alerts };
	if (revocation) status.revocation = revocation;
	return status;
}
