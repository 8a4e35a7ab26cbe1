/**
 * What a rule kind finds while evaluating one rule: alerts, whether it is at breach risk or due
 * soon, and its next deadline. The reminder and "missed" logic lives here once for all kinds.
 */
import type { EvalContext, RuleBase, RuleEvaluation } from './kind';
import type { Alert, Message, Params, Severity } from './types';
import { subtractDuration } from './time';

export interface DeadlineOptions {
	/** Severity of reminders; by default the last reminder is a warning and earlier ones info. */
	reminderSeverity?: Severity;
	/** Whether an active reminder makes the rule "due soon" (default true). */
	remindersMakeDueSoon?: boolean;
}

export class Findings {
	readonly alerts: Alert[] = [];
	private breach = false;
	private dueSoon = false;
	private next: { at: number; label: Message } | undefined;

	constructor(
		private readonly rule: RuleBase,
		private readonly ctx: EvalContext
	) {}

	/** Adds an alert; `key` names the occurrence or event, so the id is stable. */
	alert(severity: Severity, key: string, at: number, code: string, params: Params): void {
		this.alerts.push({ id: `${this.rule.id}/${key}`, ruleId: this.rule.id, severity, at: new Date(at), code, params });
	}

	/** A possible breach: a critical alert, and the rule is at breach risk. */
	breachRisk(key: string, at: number, code: string, params: Params): void {
		this.breach = true;
		this.alert('critical', key, at, code, params);
	}

	/** A breach that may happen or may have happened (a plan, an uncertain reading): a warning, and the rule is at breach risk. */
	possibleBreach(key: string, at: number, code: string, params: Params): void {
		this.breach = true;
		this.alert('warning', key, at, code, params);
	}

	/** Offers a candidate for the rule's next deadline; the earliest one still ahead wins. */
	offerNext(at: number, label: Message): void {
		if (at >= this.ctx.now && (!this.next || at < this.next.at)) this.next = { at, label };
	}

	/**
	 * One deadline of the rule. Met: nothing to say. Passed unmet (`now` after its last
	 * millisecond): critical `<code>.missed`. Ahead: it may be the rule's next deadline, and once
	 * `now` is inside a reminder lead time, `<code>.due` at that reminder's stage.
	 */
	deadline(key: string, at: number, met: boolean, code: string, params: Params, label: Message, options: DeadlineOptions = {}): void {
		if (met) return;
		const { now } = this.ctx;
		if (now > at) {
			this.breachRisk(`${key}/missed`, at, `${code}.missed`, params);
			return;
		}
		this.offerNext(at, label);
		if (at - now > this.ctx.maxLeadMs) return;
		const { remind } = this.ctx;
		// Longest lead first: the last stage already entered is the one to show.
		for (let i = remind.length - 1; i >= 0; i--) {
			const reminder = remind[i]!;
			if (subtractDuration(this.ctx.zone, at, reminder.duration) <= now) {
				const severity = options.reminderSeverity ?? (i === remind.length - 1 ? 'warning' : 'info');
				this.alert(severity, `${key}/remind-${reminder.lead}`, at, `${code}.due`, params);
				if (options.remindersMakeDueSoon !== false) this.dueSoon = true;
				return;
			}
		}
	}

	/** The evaluation, given the rule's summary and whether all its obligations are met for good. */
	result(summary: Message, done = false): RuleEvaluation {
		const state = this.breach ? 'breach-risk' : this.dueSoon ? 'due-soon' : done ? 'done' : 'ok';
		return { state, next: this.next, summary, alerts: this.alerts };
	}
}
