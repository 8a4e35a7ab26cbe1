/**
 * Properties of the engine over generated valid case files (see arbitraries.ts): what must hold
 * for every case, every rule mix and every moment, not just for the examples in the rule tests.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile } from '../../src/lib/domain/casefile';
import { evaluate } from '../../src/lib/domain/evaluate';
import { upcoming } from '../../src/lib/domain/upcoming';
import { CaseFileError } from '../../src/lib/domain/issues';
import { Zone } from '../../src/lib/domain/time';
import type { Alert, CaseFile, CheckIn, Rule } from '../../src/lib/domain/types';
import { arbCaseFile, arbNow, dateOf, dayNumber, instantText } from './arbitraries';

const DAY_MS = 86_400_000;
const RUNS = 300;
/** Each property runs hundreds of cases: far more than vitest's 5 s default on a busy machine. */
const TIMEOUT_MS = 60_000;

const arbFileAt = arbCaseFile().chain((file) => arbNow(file).map((now) => ({ file, now })));

function withCheckIn(file: CaseFile, checkIn: CheckIn): CaseFile {
	return { ...file, checkIns: [...file.checkIns, checkIn] };
}

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;

function inOrder(a: Alert, b: Alert): boolean {
	const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
	if (bySeverity !== 0) return bySeverity < 0;
	const byTime = a.at.getTime() - b.at.getTime();
	if (byTime !== 0) return byTime < 0;
	return a.id <= b.id;
}

