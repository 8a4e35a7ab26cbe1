import { describe, expect, it } from 'vitest';
import { RULE_KIND_NAMES } from '$lib/domain/registry';
import { BAN_CATEGORIES, CHANGE_KINDS } from '$lib/domain/checkins';
import { englishMessages } from '$lib/i18n';
import { en, SCREENS } from '$lib/i18n/en/all';
import { ORDINALS, SCHEDULE_MODES } from './recurrence-builder';
import { CURFEW_LEAD_CHOICES, LEAD_CHOICES, leadMessage } from './reminders';

const BROKEN = /undefined|NaN|\[object|Invalid Date/;
const { t } = englishMessages('Asia/Almaty', SCREENS);

/** Codes the conditions screens build at run time (`conditions.kind.${kind}`…), each with sample parameters. */
const built: [string, Record<string, string | number>][] = [
	...RULE_KIND_NAMES.flatMap((kind) => [`conditions.kind.${kind}`, `conditions.kind.${kind}.explain`, `conditions.defaultTitle.${kind}`].map((code) => [code, {}] as [string, {}])),
	...BAN_CATEGORIES.map((category) => [`conditions.category.${category}`, {}] as [string, {}]),
	...CHANGE_KINDS.map((change) => [`conditions.change.${change}`, {}] as [string, {}]),
	...['required', 'notice', 'forbidden'].flatMap((permission) => [`conditions.permission.${permission}`, `conditions.permission.${permission}.hint`].map((code) => [code, {}] as [string, {}])),
	...SCHEDULE_MODES.map((mode) => [`conditions.schedule.${mode}`, {}] as [string, {}]),
	...ORDINALS.map((nth) => [`conditions.schedule.nth.${nth}`, {}] as [string, {}]),
	...['P2W', 'PT90M', 'P1M', ...LEAD_CHOICES, ...CURFEW_LEAD_CHOICES].map((lead) => {
		const message = leadMessage(lead);
		return [message.code, message.params] as [string, Record<string, string | number>];
	}),
	...['empty', 'invalid', 'decimals', 'zero', 'tooLarge'].map((problem) => [`issue.conditions.amount.${problem}`, {}] as [string, {}]),
	['issue.conditions.number', {}],
	['issue.conditions.schedule.weekdays', {}],
	['issue.conditions.schedule.interval', {}],
	['issue.conditions.endBeforeStart', { from: '2023-04-25' }],
	['issue.conditions.endAfterEnd', { until: '2029-04-24' }]
];

describe('the conditions catalog', () => {
	it('has every code the screens build at run time, as whole sentences', () => {
		for (const [code, params] of built) {
			expect(en, code).toHaveProperty([code]);
			expect(t(code, params), code).not.toMatch(BROKEN);
		}
	});

	it('says lead times and dates in words', () => {
		expect(t('conditions.remind.days', { count: 1 })).toBe('1 day before');
		expect(t('conditions.remind.hours', { count: 3 })).toBe('3 hours before');
		expect(t('conditions.period.between', { from: '2024-01-01', until: '2028-12-31' })).toBe('From 1 Jan 2024 to 31 Dec 2028');
		expect(t('conditions.schedule.total', { total: 40_000_000, currency: 'KZT', count: 10 })).toBe('Total: ₸400,000 in 10 payments.');
		expect(t('conditions.remind.hint', { usual: ['3 days before', '1 day before'] })).toBe('Leave all unchecked for the usual reminders: 3 days before and 1 day before.');
	});
});
