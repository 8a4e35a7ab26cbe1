/**
 * The compliance report: the whole record of a case as of `now`, as data for a printable page.
 * Codes, parameters, dates and the person's own check-ins; not one sentence in any language (the
 * page says it in the reader's). Pure: no clock, no storage; the chain head, which takes
 * WebCrypto, is computed by the caller (src/lib/integrity/chain.ts) and passed in.
 *
 * The report must never disagree with the dashboard, so it asks the engine rather than judging
 * again: each condition's state, summary and alerts are `evaluate(file, now)`'s; reporting days
 * come from the reporting kind's own `occurrencesOf`, instalments from the payment kind's
 * `instalments`, notification deadlines from the notify-change kind's `changesOf`; and it reads
 * the check-ins the engine reads (`indexCheckIns`: not superseded, happened by `now`).
 *
 * Decisions (docs/report.md says them in words):
 * - Reporting days are listed from the first to the last whose day has begun by `now`. A day
 *   whose deadline is still ahead and that is not yet met is `open`; a past one with no report in
 *   time and no excuse is `missed` (exactly the engine's `reporting.missed` alerts). Every report
 *   of the day is listed under it (a late one too), and the excuses for its date. Reports on a
 *   day with no occurrence, excuses for a date not listed (ahead, or not a reporting day) and
 *   reports or excuses dated after `now` are listed apart as `unmatched`: nothing is dropped.
 * - Payments are applied to the instalments in due-date order (as the engine does), each payment
 *   in the order it was made: so "paid by" names the payments that covered each instalment and
 *   how much of each went to it. An instalment fully paid after its due day is marked `late`
 *   (the engine no longer calls it overdue: a debt is continuing). Paid beyond the total is
 *   `surplus`. Payments dated after `now` are listed as not yet counted.
 * - Activities, trips and changes are those in effect (not superseded); superseded entries are
 *   in `corrections`, with what replaced them.
 * - Backdated entries use the History's definition (backdated.ts): more than an hour late, or
 *   written on another local day.
 */
import type { CheckIn, CheckInOf } from './checkins';
import type { CheckInIndex, Timed } from './kind';
import type { Rule } from './registry';
import type { Alert, CaseFile, CaseInfo, Level, Message, RuleState } from './types';
import { contextFor, evaluate, indexCheckIns, periodOf } from './evaluate';
import { occurrencesOf } from './rules/reporting';
import { instalments } from './rules/payment';
import { changesOf } from './rules/notify-change';
import { isBackdated } from './backdated';
import { instantMs } from './instant';
import { formatLocalDate, Zone } from './time';

export interface ReportCondition {
	rule: Rule;
	/** The rule's own period, local dates (the sentence unless the rule has its own). */
	from: string;
	until: string;
	state: RuleState;
	summary: Message;
	/** The rule's alerts at `now`, most severe first (the dashboard's). */
	alerts: Alert[];
}

export type OccurrenceOutcome = 'met' | 'excused' | 'missed' | 'open';

export interface ReportOccurrence {
	/** The reporting day, `YYYY-MM-DD` in the case's zone. */
	date: string;
	/** When it was due: the end of the window, else of the day. */
	deadline: Date;
	outcome: OccurrenceOutcome;
	/** The report that met it: the first of the day, in time. */
	metBy?: CheckIn;
	/** Every report for the rule on that day, by time (a late one too). */
	reports: CheckIn[];
	/** Excuses for that date, by time. */
	excuses: CheckIn[];
}

export interface ReportReporting {
	rule: Rule & { kind: 'reporting' };
	occurrences: ReportOccurrence[];
	/** Reports and excuses of the rule that belong to none of the occurrences listed. */
	unmatched: CheckIn[];
	counts: Record<OccurrenceOutcome, number>;
}

export type InstalmentStatus = 'paid' | 'overdue' | 'pending';

