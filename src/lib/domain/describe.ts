/**
 * Each rule in words: one human sentence per rule, in the language of `t` (the catalog's
 * describe.ts). Apart from the rule kinds' engine (registry.ts) so that the dashboard, which
 * never shows it, does not load it: the conditions, the editor and the report do.
 */
import type { RuleDescriber } from './kind';
import type { Rule, RuleKindName, RuleOfKind } from './registry';
import type { Translate } from './types';
import { describeRecurrence } from './recurrence-text';
import { recurrenceOf } from './rules/reporting';
import { parseLocalDate } from './time';

export const describers: { readonly [K in RuleKindName]: RuleDescriber<RuleOfKind<K>> } = {
	reporting(rule, t) {
		const schedule = describeRecurrence(recurrenceOf(rule), parseLocalDate(rule.start), rule.rrule);
		return t('reporting.describe', {
			title: rule.title,
			schedule: t(schedule.code, schedule.params),
			place: rule.place ?? '',
			from: rule.window?.from ?? '',
			to: rule.window?.to ?? ''
		});
	},

	payment(rule, t) {
		const total = rule.schedule.reduce((sum, item) => sum + item.amount, 0);
		return t('payment.describe', {
			title: rule.title,
			total,
			currency: rule.currency,
			count: rule.schedule.length,
			payee: rule.payee ?? ''
		});
	},

	deadline(rule, t) {
		const params = { title: rule.title, what: rule.what, time: rule.time ?? '' };
		if (rule.after?.calendar === 'working') return t(`deadline.describe.afterWorking.${rule.after.anchor}`, { ...params, days: rule.after.days });
		if (rule.after) return t(`deadline.describe.after.${rule.after.anchor}`, { ...params, days: rule.after.days });
		return t('deadline.describe.on', { ...params, date: rule.due ?? '' });
	},

	'activity-ban'(rule, t) {
		const categories = rule.categories.map((category) => t(`category.${category}`));
		return t('activity-ban.describe', { title: rule.title, categories });
	},

	movement(rule, t) {
		return t(`movement.describe.${rule.permission}`, { title: rule.title, area: rule.area, noticeDays: rule.noticeDays ?? 0 });
	},

	curfew(rule, t) {
		const days = (rule.days ?? []).map((day) => t(`weekday.${day}`));
		return t(rule.days ? 'curfew.describe.days' : 'curfew.describe', { title: rule.title, start: rule.start, end: rule.end, days });
	},

	'notify-change'(rule, t) {
		const changes = rule.changes.map((change) => t(`change.${change}`));
		return t('notify-change.describe', { title: rule.title, changes, withinDays: rule.withinDays });
	}
};

/** One human sentence about the rule, in the language of `t`. */
export function describeRule(rule: Rule, t: Translate): string {
	return (describers[rule.kind] as RuleDescriber<Rule>)(rule, t);
}
