/**
 * The case file's documentation must not drift from the code: the example case still parses and
 * still evaluates to the status it was designed for, the committed JSON Schema is what the
 * generator makes now and accepts what the app accepts, and every example in docs/case-file.md
 * passes the app's own validation.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@valibot/to-json-schema';
import { parseCaseFile, validateRule } from '../../src/lib/domain/casefile';
import { CHECK_IN_KINDS, checkInSchema } from '../../src/lib/domain/checkins';
import { evaluate } from '../../src/lib/domain/evaluate';
import { upcoming } from '../../src/lib/domain/upcoming';
import { CaseFileError, issueMessages } from '../../src/lib/domain/issues';
import { RULE_KIND_NAMES } from '../../src/lib/domain/registry';
import { duration, instant, localDate, localTime, timeZone, title } from '../../src/lib/domain/schema';
import type { CaseFile } from '../../src/lib/domain/types';
import { caseFileJsonSchema, checkInDefName, PATTERNS, ruleDefName } from '../../scripts/case-file-schema';
import EXAMPLE_TEXT from '../../docs/examples/almaty-suspended-sentence.json?raw';
import MARKDOWN from '../../docs/case-file.md?raw';
import COMMITTED_SCHEMA from '../../docs/case-file.schema.json?raw';

const NOW = new Date('2026-11-23T12:00:00+05:00');

/** The example as plain JSON, with some check-ins left out, parsed again. */
function exampleWithout(...checkInIds: string[]): CaseFile {
	const json = JSON.parse(EXAMPLE_TEXT) as { checkIns: { id: string }[] };
	const kept = json.checkIns.filter((checkIn) => !checkInIds.includes(checkIn.id));
	expect(kept).toHaveLength(json.checkIns.length - checkInIds.length);
	return parseCaseFile({ ...json, checkIns: kept });
}

function states(file: CaseFile, now: Date): Record<string, string> {
	return Object.fromEntries(evaluate(file, now).rules.map((rule) => [rule.ruleId, rule.state]));
}

function alertTriples(file: CaseFile, now: Date): [string, string, string][] {
	return evaluate(file, now).alerts.map((alert) => [alert.severity, alert.id, alert.code]);
}

