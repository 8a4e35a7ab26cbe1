/**
 * Which alerts become system notifications, and what the app badge counts. Pure: the browser
 * calls live in notifier.ts.
 *
 * - Only warnings and criticals notify (an info reminder is on the Today screen, not in the
 *   notification shade), each alert id at most once (`notifiedAt` in the alert states, and the
 *   ids this session already sent), never one the person hid (`dismissedAt`).
 * - Never a flood: when more than MAX_SEPARATE are new at once (the first run after turning
 *   notifications on, say), the first ones (most severe, then soonest: the engine's order) get a
 *   notification each and the rest one summary notification. All of them count as notified.
 * - The badge counts the open warnings and criticals, notified or not: what the Today screen
 *   shows (a warning the person hid is not counted; a critical cannot be hidden there).
 */
import type { Alert, Message } from '$lib/domain';

/** The alert states this logic reads (a subset of storage's AlertStateRecord). */
export interface AlertMarks {
	dismissedAt?: string;
	notifiedAt?: string;
}

export const MAX_SEPARATE = 3;

/** The tag of the summary notification (one at a time: a newer summary replaces it). */
export const SUMMARY_TAG = 'clearday-more-alerts';

export function isUrgent(alert: Alert): boolean {
	return alert.severity === 'warning' || alert.severity === 'critical';
}

export interface NotificationPlan {
	/** One notification each, in this order. */
	separate: Alert[];
	/** Covered by one summary notification. */
	summarised: Alert[];
}

/** The alerts to notify now, given what was notified or hidden before. */
export function planNotifications(
	alerts: readonly Alert[],
	states: ReadonlyMap<string, AlertMarks>,
	sentThisSession: ReadonlySet<string> = new Set(),
	maxSeparate = MAX_SEPARATE
): NotificationPlan {
	const fresh = alerts.filter((alert) => {
		if (!isUrgent(alert) || sentThisSession.has(alert.id)) return false;
		const state = states.get(alert.id);
		return !state?.notifiedAt && !state?.dismissedAt;
	});
	if (fresh.length <= maxSeparate) return { separate: fresh, summarised: [] };
	return { separate: fresh.slice(0, maxSeparate), summarised: fresh.slice(maxSeparate) };
}

/** What a system notification shows; `tag` makes the OS replace rather than stack a repeat. */
export interface NotificationContent {
	title: string;
	body: string;
	tag: string;
}

type Say = (message: Message) => string;

/** An alert as a notification: the rule's title, the alert's sentence, the alert id as tag. */
export function notificationOf(alert: Alert, ruleTitles: ReadonlyMap<string, string>, say: Say): NotificationContent {
	return { title: ruleTitles.get(alert.ruleId) ?? say({ code: 'app.name', params: {} }), body: say(alert), tag: alert.id };
}

/** Every notification of a plan, the summary last. */
export function notificationsOf(plan: NotificationPlan, ruleTitles: ReadonlyMap<string, string>, say: Say): NotificationContent[] {
	const contents = plan.separate.map((alert) => notificationOf(alert, ruleTitles, say));
	if (plan.summarised.length > 0) {
		contents.push({
			title: say({ code: 'notify.more', params: { count: plan.summarised.length } }),
			body: say({ code: 'notify.moreBody', params: {} }),
			tag: SUMMARY_TAG
		});
	}
	return contents;
}
