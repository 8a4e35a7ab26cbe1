/**
 * The revocation policy form as text fields, and the case details it saves. Empty fields are left
 * out (every field of the policy is optional); the engine's validation says what is wrong.
 */
import type { CaseInfo } from '$lib/domain';
import { REVOCATION_TEMPLATES } from '$lib/domain/jurisdictions';
import type { Jurisdiction } from '$lib/domain/revocation-policy';

export const POLICY_NUMBERS = ['moreThan', 'withinMonths', 'hidingDays', 'extensionMonths'] as const;
export type PolicyNumber = (typeof POLICY_NUMBERS)[number];

export interface PolicyForm {
	jurisdiction: Jurisdiction | '';
	template: Jurisdiction | '';
	numbers: Record<PolicyNumber, string>;
	notes: string;
}

export function policyFormOf(info: CaseInfo): PolicyForm {
	const policy = info.revocation ?? {};
	const numbers = Object.fromEntries(POLICY_NUMBERS.map((field) => [field, policy[field] === undefined ? '' : String(policy[field])])) as PolicyForm['numbers'];
	return { jurisdiction: info.jurisdiction ?? '', template: policy.template ?? '', numbers, notes: policy.notes ?? '' };
}

/** The form filled from a jurisdiction's template: its numbers, or empty ones where it has none. */
export function fromTemplate(form: PolicyForm, code: Jurisdiction): PolicyForm {
	const template = REVOCATION_TEMPLATES[code];
	const numbers = Object.fromEntries(POLICY_NUMBERS.map((field) => [field, template[field] === undefined ? '' : String(template[field])])) as PolicyForm['numbers'];
	return { jurisdiction: form.jurisdiction || code, template: code, numbers, notes: template.notes ?? '' };
}

/** The case details with the form's jurisdiction and policy (a text that is not a number stays text, for the engine to refuse). */
export function infoWithPolicy(info: CaseInfo, form: PolicyForm): Record<string, unknown> {
	const { jurisdiction: _j, revocation: _r, ...rest } = info;
	const policy: Record<string, unknown> = {};
	if (form.template) policy.template = form.template;
	for (const field of POLICY_NUMBERS) {
		const text = form.numbers[field].trim();
		if (text !== '') policy[field] = /^\d+$/.test(text) ? Number(text) : text;
	}
	if (form.notes.trim()) policy.notes = form.notes.trim();
	const result: Record<string, unknown> = { ...rest };
	if (form.jurisdiction) result.jurisdiction = form.jurisdiction;
	if (Object.keys(policy).length > 0) result.revocation = policy;
	return result;
}
