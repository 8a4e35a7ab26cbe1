/**
 * The reminder chooser: a few "days before" (or, for a curfew, "hours before") lead times as
 * checkboxes, written as ISO 8601 durations. None chosen means the usual reminders (the case's
 * own, else the kind's default); a rule's own lead times that are not among the choices are
 * offered as well, so that editing never drops them.
 */
import { ruleKinds, type RuleKindName } from '$lib/domain/registry';
import { parseDuration } from '$lib/domain/time';
import type { CaseFile, Message } from '$lib/domain';

export const LEAD_CHOICES = ['P7D', 'P3D', 'P2D', 'P1D', 'PT3H'] as const;
export const CURFEW_LEAD_CHOICES = ['PT3H', 'PT2H', 'PT1H', 'PT30M'] as const;

/** About how long a lead time is, to list the longest first (a month counts 31 days). */
export function leadLength(lead: string): number {
	const duration = parseDuration(lead);
	if (!duration) return -1;
	return ((duration.years * 366 + duration.months * 31 + duration.days) * 24 * 60 * 60 + duration.ms / 1000) * 1000;
}

function longestFirst(leads: readonly string[]): string[] {
	return [...leads].sort((a, b) => leadLength(b) - leadLength(a));
}

/** The checkboxes to offer: the kind's choices and any other lead time the rule has. */
export function leadChoices(kind: RuleKindName, chosen: readonly string[] | undefined): string[] {
	const base: readonly string[] = kind === 'curfew' ? CURFEW_LEAD_CHOICES : LEAD_CHOICES;
	return longestFirst([...base, ...(chosen ?? []).filter((lead, index, all) => !base.includes(lead) && all.indexOf(lead) === index)]);
}

/**
 * The rule's `remind` after a checkbox changes: the chosen lead times, longest first, or
 * undefined (the usual reminders) when none is left.
 */
export function toggleLead(chosen: readonly string[] | undefined, lead: string, on: boolean): string[] | undefined {
	const next = new Set(chosen ?? []);
	if (on) next.add(lead);
	else next.delete(lead);
	return next.size ? longestFirst([...next]) : undefined;
}

/** The lead times that apply when the rule sets none: the case's own (where the kind takes them), else the kind's. */
export function usualLeads(kind: RuleKindName, file: CaseFile): readonly string[] {
	const ruleKind = ruleKinds[kind];
	return ruleKind.caseRemind && file.case.remind ? file.case.remind : ruleKind.defaultRemind;
}

/** A lead time in words ("3 days before", "1 hour before"), as a catalog message. */
export function leadMessage(lead: string): Message {
	const duration = parseDuration(lead);
	if (duration && !duration.years && !duration.months) {
		const { days, ms } = duration;
		if (!ms) return { code: 'conditions.remind.days', params: { count: days } };
		if (!days && ms % 3_600_000 === 0) return { code: 'conditions.remind.hours', params: { count: ms / 3_600_000 } };
		if (!days && ms % 60_000 === 0) return { code: 'conditions.remind.minutes', params: { count: ms / 60_000 } };
	}
	return { code: 'conditions.remind.other', params: { lead } };
}
