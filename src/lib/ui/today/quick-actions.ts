/**
 * The one-tap action a condition card offers, where one fits: record what the person just did,
 * or open the right check-in form already pointed at the condition.
 */
import type { Rule, RuleStatus } from '$lib/domain';
import type { MessageKey } from '$lib/i18n';
import { i18n } from '$lib/app/i18n.svelte';

export type QuickAction =
	| { label: MessageKey; record: 'report' | 'done' }
	| { label: MessageKey; href: string };

export function quickAction(rule: Rule, status: RuleStatus, now: Date): QuickAction | undefined {
	if (status.state === 'inactive' || status.state === 'ended') return undefined;
	const rule_ = encodeURIComponent(rule.id);
	switch (rule.kind) {
		case 'reporting':
			// Only on a reporting day: a report on another day meets nothing.
			return status.next && i18n.format.daysFrom(status.next.at, now) === 0 ? { label: 'action.reportedToday', record: 'report' } : undefined;
		case 'payment':
			return status.state === 'done' ? undefined : { label: 'action.recordPayment', href: `/checkin?kind=payment&rule=${rule_}` };
		case 'deadline':
			return status.state === 'done' ? undefined : { label: 'action.markDone', record: 'done' };
		case 'activity-ban':
			return { label: 'action.checkActivity', href: '/can-i' };
		case 'movement':
			return rule.permission === 'forbidden' ? undefined : { label: 'action.planTrip', href: `/checkin?kind=trip&rule=${rule_}` };
		case 'notify-change':
			return { label: 'action.recordChange', href: `/checkin?kind=change&rule=${rule_}` };
		default:
			return undefined;
	}
}