describe('generated case files', { timeout: TIMEOUT_MS }, () => {
	it('are all accepted by parseCaseFile exactly as generated, and survive a JSON round trip', () => {
		fc.assert(
			fc.property(arbCaseFile(), (file) => {
				const parsed = parseCaseFile(structuredClone(file));
				expect(parsed).toStrictEqual(file);
				expect(parseCaseFile(JSON.parse(JSON.stringify(parsed)))).toStrictEqual(parsed);
				expect(parseCaseFile(JSON.stringify(parsed))).toStrictEqual(parsed);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('evaluate', { timeout: TIMEOUT_MS }, () => {
	it('never throws on a valid file, whatever the moment, and answers for every rule at that moment', () => {
		fc.assert(
			fc.property(arbFileAt, ({ file, now }) => {
				const status = evaluate(file, now);
				expect(status.at.getTime()).toBe(now.getTime());
				expect(status.rules.map((rule) => rule.ruleId)).toEqual(file.rules.map((rule) => rule.id));
				const ruleIds = new Set(file.rules.map((rule) => rule.id));
				expect(status.alerts.filter((alert) => !ruleIds.has(alert.ruleId))).toEqual([]);
			}),
			{ numRuns: RUNS }
		);
	});

	it('sorts alerts by severity (critical, warning, info), then by time, then by id', () => {
		fc.assert(
			fc.property(arbFileAt, ({ file, now }) => {
				const { alerts } = evaluate(file, now);
				const misplaced = alerts.findIndex((alert, i) => i > 0 && !inOrder(alerts[i - 1]!, alert));
				expect(misplaced, misplaced > 0 ? `${alerts[misplaced - 1]!.id} before ${alerts[misplaced]!.id}` : '').toBe(-1);
			}),
			{ numRuns: RUNS }
		);
	});

	it('gives alert ids that are unique within one evaluation', () => {
		fc.assert(
			fc.property(arbFileAt, ({ file, now }) => {
				const ids = evaluate(file, now).alerts.map((alert) => alert.id);
				expect(new Set(ids).size).toBe(ids.length);
			}),
			{ numRuns: RUNS }
		);
	});

	it('gives the same answer twice, and the same alerts when rules and check-ins come in another order', () => {
		const arbShuffled = arbFileAt.chain(({ file, now }) =>
			fc
				.record({
					rules: fc.shuffledSubarray(file.rules, { minLength: file.rules.length }),
					checkIns: fc.shuffledSubarray(file.checkIns, { minLength: file.checkIns.length })
				})
				.map((shuffled) => ({ file, now, shuffled: { ...file, ...shuffled } }))
		);
		fc.assert(
			fc.property(arbShuffled, ({ file, now, shuffled }) => {
				const first = evaluate(file, now);
				expect(evaluate(file, now)).toStrictEqual(first);
				const reordered = evaluate(shuffled, now);
				expect(reordered.alerts.map((alert) => alert.id)).toEqual(first.alerts.map((alert) => alert.id));
				expect(reordered.alerts).toStrictEqual(first.alerts);
				const byRule = (status: typeof first) => Object.fromEntries(status.rules.map((rule) => [rule.ruleId, rule]));
				expect(byRule(reordered)).toStrictEqual(byRule(first));
				expect(reordered.level).toBe(first.level);
			}),
			{ numRuns: RUNS }
		);
	});

	it('reads simultaneous, contradictory permission decisions for a trip the same whatever their order in the file', () => {
		// Generated files rarely hold two decisions on one trip at one instant: add them on purpose.
		const arbTie = arbFileAt.chain(({ file, now }) => {
			const first = dayNumber(file.case.sentence.from);
			const last = dayNumber(file.case.sentence.until);
			return fc
				.record({
					tripDay: fc.integer({ min: first, max: last }),
					decidedBefore: fc.integer({ min: 1, max: 20 * DAY_MS }),
					recordedApart: fc.oneof(fc.constant(0), fc.integer({ min: -DAY_MS, max: DAY_MS })),
					noticeDays: fc.integer({ min: 0, max: 5 })
				})
				.map(({ tripDay, decidedBefore, recordedApart, noticeDays }) => {
					const decidedAt = tripDay * DAY_MS - decidedBefore;
					const movement = { id: 'tie-movement', kind: 'movement', title: 'Stay in Almaty', area: 'Almaty', permission: 'required', noticeDays } as const;
					const trip = { id: 'tie-trip', kind: 'trip', ruleId: movement.id, from: dateOf(tripDay), to: dateOf(tripDay + 2), destination: 'Astana', outsideArea: true } as const;
					const decision = (id: string, granted: boolean, recordedMs: number) =>
						({ id, kind: 'permission', trip: trip.id, granted, at: instantText(decidedAt, 360), recordedAt: instantText(Math.max(decidedAt, recordedMs), 0) }) as const;
					const checkIns: CheckIn[] = [
						{ ...trip, at: instantText(decidedAt - DAY_MS, 0), recordedAt: instantText(decidedAt - DAY_MS, 0) },
						decision('tie-granted', true, decidedAt + Math.max(0, recordedApart)),
						decision('tie-refused', false, decidedAt + Math.max(0, -recordedApart))
					];
					const withTie = parseCaseFile({ ...file, rules: [...file.rules, movement], checkIns: [...file.checkIns, ...checkIns] });
					const reversed = { ...withTie, checkIns: [...file.checkIns, checkIns[0]!, checkIns[2]!, checkIns[1]!] };
					return { file: withTie, reversed, now };
				});
		});
		fc.assert(
			fc.property(arbTie, ({ file, reversed, now }) => {
				const status = evaluate(file, now);
				const other = evaluate(reversed, now);
				expect(other.alerts).toStrictEqual(status.alerts);
				expect(other.rules).toStrictEqual(status.rules);
			}),
			{ numRuns: 100 }
		);
	});

	it('is at-risk exactly when a rule is at breach risk, and needs attention exactly when none is but one is due soon', () => {
		fc.assert(
			fc.property(arbFileAt, ({ file, now }) => {
				const { level, rules } = evaluate(file, now);
				const breach = rules.some((rule) => rule.state === 'breach-risk');
				const dueSoon = rules.some((rule) => rule.state === 'due-soon');
				expect(level).toBe(breach ? 'at-risk' : dueSoon ? 'attention' : 'ok');
			}),
			{ numRuns: RUNS }
		);
	});

	it('never reports a new missed reporting day when a report is added', () => {
		let metAnOccurrence = 0;
		const arbCase = arbCaseFile()
			.filter((file) => file.rules.some((rule) => rule.kind === 'reporting'))
			.chain((file) => {
				const reporting = file.rules.filter((rule) => rule.kind === 'reporting');
				return fc.record({ file: fc.constant(file), rule: fc.constantFrom(...reporting), now: arbNow(file) }).chain(({ file, rule, now }) => {
					// Most reports are made on a reporting day, just before its deadline; some on any day.
					const deadlines = upcoming(file, new Date(now.getTime() - 400 * DAY_MS), now).filter((deadline) => deadline.ruleId === rule.id);
					const anyDay = fc.integer({ min: now.getTime() - 400 * DAY_MS, max: now.getTime() });
					const reportAt =
						deadlines.length === 0
							? anyDay
							: fc.oneof(
									anyDay,
									fc.tuple(fc.constantFrom(...deadlines), fc.integer({ min: 0, max: 6 * 3_600_000 })).map(([deadline, before]) => deadline.at.getTime() - before)
								);
					return reportAt.map((at) => ({ file, rule, now, at }));
				});
			});
		fc.assert(
			fc.property(arbCase, ({ file, rule, now, at }) => {
				const missed = (f: CaseFile) => new Set(evaluate(f, now).alerts.filter((alert) => alert.code === 'reporting.missed').map((alert) => alert.id));
				const report = { id: 'added-report', kind: 'report', ruleId: rule.id, at: instantText(at, 300), recordedAt: instantText(now.getTime(), 0) } as const;
				const after = parseCaseFile(withCheckIn(file, report));
				const missedBefore = missed(file);
				const missedAfter = missed(after);
				expect([...missedAfter].filter((id) => !missedBefore.has(id))).toEqual([]);
				if (missedAfter.size < missedBefore.size) metAnOccurrence++;
			}),
			{ numRuns: 200 }
		);
		// The property is only worth something if the added reports did meet occurrences.
		expect(metAnOccurrence).toBeGreaterThan(10);
	});

	it('counts a payment rule paid in full (one payment of the whole schedule) as done, or ended, never at risk', () => {
		const arbCase = arbCaseFile()
			.filter((file) => file.rules.some((rule) => rule.kind === 'payment'))
			.chain((file) =>
				fc.record({
					file: fc.constant(file),
					rule: fc.constantFrom(...file.rules.filter((rule): rule is Extract<Rule, { kind: 'payment' }> => rule.kind === 'payment')),
					now: arbNow(file),
					before: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 800 * DAY_MS }))
				})
			);
		fc.assert(
			fc.property(arbCase, ({ file, rule, now, before }) => {
				const total = rule.schedule.reduce((sum, item) => sum + item.amount, 0);
				const at = instantText(now.getTime() - before, 360);
				const paid = parseCaseFile(withCheckIn(file, { id: 'paid-in-full', kind: 'payment', ruleId: rule.id, amount: total, currency: rule.currency, at, recordedAt: at }));
				const status = evaluate(paid, now);
				const state = status.rules.find((r) => r.ruleId === rule.id)!.state;
				const zone = Zone.of(file.case.timeZone);
				const start = zone.startOfDay(dayNumber(rule.from ?? file.case.sentence.from));
				const end = zone.endOfDay(dayNumber(rule.until ?? file.case.sentence.until));
				expect(state).toBe(now.getTime() < start ? 'inactive' : now.getTime() > end ? 'ended' : 'done');
				expect(status.alerts.filter((alert) => alert.ruleId === rule.id)).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('upcoming', { timeout: TIMEOUT_MS }, () => {
	const arbWindows = arbCaseFile().chain((file) =>
		fc.tuple(arbNow(file), arbNow(file), arbNow(file)).map((moments) => {
			const [a, b, c] = moments.map((moment) => moment.getTime()).sort((x, y) => x - y) as [number, number, number];
			return { file, a, b, c };
		})
	);

	it('lists deadlines by time, each within [from, to], each once', () => {
		fc.assert(
			fc.property(arbWindows, ({ file, a, c }) => {
				const deadlines = upcoming(file, new Date(a), new Date(c));
				expect(deadlines.filter((deadline) => deadline.at.getTime() < a || deadline.at.getTime() > c)).toEqual([]);
				expect(deadlines.findIndex((deadline, i) => i > 0 && deadlines[i - 1]!.at.getTime() > deadline.at.getTime())).toBe(-1);
				expect(new Set(deadlines.map((deadline) => deadline.id)).size).toBe(deadlines.length);
			}),
			{ numRuns: RUNS }
		);
	});

	it('over [a, c] is [a, b] followed by (b, c]: nothing lost or repeated at the seam', () => {
		fc.assert(
			fc.property(arbWindows, ({ file, a, b, c }) => {
				const whole = upcoming(file, new Date(a), new Date(c));
				const parts = [...upcoming(file, new Date(a), new Date(b)), ...upcoming(file, new Date(b + 1), new Date(c))];
				expect(parts).toStrictEqual(whole);
			}),
			{ numRuns: RUNS }
		);
	});
});

// ---------------------------------------------------------------------------------------------
// parseCaseFile against damaged files

type Segment = string | number;
type Json = unknown;

/** Only JSON's own objects are walked into (not a boxed string, a Date or a Map that a damage put there). */
function isPlainObject(value: unknown): value is Record<string, Json> {
	if (typeof value !== 'object' || value === null) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

/** Every value in a JSON tree with its path (the root has the empty path). */
function slots(value: Json, path: Segment[] = [], into: { path: Segment[]; value: Json }[] = []) {
	into.push({ path, value });
	if (Array.isArray(value)) value.forEach((item, index) => slots(item, [...path, index], into));
	else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) slots(item, [...path, key], into);
	return into;
}

function parentOf(root: Json, path: Segment[]): Record<string | number, Json> {
	let node = root as Record<string | number, Json>;
	for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
	return node;
}

/** A path as CaseFileIssue writes it: `rules[2].schedule[0].due`. */
function pathText(path: Segment[]): string {
	return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

const FREE_TEXT = new Set(['title', 'notes', 'note', 'description', 'destination', 'name', 'phone', 'address', 'hours', 'place', 'payee', 'area', 'what']);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T/;

/** A damage to a valid file, and what parseCaseFile must say about it (when that is certain). */
interface Damage {
	/** The items it changes or relies on (`case`, `rules[2]`, `checkIns[5]`): damages to one item can hide each other. */
	touches: string[];
	apply(root: Json): void;
	expected?: { path: string; code: string };
}

type DamageSpec =
	| { op: 'badDate'; pick: number }
	| { op: 'duplicateId'; list: 'rules' | 'checkIns'; pick: number; pick2: number }
	| { op: 'danglingRuleId'; pick: number }
	| { op: 'unknownKind'; list: 'rules' | 'checkIns'; pick: number }
	| { op: 'unknownField'; pick: number }
	| { op: 'deleteKey'; pick: number }
	| { op: 'replace'; pick: number; value: Json }
	| { op: 'changeKind'; list: 'rules' | 'checkIns'; pick: number; kind: string };

/** Touched by a damage that stops the parse at the envelope, which hides every other problem. */
const EVERYTHING = '*';
const itemOf = (path: Segment[]) => (path[0] === 'case' ? 'case' : pathText(path.slice(0, 2)));

/** The damage a spec describes in this file, or undefined when the file has nothing it applies to. */
function damage(root: Json, spec: DamageSpec): Damage | undefined {
	const file = root as { rules: { id: string }[]; checkIns: { id: string; ruleId?: string }[] };
	// An earlier damage may have removed a list or replaced an item by a non-object: nothing to do then.
	const list = 'list' in spec ? file[spec.list] : spec.op === 'danglingRuleId' ? file.checkIns : [];
	if (!Array.isArray(list) || !list.every(isPlainObject)) return undefined;
	const all = slots(root);
	switch (spec.op) {
		case 'badDate': {
			// A local date, or the date part of an instant, that no calendar has.
			const dates = all.filter(({ path, value }) => typeof value === 'string' && (DATE_RE.test(value) || INSTANT_RE.test(value)) && !FREE_TEXT.has(String(path.at(-1))));
			const slot = dates[spec.pick % Math.max(1, dates.length)];
			if (!slot) return undefined;
			const isDate = DATE_RE.test(slot.value as string);
			return {
				touches: [itemOf(slot.path)],
				apply: (target) => {
					parentOf(target, slot.path)[slot.path.at(-1)!] = `2023-02-30${(slot.value as string).slice(10)}`;
				},
				expected: { path: pathText(slot.path), code: isDate ? 'date.invalid' : 'instant.invalid' }
			};
		}
		case 'duplicateId': {
			const items = file[spec.list];
			if (items.length < 2) return undefined;
			const i = spec.pick % items.length;
			const j = (i + 1 + (spec.pick2 % (items.length - 1))) % items.length;
			const [first, second] = i < j ? [i, j] : [j, i];
			return {
				touches: [`${spec.list}[${first}]`, `${spec.list}[${second}]`],
				apply: (target) => {
					const list = (target as typeof file)[spec.list];
					list[second]!.id = list[first]!.id;
				},
				expected: { path: `${spec.list}[${second}].id`, code: 'id.duplicate' }
			};
		}
		case 'danglingRuleId': {
			if (file.checkIns.length === 0) return undefined;
			const i = spec.pick % file.checkIns.length;
			return {
				touches: [`checkIns[${i}]`],
				apply: (target) => {
					(target as typeof file).checkIns[i]!.ruleId = 'no-such-rule';
				},
				expected: { path: `checkIns[${i}].ruleId`, code: 'checkIn.ruleMissing' }
			};
		}
		case 'unknownKind': {
			const items = file[spec.list] as unknown[];
			if (items.length === 0) return undefined;
			const i = spec.pick % items.length;
			return {
				touches: [`${spec.list}[${i}]`],
				apply: (target) => {
					((target as typeof file)[spec.list][i] as { kind?: string }).kind = 'séance';
				},
				expected: { path: `${spec.list}[${i}].kind`, code: spec.list === 'rules' ? 'rule.kindUnknown' : 'checkIn.kind' }
			};
		}
		case 'unknownField': {
			const objects = all.filter(({ value }) => isPlainObject(value));
			const slot = objects[spec.pick % objects.length]!;
			// An unknown top-level field stops the parse at the envelope; anywhere else it is one problem among others.
			return {
				touches: slot.path.length === 0 ? [EVERYTHING] : [itemOf(slot.path)],
				apply: (target) => {
					const object = (slot.path.length === 0 ? target : parentOf(target, slot.path)[slot.path.at(-1)!]) as Record<string, Json>;
					object.colour = 'blue';
				},
				expected: { path: pathText([...slot.path, 'colour']), code: 'key.unknown' }
			};
		}
		case 'deleteKey': {
			const keyed = all.filter(({ path }) => path.length > 0);
			const slot = keyed[spec.pick % keyed.length]!;
			return {
				touches: [itemOf(slot.path)],
				apply: (target) => {
					const parent = parentOf(target, slot.path);
					if (Array.isArray(parent)) parent.splice(slot.path.at(-1) as number, 1);
					else delete parent[slot.path.at(-1)!];
				}
			};
		}
		case 'replace': {
			const slot = all[spec.pick % all.length]!;
			return {
				touches: [itemOf(slot.path)],
				apply: (target) => {
					if (slot.path.length > 0) parentOf(target, slot.path)[slot.path.at(-1)!] = spec.value;
				}
			};
		}
		case 'changeKind': {
			const items = file[spec.list] as unknown[];
			if (items.length === 0) return undefined;
			const i = spec.pick % items.length;
			return {
				touches: [`${spec.list}[${i}]`],
				apply: (target) => {
					((target as typeof file)[spec.list][i] as { kind?: string }).kind = spec.kind;
				}
			};
		}
	}
}

const arbList = fc.constantFrom('rules' as const, 'checkIns' as const);
const arbAnything = fc.anything({
	withNullPrototype: true,
	withBoxedValues: true,
	withSparseArray: true,
	withBigInt: true,
	withDate: true,
	withMap: true,
	withSet: true,
	withObjectString: true
});
const KINDS = ['reporting', 'payment', 'deadline', 'activity-ban', 'movement', 'curfew', 'notify-change', 'report', 'excuse', 'payment', 'done', 'activity', 'trip', 'permission', 'notified', 'change', 'location', 'note', '', 'Report', '__proto__', 'toString'];

/** Damages whose issue is certain. */
const arbCertainDamage: fc.Arbitrary<DamageSpec> = fc.oneof(
	fc.record({ op: fc.constant('badDate' as const), pick: fc.nat() }),
	fc.record({ op: fc.constant('duplicateId' as const), list: arbList, pick: fc.nat(), pick2: fc.nat() }),
	fc.record({ op: fc.constant('danglingRuleId' as const), pick: fc.nat() }),
	fc.record({ op: fc.constant('unknownKind' as const), list: arbList, pick: fc.nat() }),
	fc.record({ op: fc.constant('unknownField' as const), pick: fc.nat() })
);

const arbAnyDamage: fc.Arbitrary<DamageSpec> = fc.oneof(
	arbCertainDamage,
	fc.record({ op: fc.constant('deleteKey' as const), pick: fc.nat() }),
	fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: fc.oneof(fc.constantFrom(42, '42', null, true, [], {}, -1, 1.5, '', '2024-01-01'), arbAnything) }),
	fc.record({ op: fc.constant('changeKind' as const), list: arbList, pick: fc.nat(), kind: fc.constantFrom(...KINDS) })
);

/** Applies specs in order, skipping any that would touch an item an earlier one touched. */
function damaged(file: CaseFile, specs: DamageSpec[]): { input: Json; expected: { path: string; code: string }[] } {
	const root = JSON.parse(JSON.stringify(file)) as Json;
	const touched = new Set<string>();
	const expected: { path: string; code: string }[] = [];
	for (const spec of specs) {
		const change = damage(root, spec);
		if (!change || change.touches.some((item) => touched.has(item) || touched.has(EVERYTHING) || (item === EVERYTHING && touched.size > 0))) continue;
		for (const item of change.touches) touched.add(item);
		change.apply(root);
		if (change.expected) expected.push(change.expected);
	}
	return { input: root, expected };
}

/** parseCaseFile's outcome: a file that is valid (it parses again to itself) or a CaseFileError that says why. */
function outcome(input: Json): { file: CaseFile } | { error: CaseFileError } {
	let file: CaseFile;
	try {
		file = parseCaseFile(input);
	} catch (error) {
		expect(error).toBeInstanceOf(CaseFileError);
		const { issues } = error as CaseFileError;
		expect(issues.length).toBeGreaterThan(0);
		for (const issue of issues) {
			expect(typeof issue.path).toBe('string');
			expect(issue.code).toMatch(/^[a-z][\w-]*(?:\.[\w-]+)+$/);
			expect(typeof issue.message).toBe('string');
			expect(issue.message.length).toBeGreaterThan(0);
			// A code the catalog lacks would reach the person as a bare code.
			expect(issue.message).not.toBe(issue.code);
		}
		return { error: error as CaseFileError };
	}
	// Compared as JSON: a damage may leave -0 or an explicit undefined, which JSON cannot keep.
	expect(JSON.stringify(parseCaseFile(JSON.parse(JSON.stringify(file))))).toBe(JSON.stringify(file));
	return { file };
}

describe('parseCaseFile on damaged input', { timeout: TIMEOUT_MS }, () => {
	it('reports each certain damage at its path, all of them together', () => {
		fc.assert(
			fc.property(arbCaseFile(), fc.array(arbCertainDamage, { minLength: 1, maxLength: 4 }), (file, specs) => {
				const { input, expected } = damaged(file, specs);
				fc.pre(expected.length > 0);
				const result = outcome(input);
				expect('error' in result).toBe(true);
				if (!('error' in result)) return;
				const found = result.error.issues.map((issue) => ({ path: issue.path, code: issue.code }));
				for (const issue of expected) expect(found).toContainEqual(issue);
			}),
			{ numRuns: RUNS }
		);
	});

	it('returns a valid file or throws CaseFileError listing issues, never anything else, whatever the damage', () => {
		fc.assert(
			fc.property(arbCaseFile(), fc.array(arbAnyDamage, { minLength: 1, maxLength: 3 }), (file, specs) => {
				outcome(damaged(file, specs).input);
			}),
			{ numRuns: RUNS }
		);
	});

	it('says json.invalid for the text of a valid file cut short', () => {
		fc.assert(
			fc.property(arbCaseFile(), fc.nat(), (file, cut) => {
				const text = JSON.stringify(file);
				const result = outcome(text.slice(0, cut % text.length));
				expect('error' in result && result.error.issues.map((issue) => issue.code)).toEqual(['json.invalid']);
			}),
			{ numRuns: 100 }
		);
	});

	it('copes with any value at all, and with any JSON text', () => {
		fc.assert(
			fc.property(fc.oneof(arbAnything, fc.json(), fc.jsonValue().map((value) => ({ format: 'clearday-case', version: 1, case: value, rules: [value], checkIns: [value] }))), (input) => {
				outcome(input);
			}),
			{ numRuns: 500 }
		);
	});
});