describe('the example case (docs/examples/almaty-suspended-sentence.json)', () => {
	const file = parseCaseFile(EXAMPLE_TEXT);

	it('parses, with all seven conditions of the Almaty case', () => {
		expect(file.case.timeZone).toBe('Asia/Almaty');
		expect(file.rules.map((rule) => [rule.id, rule.kind])).toEqual([
			['rule-activity-ban', 'activity-ban'],
			['rule-movement', 'movement'],
			['rule-registration', 'deadline'],
			['rule-reporting', 'reporting'],
			['rule-fine', 'payment'],
			['rule-damages', 'payment'],
			['rule-notify-change', 'notify-change']
		]);
		expect(file.checkIns.at(-1)!.at <= '2026-11-15').toBe(true);
	});

	it('on 23 November 2026 needs attention for the fine instalment due in two days, and nothing else', () => {
		const status = evaluate(file, NOW);
		expect(status.level).toBe('attention');
		expect(states(file, NOW)).toEqual({
			'rule-activity-ban': 'ok',
			'rule-movement': 'ok',
			'rule-registration': 'done',
			'rule-reporting': 'ok',
			'rule-fine': 'due-soon',
			'rule-damages': 'ok',
			'rule-notify-change': 'ok'
		});
		expect(alertTriples(file, NOW)).toEqual([['info', 'rule-fine/2026-11-25/remind-P3D', 'payment.due']]);
		const next = Object.fromEntries(status.rules.map((rule) => [rule.ruleId, rule.next?.at.getTime()]));
		expect(next['rule-fine']).toBe(Date.parse('2026-11-25T23:59:59.999+05:00'));
		expect(next['rule-damages']).toBe(Date.parse('2026-12-10T23:59:59.999+05:00'));
		expect(next['rule-reporting']).toBe(Date.parse('2026-12-14T18:00:00+05:00'));
		const summaries = Object.fromEntries(status.rules.map((rule) => [rule.ruleId, rule.summary]));
		expect(summaries['rule-fine']!.params).toMatchObject({ paid: 20_000_000, total: 40_000_000, overdue: 0 });
		expect(summaries['rule-damages']!.params).toMatchObject({ paid: 25_000_000, total: 60_000_000, overdue: 0 });
		expect(summaries['rule-registration']).toEqual({ code: 'deadline.summary.done', params: { date: '2023-05-05', doneOn: '2023-04-28' } });
	});

	it('lists the coming month: the fine instalment, the damages instalment, then the December report', () => {
		const month = upcoming(file, NOW, new Date('2026-12-23T12:00:00+05:00'));
		expect(month.map((deadline) => deadline.id)).toEqual(['rule-fine/2026-11-25', 'rule-damages/2026-12-10', 'rule-reporting/2026-12-14']);
	});

	it('is clear only because of its excuse, its correction, its permission and its withdrawn plan', () => {
		expect(alertTriples(exampleWithout('ci-2026-09-11-excuse'), NOW)).toContainEqual(['critical', 'rule-reporting/2026-09-14/missed', 'reporting.missed']);
		// The typo (5,000 KZT) left alone would make September's damages instalment overdue.
		expect(states(exampleWithout('ci-2026-09-10-damages-fix'), NOW)['rule-damages']).toBe('breach-risk');
		expect(alertTriples(exampleWithout('ci-2026-09-04-trip-permission'), NOW)).toEqual([
			['critical', 'rule-movement/ci-2026-09-01-trip-astana/missed', 'movement.permission.missed'],
			['critical', 'rule-movement/ci-2026-09-22-location-astana/outside', 'movement.outside'],
			['info', 'rule-fine/2026-11-25/remind-P3D', 'payment.due']
		]);
		const withRoundTable = exampleWithout('ci-2026-10-21-round-table-declined');
		expect(evaluate(withRoundTable, NOW).level).toBe('at-risk');
		expect(alertTriples(withRoundTable, NOW)[0]).toEqual(['warning', 'rule-activity-ban/ci-2026-10-20-round-table/planned', 'activity-ban.planned']);
	});

	it('has an unpaid fine instalment overdue once 25 November has ended', () => {
		const justAfter = new Date('2026-11-26T00:00:00+05:00');
		expect(evaluate(file, justAfter).level).toBe('at-risk');
		expect(alertTriples(file, justAfter)).toEqual([['critical', 'rule-fine/2026-11-25/missed', 'payment.missed']]);
	});
});

/**
 * A small JSON Schema validator for exactly the keywords the generated schema uses. An unknown
 * keyword throws, so a schema that grows beyond it cannot pass these tests by being half-read.
 */
