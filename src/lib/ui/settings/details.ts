/**
 * The case details as a form (text as typed) and back: blank optional fields are left out,
 * text is trimmed, and what the form does not show (id, reminder lead times) is kept.
 */
import type { CaseInfo } from '$lib/domain';

export interface DetailsForm {
	title: string;
	timeZone: string;
	verdict: string;
	inForce: string;
	sentenceFrom: string;
	sentenceUntil: string;
	supervisorName: string;
	supervisorPhone: string;
	supervisorAddress: string;
	supervisorHours: string;
}

export function detailsOf(info: CaseInfo): DetailsForm {
	return {
		title: info.title,
		timeZone: info.timeZone,
		verdict: info.verdict ?? '',
		inForce: info.inForce ?? '',
		sentenceFrom: info.sentence.from,
		sentenceUntil: info.sentence.until,
		supervisorName: info.supervisor?.name ?? '',
		supervisorPhone: info.supervisor?.phone ?? '',
		supervisorAddress: info.supervisor?.address ?? '',
		supervisorHours: info.supervisor?.hours ?? ''
	};
}

function filled(text: string): string | undefined {
	const trimmed = text.trim();
	return trimmed ? trimmed : undefined;
}

function defined<T extends Record<string, unknown>>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The details the form gives, on top of the case's current ones (for `updateCaseInfo`). */
export function caseInfoFromDetails(form: DetailsForm, current: CaseInfo): Record<string, unknown> {
	const supervisor = defined({
		name: filled(form.supervisorName),
		phone: filled(form.supervisorPhone),
		address: filled(form.supervisorAddress),
		hours: filled(form.supervisorHours)
	});
	return defined({
		...current,
		title: form.title.trim(),
		timeZone: form.timeZone,
		verdict: filled(form.verdict),
		inForce: filled(form.inForce),
		sentence: defined({ from: filled(form.sentenceFrom), until: filled(form.sentenceUntil) }),
		supervisor: Object.keys(supervisor).length ? supervisor : undefined
	});
}
