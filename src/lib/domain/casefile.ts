/**
 * Reading a case file: structure first (every field of every item, all at once), then the
 * relations between items (ids, references, currencies, corrections). Every problem found is
 * reported; nothing partial is ever returned.
 */
import * as v from 'valibot';
import { CHECK_IN_RULE_KINDS, checkInSchema, type CheckIn } from './checkins';
import { CaseFileError, makeIssue, type CaseFileIssue } from './issues';
import { isRuleKindName, kindOf, ruleKinds, type Rule } from './registry';
import { caseInfoSchema, CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFile, type CaseInfo } from './types';

export const MAX_RULES = 1000;
export const MAX_CHECK_INS = 500_000;

const envelopeSchema = v.strictObject({
	format: v.literal(CASE_FILE_FORMAT, 'format.unknown'),
	version: v.literal(CASE_FILE_VERSION, 'version.unsupported'),
	case: v.unknown(),
	rules: v.pipe(v.array(v.unknown()), v.maxLength(MAX_RULES, 'file.tooLarge')),
	checkIns: v.pipe(v.array(v.unknown()), v.maxLength(MAX_CHECK_INS, 'file.tooLarge'))
});

const CODE_RE = /^[a-z][\w-]*(?:\.[\w-]+)+$/;

function pathText(prefix: string, path: v.IssuePathItem[] | undefined): string {
	let text = prefix;
	for (const item of path ?? []) {
		if (typeof item.key === 'number') text += `[${item.key}]`;
		else text += text ? `.${String(item.key)}` : String(item.key);
	}
	return text;
}

/** A valibot issue as one of ours: our own messages are codes; valibot's defaults get one. */
function fromValibot(prefix: string, issue: v.BaseIssue<unknown>): CaseFileIssue {
	const params = { expected: issue.expected ?? '', received: issue.received };
	if (CODE_RE.test(issue.message)) return makeIssue(pathText(prefix, issue.path), issue.message, params);
	let code = 'value.type';
	if (issue.type === 'strict_object' && issue.expected === 'never') code = 'key.unknown';
	else if (issue.received === 'undefined') code = 'value.required';
	else if (issue.type === 'literal' || issue.type === 'picklist' || issue.type === 'variant') code = 'value.notAllowed';
	else if (issue.kind === 'validation' && issue.requirement !== undefined) code = issue.type === 'max_length' ? 'text.tooLong' : 'value.type';
	return makeIssue(pathText(prefix, issue.path), code, params);
}

