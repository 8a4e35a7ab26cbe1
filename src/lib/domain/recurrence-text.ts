/**
 * A recurrence in words, as a message code and parameters for the catalog: the shapes the
 * schedule builder writes get their own sentence; anything else falls back to the rule text.
 */
import { WEEKDAY_CODES, type Recurrence } from './rrule';
import { civilFromDay, formatLocalDate, weekdayOf, type Day } from './time';
import type { Message } from './types';

export function describeRecurrence(rule: Recurrence, start: Day, text = ''): Message {
	const common = {
		interval: rule.interval,
		count: rule.count ?? 0,
		until: rule.until !== undefined ? formatLocalDate(rule.until) : ''
	};
	const plain = !rule.bySetPos && !rule.byMonth;
	if (rule.freq === 'DAILY' && plain && !rule.byDay && !rule.byMonthDay) {
		return { code: 'schedule.daily', params: common };
	}
	if (rule.freq === 'WEEKLY' && plain) {
		const days = rule.byDay ? rule.byDay.map((d) => WEEKDAY_CODES[d.weekday]!) : [WEEKDAY_CODES[weekdayOf(start)]!];
		return { code: 'schedule.weekly', params: { ...common, days } };
	}
	if (rule.freq === 'MONTHLY' && plain && !rule.byDay) {
		const days = (rule.byMonthDay ?? [civilFromDay(start).day]).map(String);
		return { code: 'schedule.monthlyOnDays', params: { ...common, days } };
	}
	if (rule.freq === 'MONTHLY' && plain && !rule.byMonthDay && rule.byDay?.every((d) => d.nth !== undefined)) {
		const days = rule.byDay.map((d) => `${d.nth}${WEEKDAY_CODES[d.weekday]}`);
		return { code: 'schedule.monthlyOnWeekdays', params: { ...common, days } };
	}
	if (rule.freq === 'YEARLY' && plain && !rule.byDay && !rule.byMonthDay) {
		return { code: 'schedule.yearly', params: { ...common, date: formatLocalDate(start).slice(5) } };
	}
	return { code: 'schedule.custom', params: { ...common, rule: text } };
}
