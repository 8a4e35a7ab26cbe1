/**
 * Reading a case file: structure first (every field of every item, all at once), then the
 * relations between items (ids, references, currencies, corrections). Every problem found is
 * reported; nothing partial is ever returned.
 */
import * as v from 'valibot';
import { CHECK_IN_KINDS, CHECK_IN_RULE_KINDS, checkInSchemas, type CheckIn } from './checkins';
import { CaseFileError, makeIssue, type CaseFileIssue } from './issues';
import { isRuleKindName, RULE_KIND_NAMES, type Rule } from './registry';
import { ruleValidations, validationOf } from './rule-validation';
import { compareInstants } from './instant';
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

/** A value as valibot names it in `received`: `"text"`, `5`, `null`, `Object`, `Array`. */
function receivedText(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value);
	if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
	return Array.isArray(value) ? 'Array' : 'Object';
}

/** A valibot issue as one of ours: our own messages are codes; valibot's defaults get one. */
function fromValibot(prefix: string, issue: v.BaseIssue<unknown>): CaseFileIssue {
	// For a length limit, `expected` is the limit itself ("100"), not valibot's "<=100".
	const limit = issue.type === 'max_length' && typeof issue.requirement === 'number' ? String(issue.requirement) : undefined;
	const params = { expected: limit ?? issue.expected ?? '', received: issue.received };
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
	if (!isObject(input)) {
		issues.push(makeIssue(prefix, input === undefined ? 'value.required' : 'value.type', { expected: 'Object', received: receivedText(input) }));
		return { issues };
	}
	const kind = input.kind;
	if (!isRuleKindName(kind)) {
		const path = pathText(prefix, [{ key: 'kind' } as v.IssuePathItem]);
		issues.push(makeIssue(path, kind === undefined ? 'value.required' : 'rule.kindUnknown', { expected: RULE_KIND_NAMES.join(' | '), received: receivedText(kind) }));
		return { issues };
	}
	const schema = ruleValidations[kind].schema as v.GenericSchema<unknown, Rule>;
	return { rule: parseWith(schema, input, prefix, issues), issues };
}

/**
 * One check-in, by its kind's own schema: a direct look-up is several times cheaper than
 * valibot's `variant` trying each kind, and files hold tens of thousands of check-ins.
 */
/** Built only for a check-in that has a problem: files hold tens of thousands. */
function checkInPrefix(index: number): string {
	return `checkIns[${index}]`;
}

function parseCheckIn(input: unknown, index: number, issues: CaseFileIssue[]): CheckIn | undefined {
	if (!isObject(input)) {
		issues.push(makeIssue(checkInPrefix(index), input === undefined ? 'value.required' : 'value.type', { expected: 'Object', received: receivedText(input) }));
		return undefined;
	}
	const kind = input.kind;
	if (typeof kind !== 'string' || !Object.hasOwn(checkInSchemas, kind)) {
		issues.push(makeIssue(`${checkInPrefix(index)}.kind`, kind === undefined ? 'value.required' : 'checkIn.kind', { expected: CHECK_IN_KINDS.join(' | '), received: receivedText(kind) }));
		return undefined;
	}
	const result = v.safeParse(checkInSchemas[kind as keyof typeof checkInSchemas] as v.GenericSchema<unknown, CheckIn>, input);
	if (result.success) return result.output;
	for (const issue of result.issues) issues.push(fromValibot(checkInPrefix(index), issue));
	return undefined;
}

/** Checks of a rule against the rest of the file (anchors, periods, schedules). */
export function checkRuleInCase(rule: Rule, file: CaseFile, prefix = ''): CaseFileIssue[] {
	const problems = validationOf(rule).check?.(rule, file) ?? [];
	return problems.map((problem) => makeIssue(prefix ? `${prefix}.${problem.path}` : problem.path, problem.code, problem.params));
}

/** Ids of items that are in the file but invalid: their own issues say why, so a reference to them is no further problem. */
interface Unparsed {
	ruleIds: Set<string>;
	checkInIds: Set<string>;
}

/** The id of an item that failed validation, if it has one. */
function idOf(item: unknown): string | undefined {
	return isObject(item) && typeof item.id === 'string' ? item.id : undefined;
}

/** Where each parsed rule and check-in stood in the file. */
interface Positions {
	rules: number[];
	checkIns: number[];
}

/** What one check-in's relations are checked against. */
interface RelationContext {
	rulesById: ReadonlyMap<string, Rule>;
	checkInsById: ReadonlyMap<string, CheckIn>;
	/** Corrections seen so far; each check-in may be corrected once. Grows as check-ins are read. */
	supersededBy: Map<string, CheckIn>;
	unparsed: Unparsed;
}

interface RelationProblem {
	field: string;
	code: string;
	params?: Record<string, string | number>;
}