function validateAgainst(root: JsonSchema, value: unknown): string[] {
	const errors: string[] = [];
	const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
	const ANNOTATIONS = new Set(['$schema', '$defs', 'title', 'description']);

	function typeOf(x: unknown): string {
		if (x === null) return 'null';
		if (Array.isArray(x)) return 'array';
		if (typeof x === 'number') return Number.isInteger(x) ? 'integer' : 'number';
		return typeof x;
	}

	function check(schema: JsonSchema, x: unknown, path: string): void {
		for (const [keyword, requirement] of Object.entries(schema)) {
			if (ANNOTATIONS.has(keyword)) continue;
			const fail = (why: string) => errors.push(`${path || '(root)'}: ${why}`);
			switch (keyword) {
				case '$ref': {
					const name = String(requirement).replace('#/$defs/', '');
					if (!defs[name]) throw new Error(`unresolved $ref ${String(requirement)}`);
					check(defs[name], x, path);
					break;
				}
				case 'type': {
					const actual = typeOf(x);
					if (actual !== requirement && !(requirement === 'number' && actual === 'integer')) fail(`expected ${String(requirement)}, found ${actual}`);
					break;
				}
				case 'const':
					if (x !== requirement) fail(`expected ${JSON.stringify(requirement)}`);
					break;
				case 'enum':
					if (!(requirement as unknown[]).includes(x)) fail(`not one of ${JSON.stringify(requirement)}`);
					break;
				case 'properties':
					if (typeOf(x) === 'object') {
						for (const [key, sub] of Object.entries(requirement as Record<string, JsonSchema>)) {
							const record = x as Record<string, unknown>;
							if (key in record) check(sub, record[key], path ? `${path}.${key}` : key);
						}
					}
					break;
				case 'required':
					if (typeOf(x) === 'object') for (const key of requirement as string[]) if (!(key in (x as object))) fail(`missing ${key}`);
					break;
				case 'additionalProperties':
					if (requirement !== false) throw new Error('only additionalProperties: false is supported');
					if (typeOf(x) === 'object') {
						const known = Object.keys(schema.properties ?? {});
						for (const key of Object.keys(x as object)) if (!known.includes(key)) fail(`unknown field ${key}`);
					}
					break;
				case 'items':
					if (Array.isArray(x)) x.forEach((item, index) => check(requirement as JsonSchema, item, `${path}[${index}]`));
					break;
				case 'minItems':
					if (Array.isArray(x) && x.length < (requirement as number)) fail('too few items');
					break;
				case 'maxItems':
					if (Array.isArray(x) && x.length > (requirement as number)) fail('too many items');
					break;
				case 'uniqueItems':
					if (Array.isArray(x) && new Set(x.map((item) => JSON.stringify(item))).size !== x.length) fail('repeated item');
					break;
				case 'minLength':
					if (typeof x === 'string' && [...x].length < (requirement as number)) fail('too short');
					break;
				case 'maxLength':
					if (typeof x === 'string' && [...x].length > (requirement as number)) fail('too long');
					break;
				case 'pattern':
					if (typeof x === 'string' && !new RegExp(requirement as string, 'u').test(x)) fail(`does not match ${String(requirement)}`);
					break;
				case 'format': {
					if (requirement !== 'date') throw new Error(`unsupported format ${String(requirement)}`);
					const m = typeof x === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(x) : null;
					const day = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : undefined;
					if (typeof x === 'string' && !(day && day.getUTCFullYear() === +m![1]! && day.getUTCMonth() === +m![2]! - 1 && day.getUTCDate() === +m![3]!)) fail('not a date');
					break;
				}
				case 'minimum':
					if (typeof x === 'number' && x < (requirement as number)) fail('too small');
					break;
				case 'maximum':
					if (typeof x === 'number' && x > (requirement as number)) fail('too large');
					break;
				case 'exclusiveMinimum':
					if (typeof x === 'number' && x <= (requirement as number)) fail('too small');
					break;
				case 'oneOf':
				case 'anyOf': {
					const passing = (requirement as JsonSchema[]).filter((option) => validateAgainst({ ...option, $defs: defs }, x).length === 0).length;
					if (keyword === 'oneOf' ? passing !== 1 : passing === 0) fail(`${passing} of the ${keyword} options match`);
					break;
				}
				default:
					throw new Error(`keyword ${keyword} is not supported by this validator`);
			}
		}
	}

	check(root, value, '');
	return errors;
}

/** The fenced blocks of case-file.md whose info string starts with `json`, by their tag. */
function jsonBlocks(tag: string | undefined): string[] {
	const blocks: string[] = [];
	for (const match of MARKDOWN.matchAll(/^```json(?: ([\w-]+))?\n([\s\S]*?)^```$/gm)) {
		if (match[1] === tag) blocks.push(match[2]!);
	}
	return blocks;
}

