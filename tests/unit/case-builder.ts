/**
 * Builds small, valid case files for unit tests. Every file goes through `parseCaseFile`, so a
 * fixture that the app itself would refuse fails the test that builds it, loudly.
 *
 * Defaults: a case in Asia/Almaty, verdict 2023-04-10, in force 2023-04-25, sentence
 * 2023-04-25…2029-04-24. Rules get ids `r1`, `r2`… and a title; check-ins get ids `c1`, `c2`…
 * and are recorded when they happen (`recordedAt` = `at`) unless told otherwise.
 */
import { parseCaseFile } from '../../src/lib/domain/casefile';
import type { CaseFile, CaseInfo, CheckIn, Params, Rule, RuleStatus, CaseStatus, Translate } from '../../src/lib/domain/types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
// So that `as const` fixtures can be passed as they are.
type ReadonlyDeep<T> = T extends readonly (infer U)[] ? readonly ReadonlyDeep<U>[] : T extends object ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> } : T;

/** A rule without the fields the builder fills in (they may still be given). */
export type RuleInput = ReadonlyDeep<DistributiveOmit<Rule, 'id' | 'title'>> & { id?: string; title?: string };
/** A check-in without the fields the builder fills in (they may still be given). */
export type CheckInInput = ReadonlyDeep<DistributiveOmit<CheckIn, 'id' | 'recordedAt'>> & { id?: string; recordedAt?: string };

export const DEFAULT_CASE: CaseInfo = {
	id: 'case-1',
	title: 'Suspended sentence',
	timeZone: 'Asia/Almaty',
	verdict: '2023-04-10',
	inForce: '2023-04-25',
	sentence: { from: '2023-04-25', until: '2029-04-24' }
};

export class CaseBuilder {
	private info: CaseInfo;
	private readonly rules: Rule[] = [];
	private readonly checkIns: CheckIn[] = [];

	constructor(overrides: Partial<CaseInfo> = {}) {
		this.info = { ...DEFAULT_CASE, ...overrides };
	}

	/** Adds a rule and returns its id. */
	rule(input: RuleInput): string {
		const id = input.id ?? `r${this.rules.length + 1}`;
		this.rules.push({ title: `Rule ${id}`, ...input, id } as unknown as Rule);
		return id;
	}

	/** Adds a check-in and returns its id. */
	checkIn(input: CheckInInput): string {
		const id = input.id ?? `c${this.checkIns.length + 1}`;
		this.checkIns.push({ recordedAt: input.at, ...input, id } as unknown as CheckIn);
		return id;
	}

	/** The case file, validated; throws CaseFileError if it is not a valid file. */
	build(): CaseFile {
		return parseCaseFile(
			structuredClone({ format: 'clearday-case', version: 1, case: this.info, rules: this.rules, checkIns: this.checkIns })
		);
	}
}

/** A fresh builder (optionally overriding case fields such as `timeZone` or `sentence`). */
export function caseBuilder(overrides: Partial<CaseInfo> = {}): CaseBuilder {
	return new CaseBuilder(overrides);
}

/** The status of one rule in an evaluation; fails the test if the rule is missing. */
export function statusOf(status: CaseStatus, ruleId: string): RuleStatus {
	const rule = status.rules.find((r) => r.ruleId === ruleId);
	if (!rule) throw new Error(`no status for rule ${ruleId}`);
	return rule;
}

/** Alerts as `[severity, id, code]` triples, in the order the engine gave them. */
export function alertSummary(status: CaseStatus): [string, string, string][] {
	return status.alerts.map((alert) => [alert.severity, alert.id, alert.code]);
}

/** A translator that shows exactly which code and parameters it was asked for. */
export const t: Translate = (code: string, params?: Params) => code + JSON.stringify(params ?? {});

/** An instant; write it with an explicit offset. */
export function at(iso: string): Date {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) throw new Error(`bad instant ${iso}`);
	return date;
}