/** One check-in against the rules and check-ins around it. */
function checkInRelations(checkIn: CheckIn, context: RelationContext): RelationProblem[] {
	const { rulesById, checkInsById, supersededBy, unparsed } = context;
	const problems: RelationProblem[] = [];
	const allowed = CHECK_IN_RULE_KINDS[checkIn.kind];
	if (checkIn.ruleId === undefined) {
		if (allowed.required) problems.push({ field: 'ruleId', code: 'checkIn.ruleRequired' });
	} else {
		const rule = rulesById.get(checkIn.ruleId);
		if (!rule) {
			if (!unparsed.ruleIds.has(checkIn.ruleId)) problems.push({ field: 'ruleId', code: 'checkIn.ruleMissing', params: { ruleId: checkIn.ruleId } });
		} else if (allowed.kinds.length > 0 && !allowed.kinds.includes(rule.kind)) {
			problems.push({ field: 'ruleId', code: 'checkIn.ruleKind', params: { received: rule.kind } });
		} else if (checkIn.kind === 'payment' && rule.kind === 'payment' && checkIn.currency !== rule.currency) {
			problems.push({ field: 'currency', code: 'currency.mismatch', params: { expected: rule.currency, received: checkIn.currency } });
		}
	}
	if (compareInstants(checkIn.at, checkIn.recordedAt) > 0) problems.push({ field: 'at', code: 'checkIn.recordedBeforeAt' });

	const reference =
		checkIn.kind === 'permission' ? { field: 'trip', id: checkIn.trip, kinds: ['trip'] } : checkIn.kind === 'notified' ? { field: 'about', id: checkIn.about, kinds: ['trip', 'change'] } : undefined;
	if (reference) {
		const target = checkInsById.get(reference.id);
		if (!target) {
			if (!unparsed.checkInIds.has(reference.id)) problems.push({ field: reference.field, code: 'checkIn.refMissing', params: { id: reference.id } });
		} else if (!reference.kinds.includes(target.kind)) {
			problems.push({ field: reference.field, code: 'checkIn.refKind', params: { id: reference.id, expected: reference.kinds.join(' or ') } });
		}
	}

	if (checkIn.supersedes !== undefined) {
		const target = checkInsById.get(checkIn.supersedes);
		if (checkIn.supersedes === checkIn.id) problems.push({ field: 'supersedes', code: 'supersede.self' });
		else if (!target) {
			if (!unparsed.checkInIds.has(checkIn.supersedes)) problems.push({ field: 'supersedes', code: 'checkIn.refMissing', params: { id: checkIn.supersedes } });
		} else if (supersededBy.has(checkIn.supersedes)) problems.push({ field: 'supersedes', code: 'supersede.twice', params: { id: checkIn.supersedes } });
		else {
			supersededBy.set(checkIn.supersedes, checkIn);
			if (compareInstants(checkIn.recordedAt, target.recordedAt) < 0) problems.push({ field: 'supersedes', code: 'supersede.order' });
		}
	}
	return problems;
}

/**
 * A new check-in for a valid case: its own fields, then its relations to the file (rule, trip or
 * change it refers to, the check-in it corrects, a unique id). What the app checks before it
 * records anything; paths are the check-in's own fields (`amount`, `ruleId`).
 */
export function validateNewCheckIn(input: unknown, file: CaseFile): { checkIn?: CheckIn; issues: CaseFileIssue[] } {
	const issues: CaseFileIssue[] = [];
	const kind = isObject(input) ? input.kind : undefined;
	const schema = typeof kind === 'string' && Object.hasOwn(checkInSchemas, kind) ? checkInSchemas[kind as keyof typeof checkInSchemas] : undefined;
	if (!schema) {
		issues.push(makeIssue('kind', 'checkIn.kind', { expected: CHECK_IN_KINDS.join(' | '), received: receivedText(kind) }));
		return { issues };
	}
	const checkIn = parseWith(schema as v.GenericSchema<unknown, CheckIn>, input, '', issues);
	if (!checkIn) return { issues };
	const checkInsById = new Map<string, CheckIn>();
	const supersededBy = new Map<string, CheckIn>();
	for (const existing of file.checkIns) {
		checkInsById.set(existing.id, existing);
		if (existing.supersedes !== undefined) supersededBy.set(existing.supersedes, existing);
	}
	if (checkInsById.has(checkIn.id)) issues.push(makeIssue('id', 'id.duplicate', { id: checkIn.id }));
	const rulesById = new Map(file.rules.map((rule) => [rule.id, rule]));
	const unparsed: Unparsed = { ruleIds: new Set(), checkInIds: new Set() };
	for (const problem of checkInRelations(checkIn, { rulesById, checkInsById, supersededBy, unparsed })) {
		issues.push(makeIssue(problem.field, problem.code, problem.params));
	}
	return issues.length ? { issues } : { checkIn, issues };
}