export interface ReportInstalment {
	due: string;
	amount: number;
	/** The payments that covered it, in the order they were made, and how much of each went to it. */
	paidBy: { checkIn: CheckInOf<'payment'>; amount: number }[];
	/** Still to pay on it. */
	balance: number;
	status: InstalmentStatus;
	/** Paid in full, but only after the end of its due day. */
	late: boolean;
}

export interface ReportPayments {
	rule: Rule & { kind: 'payment' };
	instalments: ReportInstalment[];
	total: number;
	/** Every payment counted, summed (may exceed the total). */
	paid: number;
	/** The sum of the balances of overdue instalments: the engine's `overdue`. */
	overdue: number;
	/** Paid beyond the total. */
	surplus: number;
	/** Payments for the rule dated after `now`: not counted yet. */
	notYet: CheckIn[];
}

export interface ReportActivity {
	checkIn: CheckInOf<'activity'>;
	/** Its planned date, else the local date it happened. */
	date: string;
	/** What the bans say about it at `now` (planned / conflict alerts), empty when nothing. */
	alerts: Alert[];
}

export interface ReportTrip {
	checkIn: CheckInOf<'trip'>;
	/** The decisions on it, by time. */
	permissions: CheckInOf<'permission'>[];
	/** The notices about it, by time. */
	notices: CheckInOf<'notified'>[];
	/** What the movement rules say about it at `now`, empty when it is in order or not concerned. */
	alerts: Alert[];
}

/** `in-time` / `late`: notified by / after the deadline; `missed`: not notified and the deadline passed; `pending`: not yet, still in time; `not-required`: no condition asks for it. */
export type ChangeOutcome = 'in-time' | 'late' | 'missed' | 'pending' | 'not-required';

export interface ReportChange {
	checkIn: CheckInOf<'change'>;
	/** The earliest notification deadline among the conditions that ask for one. */
	deadline?: Date;
	notices: CheckInOf<'notified'>[];
	outcome: ChangeOutcome;
}

export interface ReportCorrection {
	original: CheckIn;
	correction: CheckIn;
	/** A note that replaces an entry of another kind: "this entry was a mistake". */
	withdrawn: boolean;
}

export interface ReportBackdated {
	checkIn: CheckIn;
	/** `recordedAt` − `at`, in milliseconds. */
	lateByMs: number;
}

export interface ComplianceReport {
	/** The moment the report is as of. */
	at: Date;
	case: CaseInfo;
	level: Level;
	conditions: ReportCondition[];
	reporting: ReportReporting[];
	payments: ReportPayments[];
	activities: ReportActivity[];
	trips: ReportTrip[];
	changes: ReportChange[];
	/** In the order the corrections were recorded. */
	corrections: ReportCorrection[];
	/** In the order they were recorded. */
	backdated: ReportBackdated[];
	/** The hash chain's head over every check-in, in recording order ('' when there is none). */
	chainHead: string;
	/** How many check-ins the chain covers. */
	entries: number;
}

const checkInsOf = (items: readonly Timed[]) => items.map((item) => item.checkIn);

function reportingOf(rule: Rule & { kind: 'reporting' }, file: CaseFile, zone: Zone, index: CheckInIndex, now: number, current: readonly CheckIn[]): ReportReporting {
	const ctx = contextFor(rule, file, zone, index, now);
	const occurrences: ReportOccurrence[] = [];
	const counts: Record<OccurrenceOutcome, number> = { met: 0, excused: 0, missed: 0, open: 0 };
	const listed = new Set<string>();
	for (const occurrence of occurrencesOf(rule, ctx)) {
		if (zone.startOfDay(occurrence.day) > now) break;
		const outcome: OccurrenceOutcome = occurrence.excuses.length ? 'excused' : occurrence.met ? 'met' : now > occurrence.deadline ? 'missed' : 'open';
		counts[outcome]++;
		const entry: ReportOccurrence = {
			date: formatLocalDate(occurrence.day),
			deadline: new Date(occurrence.deadline),
			outcome,
			reports: checkInsOf(occurrence.reports),
			excuses: checkInsOf(occurrence.excuses)
		};
		if (occurrence.met) entry.metBy = occurrence.reports[0]!.checkIn;
		for (const checkIn of [...entry.reports, ...entry.excuses]) listed.add(checkIn.id);
		occurrences.push(entry);
	}
	const unmatched = current.filter((checkIn) => checkIn.ruleId === rule.id && (checkIn.kind === 'report' || checkIn.kind === 'excuse') && !listed.has(checkIn.id));
	return { rule, occurrences, unmatched, counts };
}

