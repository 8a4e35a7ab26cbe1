/**
 * The start form's state (text as typed) and its reading into template answers. Problems of the
 * typing itself (an amount that is not a number) are issues at the form's paths, like the
 * engine's, so the form shows them the same way.
 */
import type { BanCategory } from '$lib/domain/checkins';
import { makeIssue, type CaseFileIssue } from '$lib/domain/issues';
import { defaultConditions, TEMPLATE_CONDITIONS, type ConditionAnswers, type ConditionKey, type TemplateAnswers, type TemplateName } from '$lib/app/templates';
import { toMinorUnits } from './money';

export interface StartForm {
	title: string;
	timeZone: string;
	verdict: string;
	inForce: string;
	sentenceFrom: string;
	years: string;
	months: string;
	supervisorName: string;
	supervisorPhone: string;
	supervisorAddress: string;
	supervisorHours: string;
	/** Which of the template's conditions are ticked. */
	include: Record<ConditionKey, boolean>;
	/** '' (not chosen), '1'…'31', or '-1' for the last day of the month. */
	reportingDay: string;
	area: string;
	curfewStart: string;
	curfewEnd: string;
	withinDays: string;
	banCategories: BanCategory[];
	fineAmount: string;
	fineCurrency: string;
	fineDue: string;
}

/** Issue codes of the form's own (catalog: `issue.<code>`). */
export const FORM_ISSUES = { amount: 'template.amount', days: 'template.days' } as const;

/** A fresh form for a template: its usual conditions ticked, the device's zone. */
export function newStartForm(template: TemplateName, timeZone: string, title: string): StartForm {
	const defaults = defaultConditions(template);
	const offered = TEMPLATE_CONDITIONS[template];
	const include = Object.fromEntries(
		(['registration', 'reporting', 'movement', 'curfew', 'notifyChange', 'ban', 'fine'] as const).map((key) => [key, offered.includes(key) && key !== 'fine' && key !== 'ban'])
	) as Record<ConditionKey, boolean>;
	return {
		title,
		timeZone,
		verdict: '',
		inForce: '',
		sentenceFrom: '',
		years: '',
		months: '',
		supervisorName: '',
		supervisorPhone: '',
		supervisorAddress: '',
		supervisorHours: '',
		include,
		reportingDay: '',
		area: '',
		curfewStart: defaults.curfew?.start ?? '22:00',
		curfewEnd: defaults.curfew?.end ?? '06:00',
		withinDays: String(defaults.notifyChange?.withinDays ?? 3),
		banCategories: [],
		fineAmount: '',
		fineCurrency: 'KZT',
		fineDue: ''
	};
}

/** A whole number as typed (blank is `blank`), NaN when it is not one. */
function wholeNumber(text: string, blank: number): number {
	const trimmed = text.trim();
	if (trimmed === '') return blank;
	return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The template answers the form gives, and the problems of its typing. */
export function answersFromForm(form: StartForm, template: TemplateName, caseId: string, today: string): { answers: TemplateAnswers; issues: CaseFileIssue[] } {
	const issues: CaseFileIssue[] = [];
	const offered = TEMPLATE_CONDITIONS[template];
	const on = (key: ConditionKey) => offered.includes(key) && form.include[key];
	const conditions: ConditionAnswers = {};
	if (on('registration')) conditions.registration = true;
	if (on('reporting')) conditions.reporting = { day: form.reportingDay === '' ? undefined : Number(form.reportingDay) };
	if (on('movement')) conditions.movement = { area: form.area };
	if (on('curfew')) conditions.curfew = { start: form.curfewStart, end: form.curfewEnd };
	if (on('notifyChange')) {
		const withinDays = wholeNumber(form.withinDays, Number.NaN);
		if (!(withinDays >= 1)) issues.push(makeIssue('notifyChange.withinDays', FORM_ISSUES.days));
		conditions.notifyChange = { withinDays: withinDays >= 1 ? withinDays : 1 };
	}
	if (offered.includes('ban')) conditions.ban = { categories: form.banCategories };
	if (on('fine')) {
		const amount = toMinorUnits(form.fineAmount, form.fineCurrency);
		if (amount === undefined) issues.push(makeIssue('fine.amount', FORM_ISSUES.amount));
		conditions.fine = { amount: amount ?? 1, currency: form.fineCurrency, due: form.fineDue };
	}
	const answers: TemplateAnswers = {
		template,
		caseId,
		today,
		title: form.title,
		timeZone: form.timeZone,
		verdict: form.verdict,
		inForce: form.inForce,
		sentence: { from: form.sentenceFrom, years: wholeNumber(form.years, 0), months: wholeNumber(form.months, 0) },
		supervisor: { name: form.supervisorName, phone: form.supervisorPhone, address: form.supervisorAddress, hours: form.supervisorHours },
		conditions
	};
	return { answers, issues };
}

/** The form's own problems first; the engine's only where the form has none at that field. */
export function mergeIssues(own: readonly CaseFileIssue[], engine: readonly CaseFileIssue[]): CaseFileIssue[] {
	const paths = new Set(own.map((issue) => issue.path));
	return [...own, ...engine.filter((issue) => !paths.has(issue.path))];
}