describe('the JSON Schema (docs/case-file.schema.json)', () => {
	const committed = JSON.parse(COMMITTED_SCHEMA) as JsonSchema;
	const schema = caseFileJsonSchema();

	it('is what scripts/case-file-schema.ts generates now (run it after changing the format)', () => {
		expect(committed).toEqual(schema);
	});

	it('has one branch per rule kind and per check-in kind, told apart by the kind constant', () => {
		const branches = (list: 'rules' | 'checkIns') => ((schema.properties![list] as JsonSchema).items as JsonSchema).oneOf as JsonSchema[];
		const defs = schema.$defs as Record<string, JsonSchema>;
		const kindOfBranch = (branch: JsonSchema) => {
			const def = defs[branch.$ref!.replace('#/$defs/', '')]!;
			return (def.properties!.kind as JsonSchema).const;
		};
		expect(branches('rules').map(kindOfBranch)).toEqual(RULE_KIND_NAMES);
		expect(branches('checkIns').map(kindOfBranch)).toEqual(CHECK_IN_KINDS);
		for (const kind of RULE_KIND_NAMES) expect(defs[ruleDefName(kind)]!.description).toBeTruthy();
		for (const kind of CHECK_IN_KINDS) expect(defs[checkInDefName(kind)]!.description).toBeTruthy();
	});

	it('accepts the example case and every whole-file example of case-file.md', () => {
		expect(validateAgainst(schema, JSON.parse(EXAMPLE_TEXT))).toEqual([]);
		const examples = jsonBlocks('case-file');
		expect(examples.length).toBeGreaterThan(0);
		for (const example of examples) expect(validateAgainst(schema, JSON.parse(example))).toEqual([]);
	});

	it('refuses, like parseCaseFile, files with a wrong shape', () => {
		const base = JSON.parse(EXAMPLE_TEXT);
		const broken: [string, (file: any) => void][] = [
			['an unknown rule kind', (f) => (f.rules[0].kind = 'probation')],
			['an unknown field', (f) => (f.case.judge = 'X')],
			['a date in the wrong form', (f) => (f.case.verdict = '10.04.2023')],
			['an impossible date', (f) => (f.case.verdict = '2023-02-29')],
			['an instant without an offset', (f) => (f.checkIns[0].at = '2023-04-28T11:30:00')],
			['a check-in without recordedAt', (f) => delete f.checkIns[1].recordedAt],
			['money in tenge with a fraction', (f) => (f.checkIns[2].amount = 40000.5)],
			['a deadline with both due and after', (f) => (f.rules[2].due = '2023-05-05')],
			['a banned category listed twice', (f) => f.rules[0].categories.push('civic')],
			['a blank title', (f) => (f.rules[1].title = '   ')],
			['a reminder that is not a duration', (f) => (f.rules[3].remind = ['3 days'])],
			['a lowercase currency', (f) => (f.rules[4].currency = 'kzt')],
			['a curfew day that is not a weekday', (f) => f.rules.push({ id: 'c', kind: 'curfew', title: 'Curfew', start: '22:00', end: '06:00', days: ['MON'] })]
		];
		for (const [what, breakIt] of broken) {
			const file = structuredClone(base);
			breakIt(file);
			expect(() => parseCaseFile(file), what).toThrow(CaseFileError);
			expect(validateAgainst(schema, file), what).not.toEqual([]);
		}
	});

	it('has patterns that agree with the app’s own checks', () => {
		const agree = (pattern: string, schema: v.GenericSchema<string>, samples: string[]) => {
			for (const sample of samples) expect(new RegExp(pattern, 'u').test(sample), sample).toBe(v.is(schema, sample));
		};
		agree(PATTERNS['instant.invalid'], instant, [
			'2024-03-05T10:15:00+05:00',
			'2024-03-05T10:15+05:00',
			'2024-03-05T10:15:00.123456789Z',
			'2024-03-05T10:15:00',
			'2024-03-05 10:15:00Z',
			'2024-03-05T24:00:00Z',
			'2024-03-05T10:15:00+5:00',
			'2024-03-05T10:15:00.1234567890Z'
		]);
		agree(PATTERNS['duration.invalid'], duration, ['P3D', 'PT1H', 'P1W', 'P1M2DT3H', 'P1Y', 'PT90M', 'P', 'PT', 'P1DT', '-P1D', 'P1.5D', 'p3d', 'P0D', 'PT0S']);
		agree(PATTERNS['time.invalid'], localTime, ['00:00', '09:00', '23:59', '24:00', '9:00', '12:60', '12:00:00']);
		agree(PATTERNS['text.empty'], title, ['a', ' a ', '', '   ', '\t\n', '\u00a0', '\ufeff']);
		// A pattern cannot know the calendar or the tz database: it may let more through, never less.
		const neverStricter = (pattern: string, schema: v.GenericSchema<string>, samples: string[]) => {
			for (const sample of samples) expect(new RegExp(pattern, 'u').test(sample) || !v.is(schema, sample), sample).toBe(true);
		};
		neverStricter(PATTERNS['date.invalid'], localDate, ['2023-04-10', '2024-02-29', '2023-02-29', '2023-4-10', '10.04.2023']);
		neverStricter(PATTERNS['timeZone.unknown'], timeZone, ['Asia/Almaty', 'UTC', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', '+05:00', 'Almaty', 'Asia/Nowhere']);
		expect(new RegExp(PATTERNS['timeZone.unknown']).test('+05:00')).toBe(false);
	});
});

describe('docs/case-file.md', () => {
	it('has a section on every rule kind and every check-in kind', () => {
		for (const kind of RULE_KIND_NAMES) expect(MARKDOWN, kind).toContain(`\n### \`${kind}\`\n`);
		for (const kind of CHECK_IN_KINDS) expect(MARKDOWN, kind).toContain(`\n**\`${kind}\`**`);
	});

	it('has whole-file examples that parseCaseFile accepts', () => {
		const examples = jsonBlocks('case-file');
		expect(examples.length).toBeGreaterThanOrEqual(3);
		for (const example of examples) expect(() => parseCaseFile(example)).not.toThrow();
	});

	it('has a valid rule example for every rule kind', () => {
		const kinds = new Set<string>();
		for (const example of jsonBlocks('rule')) {
			const { rule, issues } = validateRule(JSON.parse(example));
			expect(issues, example).toEqual([]);
			kinds.add(rule!.kind);
		}
		expect([...kinds].sort()).toEqual([...RULE_KIND_NAMES].sort());
	});

	it('has a valid check-in example for every check-in kind', () => {
		const kinds = new Set<string>();
		for (const example of jsonBlocks('check-in')) {
			const result = v.safeParse(checkInSchema, JSON.parse(example));
			expect(result.issues, example).toBeUndefined();
			if (result.success) kinds.add(result.output.kind);
		}
		expect([...kinds].sort()).toEqual([...CHECK_IN_KINDS].sort());
	});

	it('lists every issue code', () => {
		for (const code of Object.keys(issueMessages)) expect(MARKDOWN, code).toContain(`\`${code}\``);
	});

	it('shows the example case’s status as the engine computes it', () => {
		const shown = jsonBlocks(undefined)
			.map((block) => JSON.parse(block) as Record<string, unknown>)
			.find((block) => 'level' in block) as {
			level: string;
			rules: { ruleId: string; state: string; next?: { at: string } }[];
			alerts: unknown[];
		};
		const status = evaluate(parseCaseFile(EXAMPLE_TEXT), NOW);
		expect(MARKDOWN).toContain('Evaluated at `2026-11-23T12:00:00+05:00`');
		expect(shown.level).toBe(status.level);
		expect(shown.rules).toEqual(
			status.rules.map(({ ruleId, state, next }) => (next ? { ruleId, state, next: { at: next.at.toISOString() } } : { ruleId, state }))
		);
		expect(shown.alerts).toEqual(JSON.parse(JSON.stringify(status.alerts)));
	});

	it('has only valid JSON in its other examples', () => {
		const others = jsonBlocks(undefined);
		expect(others.length).toBeGreaterThan(0);
		for (const block of others) expect(() => JSON.parse(block), block).not.toThrow();
	});
});