function paymentsOf(rule: Rule & { kind: 'payment' }, file: CaseFile, zone: Zone, index: CheckInIndex, now: number, current: readonly CheckIn[]): ReportPayments {
	const ctx = contextFor(rule, file, zone, index, now);
	const payments: { checkIn: CheckInOf<'payment'>; at: number; left: number }[] = [];
	for (const { checkIn, at } of index.forRule(rule.id)) if (checkIn.kind === 'payment') payments.push({ checkIn, at, left: checkIn.amount });
	const paid = payments.reduce((sum, payment) => sum + payment.left, 0);
	let next = 0;
	let overdue = 0;
	const items = instalments(rule, ctx).map((instalment): ReportInstalment => {
		const paidBy: ReportInstalment['paidBy'] = [];
		let balance = instalment.amount;
		let completedAt = -Infinity;
		while (balance > 0 && next < payments.length) {
			const payment = payments[next]!;
			const used = Math.min(balance, payment.left);
			paidBy.push({ checkIn: payment.checkIn, amount: used });
			balance -= used;
			payment.left -= used;
			completedAt = payment.at;
			if (payment.left === 0) next++;
		}
		const status: InstalmentStatus = balance === 0 ? 'paid' : now > instalment.deadline ? 'overdue' : 'pending';
		if (status === 'overdue') overdue += balance;
		return { due: instalment.due, amount: instalment.amount, paidBy, balance, status, late: status === 'paid' && completedAt > instalment.deadline };
	});
	const total = rule.schedule.reduce((sum, item) => sum + item.amount, 0);
	const notYet = current.filter((checkIn) => checkIn.ruleId === rule.id && checkIn.kind === 'payment' && instantMs(checkIn.at) > now);
	return { rule, instalments: items, total, paid, overdue, surplus: Math.max(0, paid - total), notYet };
}

function changeOutcome(deadline: number | undefined, notices: readonly Timed[], now: number): ChangeOutcome {
	if (deadline === undefined) return 'not-required';
	if (notices.some((notice) => notice.at <= deadline)) return 'in-time';
	if (notices.length) return 'late';
	return now > deadline ? 'missed' : 'pending';
}

/**
 * The report of `file` as of `now`. `chainHead` is `chainHead(file.checkIns)` (integrity/chain.ts).
 * Throws a RangeError for an invalid `now`, as `evaluate` does.
 */
