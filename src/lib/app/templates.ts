/**
 * Case templates: from the answers on the start screen, a whole case file with the conditions
 * typical of a sentence, every one of them editable later on the Conditions screen.
 *
 * Pure: no clock (the caller passes `today` in the case's zone), no storage. The titles of the
 * conditions come from the message catalog through `t`, so that a case set up in Russian or
 * Kazakh gets its titles in that language. The result is checked with the engine's own
 * validators (validateCaseInfo, parseCaseFile); problems come back with paths of the form's
 * fields (`title`, `sentence.duration`, `fine.due`, `reporting.day`), never as a throw.
 */
import { BAN_CATEGORIES, type BanCategory } from '$lib/domain/checkins';
import { parseCaseFile, validateCaseInfo, validateRule } from '$lib/domain/casefile';
import { CaseFileError, makeIssue, type CaseFileIssue } from '$lib/domain/issues';
import { civilFromDay, dayFromCivil, daysInMonth, formatLocalDate, isLocalDate, parseLocalDate } from '$lib/domain/time';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFile, type Translate } from '$lib/domain/types';

export const TEMPLATE_NAMES = ['probation-kz', 'restriction-kz', 'blank'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** The conditions a template can set up, in the order they are listed in the case. */
export const CONDITION_KEYS = ['registration', 'reporting', 'movement', 'curfew', 'notifyChange', 'ban', 'fine'] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

/** Which conditions each template offers. */
export const TEMPLATE_CONDITIONS: Record<TemplateName, readonly ConditionKey[]> = {
	// Kazakhstan, suspended sentence with probation control: registration within 10 days of the
	// verdict entering into force, reporting, staying put, telling about changes; a ban and a
	// fine only when the verdict has them.
	'probation-kz': ['registration', 'reporting', 'movement', 'notifyChange', 'ban', 'fine'],
	// Kazakhstan, restriction of freedom (Criminal Code art. 44): only what the person confirms.
	'restriction-kz': ['reporting', 'movement', 'curfew', 'notifyChange'],
	blank: []
};

/** The last day of the month, for a monthly reporting day. */
export const LAST_DAY_OF_MONTH = -1;

export interface ConditionAnswers {
	/** Register with the probation service within 10 days after entry into force. */
	registration?: boolean;
	/** Report once a month on this day of the month (1–31, or -1 for the last day). */
	reporting?: { day: number | undefined };
	/** Do not leave this place without the probation service's permission. */
	movement?: { area: string };
	/** Be at home between these local times (HH:mm; may cross midnight). */
	curfew?: { start: string; end: string };
	/** Tell the probation service about a change of residence or work within this many days. */
	notifyChange?: { withinDays: number };
	/** Banned activities: no rule when none is ticked. */
	ban?: { categories: readonly BanCategory[] };
	/** A fine: amount in minor units, paid once by `due` (instalments can be set later). */
	fine?: { amount: number; currency: string; due: string };
}

export interface SentenceAnswer {
	/** First day of the sentence (YYYY-MM-DD). */
	from: string;
	years: number;
	months: number;
}

export interface TemplateAnswers {
	template: TemplateName;
	caseId: string;
	/** Today in the case's zone (YYYY-MM-DD): reporting is counted from here on. */
	today: string;
	title: string;
	timeZone: string;
	verdict?: string;
	inForce?: string;
	sentence: SentenceAnswer;
	supervisor?: { name?: string; phone?: string; address?: string; hours?: string };
	conditions: ConditionAnswers;
}

/** What the template built: the case file as JSON, the valid file when there is one, the problems. */
export interface BuiltCase {
	json: Record<string, unknown>;
	file?: CaseFile;
	issues: CaseFileIssue[];
}

/** Problems of the answers themselves, which the case file cannot show (catalog: `issue.<code>`). */
export const TEMPLATE_ISSUES = {
	/** The duration is not a whole number of months from one month to 100 years. */
	duration: 'template.duration',
	/** No reporting day is chosen. */
	reportingDay: 'template.reportingDay',
	/** The sentence ends before the first reporting day. */
	reportingAfterSentence: 'template.reportingAfterSentence'
} as const;

const MAX_MONTHS = 100 * 12;

/**
 * The last day of a sentence that starts on `from` and lasts `years` and `months`: the day
 * before the same date that many months later, as courts count it (25 Apr 2023 + 6 years →
 * until 24 Apr 2029). When that later month has no such date (31 Jan + 1 month, 29 Feb + 1
 * year), the sentence runs to the end of that month (28 Feb): a person must never believe it
 * ends earlier than it does. Undefined for a date that is not real or a duration that is not
 * a whole number of months between one month and 100 years.
 */
export function sentenceUntil(from: string, years: number, months: number): string | undefined {
	if (!isLocalDate(from) || !Number.isSafeInteger(years) || !Number.isSafeInteger(months) || years < 0 || months < 0) return undefined;
	const total = years * 12 + months;
	if (total < 1 || total > MAX_MONTHS) return undefined;
	const start = civilFromDay(parseLocalDate(from));
	const monthIndex = start.year * 12 + (start.month - 1) + total;
	const year = Math.floor(monthIndex / 12);
	const month = monthIndex - year * 12 + 1;
	if (year > 9999) return undefined;
	const length = daysInMonth(year, month);
	const until = start.day > length ? dayFromCivil(year, month, length) : dayFromCivil(year, month, start.day) - 1;
	return formatLocalDate(until);
}

/** The first date on or after `from` that a monthly reporting day falls on (skipping months without it). */
export function firstReportingDay(from: string, dayOfMonth: number): string {
	let { year, month, day } = civilFromDay(parseLocalDate(from));
	for (let step = 0; step < 24; step++) {
		const length = daysInMonth(year, month);
		const target = dayOfMonth === LAST_DAY_OF_MONTH ? length : dayOfMonth;
		if (target <= length && target >= day) return formatLocalDate(dayFromCivil(year, month, target));
		day = 1;
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
	}
	return from;
}

function isCurrency(code: string): boolean {
	try {
		new Intl.NumberFormat('en', { style: 'currency', currency: code });
		return true;
	} catch {
		return false;
	}
}

function isReportingDay(day: unknown): day is number {
	return typeof day === 'number' && Number.isInteger(day) && ((day >= 1 && day <= 31) || day === LAST_DAY_OF_MONTH);
}

/** Text fields without surrounding blanks; an empty one is left out. */
function filled(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed ? trimmed : undefined;
}

function withoutUndefined<T extends Record<string, unknown>>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The case details (the `case` object of the file) from the answers. */
export function caseInfoOf(answers: TemplateAnswers): Record<string, unknown> {
	const supervisor = withoutUndefined({
		name: filled(answers.supervisor?.name),
		phone: filled(answers.supervisor?.phone),
		address: filled(answers.supervisor?.address),
		hours: filled(answers.supervisor?.hours)
	});
	const { from, years, months } = answers.sentence;
	return withoutUndefined({
		id: answers.caseId,
		title: answers.title.trim(),
		timeZone: answers.timeZone,
		verdict: filled(answers.verdict),
		inForce: filled(answers.inForce),
		sentence: withoutUndefined({ from: filled(from), until: sentenceUntil(from, years, months) }),
		supervisor: Object.keys(supervisor).length ? supervisor : undefined
	});
}

/** One rule per condition the template offers and the answers include. */
function rulesOf(answers: TemplateAnswers, t: Translate): { key: ConditionKey; rule: Record<string, unknown> }[] {
	const offered = TEMPLATE_CONDITIONS[answers.template] ?? [];
	const c = answers.conditions;
	const prefix = answers.template === 'restriction-kz' ? 'template.restriction' : 'template.probation';
	const rules: { key: ConditionKey; rule: Record<string, unknown> }[] = [];
	for (const key of CONDITION_KEYS) {
		if (!offered.includes(key)) continue;
		const id = `rule-${key}`;
		switch (key) {
			case 'registration':
				if (c.registration)
					rules.push({
						key,
						rule: { id, kind: 'deadline', title: t('template.registration.title'), what: t('template.registration.what'), after: { anchor: 'inForce', days: 10 } }
					});
				break;
			case 'reporting': {
				if (!c.reporting) break;
				const day = c.reporting.day;
				const start = reportingStart(answers, day);
				rules.push({
					key,
					rule: { id, kind: 'reporting', title: t(`${prefix}.reporting.title`), rrule: `FREQ=MONTHLY;BYMONTHDAY=${isReportingDay(day) ? day : 1}`, start }
				});
				break;
			}
			case 'movement':
				if (c.movement)
					rules.push({
						key,
						rule: { id, kind: 'movement', title: t(`${prefix}.movement.title`, { area: c.movement.area.trim() }), area: c.movement.area.trim(), permission: 'required' }
					});
				break;
			case 'curfew':
				if (c.curfew)
					rules.push({
						key,
						rule: withoutUndefined({ id, kind: 'curfew', title: t('template.curfew.title', { start: c.curfew.start, end: c.curfew.end }), start: filled(c.curfew.start), end: filled(c.curfew.end) })
					});
				break;
			case 'notifyChange':
				if (c.notifyChange)
					rules.push({
						key,
						rule: { id, kind: 'notify-change', title: t('template.notifyChange.title'), changes: ['residence', 'work'], withinDays: c.notifyChange.withinDays }
					});
				break;
			case 'ban': {
				const categories = BAN_CATEGORIES.filter((category) => c.ban?.categories.includes(category));
				if (categories.length)
					rules.push({ key, rule: { id, kind: 'activity-ban', title: t('template.ban.title', { categories }), categories } });
				break;
			}
			case 'fine':
				if (c.fine)
					rules.push({
						key,
						rule: {
							id,
							kind: 'payment',
							// A title with the amount only when it can be written (the rule's own check says why not).
							title:
								Number.isSafeInteger(c.fine.amount) && c.fine.amount > 0 && /^[A-Z]{3}$/.test(c.fine.currency) && isCurrency(c.fine.currency)
									? t('template.fine.title', { amount: c.fine.amount, currency: c.fine.currency })
									: t('template.fine.titleNoAmount'),
							currency: c.fine.currency,
							schedule: [withoutUndefined({ due: filled(c.fine.due), amount: c.fine.amount })]
						}
					});
				break;
		}
	}
	return rules;
}

/** Where a rule's field is asked on the form (a path of the rule → a path of the form). */
const FORM_FIELDS: Partial<Record<ConditionKey, Record<string, string>>> = {
	registration: { 'after.anchor': 'inForce', 'after.days': 'inForce' },
	reporting: { start: 'reporting.day', rrule: 'reporting.day' },
	fine: { 'schedule[0].due': 'fine.due', 'schedule[0].amount': 'fine.amount', schedule: 'fine.amount', currency: 'fine.currency' },
	ban: { categories: 'ban.categories' },
	movement: { area: 'movement.area' },
	notifyChange: { withinDays: 'notifyChange.withinDays' }
};

function formPath(key: ConditionKey, rulePath: string): string {
	return FORM_FIELDS[key]?.[rulePath] ?? (rulePath ? `${key}.${rulePath}` : key);
}

/** A file issue's path (`case.title`, `rules[2].schedule[0].due`) as the form's (`title`, `fine.due`). */
function placed(issue: CaseFileIssue, keys: readonly ConditionKey[]): CaseFileIssue {
	let path = issue.path;
	if (path === 'case.sentence.until') path = 'sentence.duration';
	else if (path.startsWith('case.')) path = path.slice('case.'.length);
	else {
		const match = /^rules\[(\d+)\]\.?(.*)$/.exec(path);
		const key = match ? keys[Number(match[1])] : undefined;
		if (match && key) path = formPath(key, match[2]!);
	}
	return path === issue.path ? issue : { ...issue, path };
}

/** The first reporting day: from today, or from the sentence's start if that is later. */
function reportingStart(answers: TemplateAnswers, day: number | undefined): string {
	// Earlier reporting days are on the probation service's own file, not missed reports.
	const { from } = answers.sentence;
	const since = isLocalDate(from) && from > answers.today ? from : answers.today;
	return isReportingDay(day) && isLocalDate(since) ? firstReportingDay(since, day) : since;
}

/** Problems of the answers that the file cannot show (the duration, the reporting day). */
function answerIssues(answers: TemplateAnswers): CaseFileIssue[] {
	const issues: CaseFileIssue[] = [];
	const { from, years, months } = answers.sentence;
	const until = sentenceUntil(from, years, months);
	if (isLocalDate(from) && until === undefined) issues.push(makeIssue('sentence.duration', TEMPLATE_ISSUES.duration));
	const offered = TEMPLATE_CONDITIONS[answers.template] ?? [];
	const reporting = offered.includes('reporting') ? answers.conditions.reporting : undefined;
	if (reporting && !isReportingDay(reporting.day)) issues.push(makeIssue('reporting.day', TEMPLATE_ISSUES.reportingDay));
	else if (reporting && until !== undefined && reportingStart(answers, reporting.day) > until) {
		issues.push(makeIssue('reporting.day', TEMPLATE_ISSUES.reportingAfterSentence));
	}
	return issues;
}

/** The file's own problems, by the engine's full check. */
function checkFile(json: unknown): { file?: CaseFile; issues: CaseFileIssue[] } {
	try {
		return { file: parseCaseFile(json), issues: [] };
	} catch (error) {
		if (error instanceof CaseFileError) return { issues: [...error.issues] };
		throw error;
	}
}

/**
 * Builds the case file from the answers and checks it as the engine would on import. Never
 * throws: the file is there only when there are no issues.
 */
export function buildCase(answers: TemplateAnswers, t: Translate): BuiltCase {
	const info = caseInfoOf(answers);
	const built = rulesOf(answers, t);
	const keys = built.map((item) => item.key);
	const json = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, case: info, rules: built.map((item) => item.rule), checkIns: [] };

	const own = answerIssues(answers);
	// The details first, on their own, so that their problems show even while a rule is incomplete.
	// A missing end date is the duration's problem (or the start date's), said there.
	const details = validateCaseInfo(info).issues.filter((issue) => !(issue.path === 'sentence.until' && info.sentence && !(info.sentence as { until?: string }).until));
	let issues: CaseFileIssue[];
	let file: CaseFile | undefined;
	if (details.length) {
		const ruleIssues = built.flatMap((item, index) => validateRule(item.rule, `rules[${index}]`).issues);
		issues = [...details.map((issue) => ({ ...issue, path: `case.${issue.path}` })), ...ruleIssues].map((issue) => placed(issue, keys));
	} else {
		const checked = checkFile(json);
		file = checked.file;
		issues = checked.issues.map((issue) => placed(issue, keys));
	}
	// An answer's own problem says it better than what the engine makes of it.
	const ownPaths = new Set(own.map((issue) => issue.path));
	issues = [...own, ...issues.filter((issue) => !ownPaths.has(issue.path))];
	return issues.length ? { json, issues } : { json, file, issues };
}

/** A file issue (from storage refusing the file) placed on the form, with the same conditions. */
export function placeFileIssues(issues: readonly CaseFileIssue[], answers: TemplateAnswers, t: Translate): CaseFileIssue[] {
	const keys = rulesOf(answers, t).map((item) => item.key);
	return issues.map((issue) => placed(issue, keys));
}

/** The answers a template starts with: every condition it offers, with the usual values. */
export function defaultConditions(template: TemplateName): ConditionAnswers {
	switch (template) {
		case 'probation-kz':
			return { registration: true, reporting: { day: undefined }, movement: { area: '' }, notifyChange: { withinDays: 3 }, ban: { categories: [] } };
		case 'restriction-kz':
			return { reporting: { day: undefined }, movement: { area: '' }, curfew: { start: '22:00', end: '06:00' }, notifyChange: { withinDays: 3 } };
		default:
			return {};
	}
}
