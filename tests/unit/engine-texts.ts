/**
 * Everything the engine makes the UI say about a case at a moment, rendered with `t`: the level,
 * each alert and its severity, each rule's state, summary and next label, the labels of the
 * deadlines 40 days either side, and each condition in words. The catalog tests of every
 * language render these for generated cases and check that each code asked for exists.
 */
import { evaluate, upcoming, type CaseFile, type Translate } from '../../src/lib/domain';
import { describeRule } from '../../src/lib/domain/describe';

const AROUND_MS = 40 * 86_400_000;

export function engineTexts(file: CaseFile, now: Date, t: Translate): string[] {
	const status = evaluate(file, now);
	return [
		t(`level.${status.level}`),
		...status.alerts.flatMap((alert) => [t(alert.code, alert.params), t(`severity.${alert.severity}`)]),
		...status.rules.flatMap((rule) => [
			t(`state.${rule.state}`),
			t(rule.summary.code, rule.summary.params),
			...(rule.next ? [t(rule.next.label.code, rule.next.label.params)] : [])
		]),
		...upcoming(file, new Date(now.getTime() - AROUND_MS), new Date(now.getTime() + AROUND_MS)).map((d) => t(d.label.code, d.label.params)),
		...file.rules.map((rule) => describeRule(rule, t))
	];
}
