/**
 * Clarifications on "Can I do this?": the questions still waiting for an answer, and the addresses
 * of the form that records a new one about a plan and of the letter that asks it.
 */
import type { CaseFile, CheckInOf } from '$lib/domain';

/** Clarifications without an answer that no correction replaced, oldest first. */
export function openQuestions(file: CaseFile): CheckInOf<'clarification'>[] {
	const superseded = new Set(file.checkIns.map((checkIn) => checkIn.supersedes).filter((id) => id !== undefined));
	return file.checkIns.filter((checkIn): checkIn is CheckInOf<'clarification'> => checkIn.kind === 'clarification' && !checkIn.answer && !superseded.has(checkIn.id));
}

/** The Check in form for a new clarification of a ban, the plan as the question to edit. */
export function askHref(ruleId: string, plan: string): string {
	const params = new URLSearchParams({ kind: 'clarification', rule: ruleId, question: plan.trim() });
	return `/checkin?${params.toString()}`;
}

/** Letters, with the letter asking what the ban covers ready to fill: the plan as the activity asked about. */
export function letterHref(ruleId: string, plan: string, plannedOn: string): string {
	const params = new URLSearchParams({ letter: 'clarification', rule: ruleId, activity: plan.trim() });
	if (plannedOn) params.set('planned', plannedOn);
	return `/letters?${params.toString()}`;
}
