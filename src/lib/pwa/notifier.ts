/**
 * The browser side of notifications and the app badge: thin calls around the decisions in
 * notify.ts. Every call is safe where the API is missing (it does nothing).
 */
import { activeCase } from '$lib/app/case.svelte';
import { clock } from '$lib/app/clock.svelte';
import { appDb } from '$lib/app/db';
import { i18n } from '$lib/app/i18n.svelte';
import { markNotified, readAlertStates } from '$lib/storage/alert-states';
import { readSettings } from '$lib/storage/settings';
import { lock } from '$lib/i18n/en/lock';
import { notificationsOf, planNotifications, SUMMARY_TAG, type NotificationContent } from './notify';

i18n.use({ lock });

/** Alert ids notified by this page, in case storing `notifiedAt` failed or has not shown up yet. */
const sentThisSession = new Set<string>();
let queue: Promise<void> = Promise.resolve();

export function notificationsSupported(): boolean {
	return typeof window !== 'undefined' && 'Notification' in window;
}

/**
 * Shows a system notification for each new warning and critical alert of the active case, if
 * the person allowed notifications (browser permission and the app's setting). Calls run one
 * after another, so two quick calls never notify the same alert twice.
 */
export function notifyNewAlerts(): Promise<void> {
	queue = queue.then(notifyNow, notifyNow);
	return queue;
}

async function notifyNow(): Promise<void> {
	try {
		if (!notificationsSupported() || Notification.permission !== 'granted') return;
		const caseId = activeCase.id;
		if (!caseId) return;
		const db = appDb();
		if (!(await readSettings(db)).notifications) return;
		// The stored states, not the live copy: it may not show a write of a moment ago yet.
		const states = await readAlertStates(db, caseId);
		clock.tick();
		const status = activeCase.status;
		if (!status || activeCase.id !== caseId) return;
		const plan = planNotifications(status.alerts, states, sentThisSession);
		const alerts = [...plan.separate, ...plan.summarised];
		if (alerts.length === 0) return;
		for (const alert of alerts) sentThisSession.add(alert.id);
		// Recorded first: if the page closes while showing, none comes again. If storage fails
		// (a full disk), they are still shown: a warning twice is better than none.
		await markNotified(
			db,
			caseId,
			alerts.map((alert) => alert.id),
			new Date()
		).catch(() => undefined);
		// With the app lock on, one notification that names nothing: it shows on the phone's lock screen.
		const discreet = { title: i18n.t('lock.notify.title'), body: i18n.t('lock.notify.body', { count: alerts.length }), tag: SUMMARY_TAG };
		await show(db.vault.set ? [discreet] : notificationsOf(plan, activeCase.ruleTitles, i18n.say));
	} catch {
		// Notifications are a convenience: the alerts are on the Today screen whatever happens here.
	}
}

async function show(contents: readonly NotificationContent[]): Promise<void> {
	const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration().catch(() => undefined) : undefined;
	for (const { title, body, tag } of contents) {
		const options: NotificationOptions = { body, tag, icon: '/icons/icon-192.png', badge: '/icons/badge-96.png', lang: i18n.format.locale };
		// Android only shows notifications through the service worker; `new Notification` throws there.
		if (registration?.active) await registration.showNotification(title, options);
		else new Notification(title, options);
	}
}