function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown, prefix: string, issues: CaseFileIssue[]): T | undefined {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	for (const issue of result.issues) issues.push(fromValibot(prefix, issue));
	return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates one rule on its own (its kind's schema); for forms as much as for files. */
export function validateRule(input: unknown, prefix = ''): { rule?: Rule; issues: CaseFileIssue[] } {
	const issues: CaseFileIssue[] = [];
	const kind = isObject(input) ? input.kind : undefined;
	if (!isRuleKindName(kind)) {
		const path = isObject(input) ? pathText(prefix, [{ key: 'kind' } as v.IssuePathItem]) : prefix;
		issues.push(makeIssue(path, isObject(input) ? 'rule.kindUnknown' : 'value.type', { expected: 'object', received: String(kind ?? typeof input) }));
		return { issues };
	}
	const schema = ruleKinds[kind].schema as v.GenericSchema<unknown, Rule>;
	return { rule: parseWith(schema, input, prefix, issues), issues };
}

/** Checks of a rule against the rest of the file (anchors, periods, schedules). */
export function checkRuleInCase(rule: Rule, file: CaseFile, prefix = ''): CaseFileIssue[] {
	const problems = kindOf(rule).check?.(rule, file) ?? [];
	return problems.map((problem) => makeIssue(prefix ? `${prefix}.${problem.path}` : problem.path, problem.code, problem.params));
}

/** Relations between items; kind-specific checks only when the case itself is valid. */
function relations(file: Omit<CaseFile, 'case'> & { case?: CaseInfo }, ruleIndex: Map<Rule, number>, checkInIndex: Map<CheckIn, number>): CaseFileIssue[] {
	const issues: CaseFileIssue[] = [];
	const rulePath = (rule: Rule) => `rules[${ruleIndex.get(rule)}]`;
	const checkInPath = (checkIn: CheckIn) => `checkIns[${checkInIndex.get(checkIn)}]`;

	const rulesById = new Map<string, Rule>();
	for (const rule of file.rules) {
		if (rulesById.has(rule.id)) issues.push(makeIssue(`${rulePath(rule)}.id`, 'id.duplicate', { id: rule.id }));
		else rulesById.set(rule.id, rule);
		if (file.case) issues.push(...checkRuleInCase(rule, file as CaseFile, rulePath(rule)));
	}

	const checkInsById = new Map<string, CheckIn>();
	for (const checkIn of file.checkIns) {
		if (checkInsById.has(checkIn.id)) issues.push(makeIssue(`${checkInPath(checkIn)}.id`, 'id.duplicate', { id: checkIn.id }));
		else checkInsById.set(checkIn.id, checkIn);
	}

	const supersededBy = new Map<string, CheckIn>();
	for (const checkIn of file.checkIns) {
		const path = checkInPath(checkIn);
		const allowed = CHECK_IN_RULE_KINDS[checkIn.kind];
		if (checkIn.ruleId === undefined) {
			if (allowed.required) issues.push(makeIssue(`${path}.ruleId`, 'checkIn.ruleRequired'));
		} else {
			const rule = rulesById.get(checkIn.ruleId);
			if (!rule) issues.push(makeIssue(`${path}.ruleId`, 'checkIn.ruleMissing', { ruleId: checkIn.ruleId }));
			else if (allowed.kinds.length > 0 && !allowed.kinds.includes(rule.kind)) {
				issues.push(makeIssue(`${path}.ruleId`, 'checkIn.ruleKind', { received: rule.kind }));
			} else if (checkIn.kind === 'payment' && rule.kind === 'payment' && checkIn.currency !== rule.currency) {
				issues.push(makeIssue(`${path}.currency`, 'currency.mismatch', { expected: rule.currency, received: checkIn.currency }));
			}
		}
		if (Date.parse(checkIn.at) > Date.parse(checkIn.recordedAt)) {
			issues.push(makeIssue(`${path}.at`, 'checkIn.recordedBeforeAt'));
		}

		const reference =
			checkIn.kind === 'permission' ? { field: 'trip', id: checkIn.trip, kinds: ['trip'] } : checkIn.kind === 'notified' ? { field: 'about', id: checkIn.about, kinds: ['trip', 'change'] } : undefined;
		if (reference) {
			const target = checkInsById.get(reference.id);
			if (!target) issues.push(makeIssue(`${path}.${reference.field}`, 'checkIn.refMissing', { id: reference.id }));
			else if (!reference.kinds.includes(target.kind)) issues.push(makeIssue(`${path}.${reference.field}`, 'checkIn.refKind', { id: reference.id, expected: reference.kinds.join(' or ') }));
		}

		if (checkIn.supersedes !== undefined) {
			const target = checkInsById.get(checkIn.supersedes);
			if (checkIn.supersedes === checkIn.id) issues.push(makeIssue(`${path}.supersedes`, 'supersede.self'));
			else if (!target) issues.push(makeIssue(`${path}.supersedes`, 'checkIn.refMissing', { id: checkIn.supersedes }));
			else if (supersededBy.has(checkIn.supersedes)) issues.push(makeIssue(`${path}.supersedes`, 'supersede.twice', { id: checkIn.supersedes }));
			else {
				supersededBy.set(checkIn.supersedes, checkIn);
				if (Date.parse(checkIn.recordedAt) < Date.parse(target.recordedAt)) issues.push(makeIssue(`${path}.supersedes`, 'supersede.order'));
			}
		}
	}

	// Corrections form chains (each check-in corrected at most once); a chain must not loop.
	const walked = new Map<string, 'walking' | 'done'>();
	for (const checkIn of file.checkIns) {
		const path: CheckIn[] = [];
		let current: CheckIn | undefined = checkIn;
		while (current && !walked.has(current.id)) {
			walked.set(current.id, 'walking');
			path.push(current);
			current = current.supersedes !== undefined ? checkInsById.get(current.supersedes) : undefined;
		}
		if (current && walked.get(current.id) === 'walking' && current.supersedes !== current.id) {
			issues.push(makeIssue(`${checkInPath(current)}.supersedes`, 'supersede.cycle'));
		}
		for (const item of path) walked.set(item.id, 'done');
	}
	return issues;
}

/**
 * Validates a case file (a parsed JSON value, or JSON text) and returns it typed.
 * Throws CaseFileError listing every problem; never returns a partly valid file.
 */
export function parseCaseFile(json: unknown): CaseFile {
	let input = json;
	if (typeof json === 'string') {
		try {
			input = JSON.parse(json);
		} catch {
			throw new CaseFileError([makeIssue('', 'json.invalid')]);
		}
	}
	const issues: CaseFileIssue[] = [];
	const envelope = parseWith(envelopeSchema, input, '', issues);
	if (!envelope) {
		// Without the envelope nothing else can be placed; but a bad version says it all.
		throw new CaseFileError(issues);
	}

	const caseInfo: CaseInfo | undefined = parseWith(caseInfoSchema, envelope.case, 'case', issues);
	const rules: Rule[] = [];
	const ruleIndex = new Map<Rule, number>();
	envelope.rules.forEach((item, index) => {
		const { rule, issues: ruleIssues } = validateRule(item, `rules[${index}]`);
		issues.push(...ruleIssues);
		if (rule) {
			rules.push(rule);
			ruleIndex.set(rule, index);
		}
	});
	const checkIns: CheckIn[] = [];
	const checkInIndex = new Map<CheckIn, number>();
	envelope.checkIns.forEach((item, index) => {
		const checkIn = parseWith(checkInSchema, item, `checkIns[${index}]`, issues);
		if (checkIn) {
			checkIns.push(checkIn);
			checkInIndex.set(checkIn, index);
		}
	});

	const file = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, case: caseInfo, rules, checkIns } as const;
	issues.push(...relations(file, ruleIndex, checkInIndex));
	if (issues.length > 0 || !file.case) throw new CaseFileError(issues);
	return file as CaseFile;
}
