import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '$lib/domain';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { endEarlyIssues } from './end-early';

const demo = parseCaseFile(example);
const rule = (id: string) => demo.rules.find((item) => item.id === id)!;
const codes = (ruleId: string, until: string) => endEarlyIssues(rule(ruleId), demo, until).map((issue) => [issue.path, issue.code]);

describe('ending a condition early', () => {
	it('accepts a last day within the condition’s period', () => {
		expect(codes('rule-activity-ban', '2026-12-31')).toEqual([]);
		expect(codes('rule-activity-ban', '2023-04-25')).toEqual([]);
		expect(codes('rule-activity-ban', '2029-04-24')).toEqual([]);
	});

	it('needs a real day, not before it starts nor after it ends', () => {
		expect(codes('rule-movement', '')).toEqual([['until', 'value.required']]);
		expect(codes('rule-movement', '2026-02-30')).toEqual([['until', 'date.invalid']]);
		expect(codes('rule-movement', '2023-04-24')).toEqual([['until', 'conditions.endBeforeStart']]);
		expect(codes('rule-movement', '2029-04-25')).toEqual([['until', 'conditions.endAfterEnd']]);
		const ended = { ...rule('rule-movement'), from: '2024-01-01', until: '2025-01-01' };
		expect(endEarlyIssues(ended, demo, '2023-12-31').map((issue) => issue.code)).toEqual(['conditions.endBeforeStart']);
		expect(endEarlyIssues(ended, demo, '2025-01-02').map((issue) => issue.code)).toEqual(['conditions.endAfterEnd']);
	});

	it('passes on what the engine says, such as instalments left after the end', () => {
		expect(codes('rule-fine', '2026-12-31')).toEqual([
			['schedule[7].due', 'payment.dueOutsidePeriod'],
			['schedule[8].due', 'payment.dueOutsidePeriod'],
			['schedule[9].due', 'payment.dueOutsidePeriod']
		]);
		expect(codes('rule-reporting', '2026-06-01')).toEqual([['start', 'reporting.startAfterPeriod']]);
	});
});