/** Relations between items; kind-specific checks only when the case itself is valid. */
function relations(
	file: Omit<CaseFile, 'case'> & { case?: CaseInfo },
	positions: Positions,
	unparsed: Unparsed
): CaseFileIssue[] {
	const issues: CaseFileIssue[] = [];
	// Where each parsed item was in the file (parsed lists skip the invalid items).
	const rulePath = (index: number) => `rules[${positions.rules[index]}]`;
	const checkInPath = (index: number, field: string) => `checkIns[${positions.checkIns[index]}].${field}`;
	// Positions of corrections, to name the one that closes a loop.
	const correctionIndex = new Map<CheckIn, number>();

	const rulesById = new Map<string, Rule>();
	file.rules.forEach((rule, index) => {
		if (rulesById.has(rule.id)) issues.push(makeIssue(`${rulePath(index)}.id`, 'id.duplicate', { id: rule.id }));
		else rulesById.set(rule.id, rule);
		if (file.case) issues.push(...checkRuleInCase(rule, file as CaseFile, rulePath(index)));
	});

	const checkInsById = new Map<string, CheckIn>();
	file.checkIns.forEach((checkIn, index) => {
		if (checkInsById.has(checkIn.id)) issues.push(makeIssue(checkInPath(index, 'id'), 'id.duplicate', { id: checkIn.id }));
		else checkInsById.set(checkIn.id, checkIn);
	});

	const context: RelationContext = { rulesById, checkInsById, supersededBy: new Map(), unparsed };
	const checkIns = file.checkIns;
	for (let index = 0; index < checkIns.length; index++) {
		const checkIn = checkIns[index]!;
		for (const problem of checkInRelations(checkIn, context)) {
			issues.push(makeIssue(checkInPath(index, problem.field), problem.code, problem.params));
		}
		if (checkIn.supersedes !== undefined) correctionIndex.set(checkIn, index);
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
			issues.push(makeIssue(checkInPath(correctionIndex.get(current)!, 'supersedes'), 'supersede.cycle'));
		}
		for (const item of path) walked.set(item.id, 'done');
	}
	return issues;
}

/** The case details on their own (a settings form). Paths are the case's own fields. */
export function validateCaseInfo(input: unknown): { info?: CaseInfo; issues: CaseFileIssue[] } {
	const issues: CaseFileIssue[] = [];
	const info = parseWith(caseInfoSchema, input, '', issues);
	return info ? { info, issues } : { issues };
}

/**
 * A new or edited rule for a valid case: its own fields, the checks that need the case, a unique
 * id, and the check-ins already recorded for it still fitting (kind, currency). `replacing` is
 * the id of the rule being edited. Paths are the rule's own fields.
 */
export function validateRuleInCase(input: unknown, file: CaseFile, replacing?: string): { rule?: Rule; issues: CaseFileIssue[] } {
	const { rule, issues } = validateRule(input);
	if (!rule) return { issues };
	if (rule.id !== replacing && file.rules.some((other) => other.id === rule.id)) {
		// Another rule's id: its check-ins are not this rule's concern.
		return { issues: [makeIssue('id', 'id.duplicate', { id: rule.id }), ...checkRuleInCase(rule, file)] };
	}
	issues.push(...checkRuleInCase(rule, file));
	const recorded = file.checkIns.filter((checkIn) => checkIn.ruleId === (replacing ?? rule.id));
	for (const checkIn of recorded) {
		const kinds = CHECK_IN_RULE_KINDS[checkIn.kind].kinds;
		if (kinds.length > 0 && !kinds.includes(rule.kind)) {
			issues.push(makeIssue('kind', 'rule.kindInUse', { received: checkIn.kind }));
			break;
		}
		if (checkIn.kind === 'payment' && rule.kind === 'payment' && checkIn.currency !== rule.currency) {
			issues.push(makeIssue('currency', 'rule.currencyInUse', { received: checkIn.currency }));
			break;
		}
	}
	if (replacing !== undefined && rule.id !== replacing && recorded.length > 0) issues.push(makeIssue('id', 'rule.idInUse'));
	return issues.length ? { issues } : { rule, issues };
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
	const positions: Positions = { rules: [], checkIns: [] };
	const unparsed: Unparsed = { ruleIds: new Set(), checkInIds: new Set() };
	envelope.rules.forEach((item, index) => {
		const { rule, issues: ruleIssues } = validateRule(item, `rules[${index}]`);
		issues.push(...ruleIssues);
		if (rule) {
			rules.push(rule);
			positions.rules.push(index);
		} else {
			const id = idOf(item);
			if (id !== undefined) unparsed.ruleIds.add(id);
		}
	});
	const checkIns: CheckIn[] = [];
	envelope.checkIns.forEach((item, index) => {
		const checkIn = parseCheckIn(item, index, issues);
		if (checkIn) {
			checkIns.push(checkIn);
			positions.checkIns.push(index);
		} else {
			const id = idOf(item);
			if (id !== undefined) unparsed.checkInIds.add(id);
		}
	});

	const file = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, case: caseInfo, rules, checkIns } as const;
	issues.push(...relations(file, positions, unparsed));
	if (issues.length > 0 || !file.case) throw new CaseFileError(issues);
	return file as CaseFile;
}