export function buildReport(file: CaseFile, now: Date, chainHead: string): ComplianceReport {
	const status = evaluate(file, now);
	const nowMs = now.getTime();
	const zone = Zone.of(file.case.timeZone);
	const index = indexCheckIns(file.checkIns, nowMs);

	const replacedBy = new Map<string, CheckIn>();
	for (const checkIn of file.checkIns) if (checkIn.supersedes !== undefined) replacedBy.set(checkIn.supersedes, checkIn);
	const current = file.checkIns.filter((checkIn) => !replacedBy.has(checkIn.id));
	const byId = new Map(file.checkIns.map((checkIn) => [checkIn.id, checkIn]));

	const alertsByRule = new Map<string, Alert[]>();
	const alertsByCheckIn = new Map<string, Alert[]>();
	const fileUnder = (map: Map<string, Alert[]>, key: string, alert: Alert) => {
		const list = map.get(key);
		if (list) list.push(alert);
		else map.set(key, [alert]);
	};
	for (const alert of status.alerts) {
		fileUnder(alertsByRule, alert.ruleId, alert);
		if (typeof alert.params.checkInId === 'string') fileUnder(alertsByCheckIn, alert.params.checkInId, alert);
	}

	const conditions = file.rules.map((rule, position): ReportCondition => {
		const period = periodOf(rule, file, zone);
		const ruleStatus = status.rules[position]!;
		return { rule, from: formatLocalDate(period.from), until: formatLocalDate(period.until), state: ruleStatus.state, summary: ruleStatus.summary, alerts: alertsByRule.get(rule.id) ?? [] };
	});

	const reporting: ReportReporting[] = [];
	const payments: ReportPayments[] = [];
	const deadlines = new Map<string, number>();
	for (const rule of file.rules) {
		if (rule.kind === 'reporting') reporting.push(reportingOf(rule, file, zone, index, nowMs, current));
		else if (rule.kind === 'payment') payments.push(paymentsOf(rule, file, zone, index, nowMs, current));
		else if (rule.kind === 'notify-change') {
			for (const { checkIn, deadline } of changesOf(rule, contextFor(rule, file, zone, index, nowMs))) {
				deadlines.set(checkIn.id, Math.min(deadline, deadlines.get(checkIn.id) ?? Infinity));
			}
		}
	}

	const activities = index.ofKind('activity').map(({ checkIn, at }): ReportActivity => ({
		checkIn,
		date: checkIn.planned ?? formatLocalDate(zone.dayOf(at)),
		alerts: alertsByCheckIn.get(checkIn.id) ?? []
	}));

	const decisions = (id: string) => index.referring(id).filter((item): item is Timed<CheckInOf<'permission'>> => item.checkIn.kind === 'permission');
	const noticesAbout = (id: string) => index.referring(id).filter((item): item is Timed<CheckInOf<'notified'>> => item.checkIn.kind === 'notified');

	const trips = index.ofKind('trip').map(({ checkIn }): ReportTrip => ({
		checkIn,
		permissions: decisions(checkIn.id).map((item) => item.checkIn),
		notices: noticesAbout(checkIn.id).map((item) => item.checkIn),
		alerts: alertsByCheckIn.get(checkIn.id) ?? []
	}));

	const changes = index.ofKind('change').map(({ checkIn }): ReportChange => {
		const notices = noticesAbout(checkIn.id);
		const deadline = deadlines.get(checkIn.id);
		const change: ReportChange = { checkIn, notices: notices.map((item) => item.checkIn), outcome: changeOutcome(deadline, notices, nowMs) };
		if (deadline !== undefined) change.deadline = new Date(deadline);
		return change;
	});

	const corrections: ReportCorrection[] = [];
	const backdated: ReportBackdated[] = [];
	for (const checkIn of file.checkIns) {
		const original = checkIn.supersedes !== undefined ? byId.get(checkIn.supersedes) : undefined;
		// A clarification's answer supersedes its question (docs/case-file.md, "clarification"): an answer, not a correction.
		const answer = checkIn.kind === 'clarification' && original?.kind === 'clarification';
		if (original && !answer) corrections.push({ original, correction: checkIn, withdrawn: checkIn.kind === 'note' && original.kind !== 'note' });
		const at = instantMs(checkIn.at);
		const recorded = instantMs(checkIn.recordedAt);
		if (isBackdated(at, recorded, zone)) backdated.push({ checkIn, lateByMs: recorded - at });
	}

	return {
		at: new Date(nowMs),
		case: file.case,
		level: status.level,
		conditions,
		reporting,
		payments,
		activities,
		trips,
		changes,
		corrections,
		backdated,
		chainHead,
		entries: file.checkIns.length
	};
}
