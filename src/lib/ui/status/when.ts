/** When an alert or deadline is, in words relative to now, in the case's zone. */
import type { Alert } from '$lib/domain';
import { i18n } from '$lib/app/i18n.svelte';

export function relativeDay(at: Date, now: Date): string {
	return i18n.t('time.relativeDays', { days: i18n.format.daysFrom(at, now) });
}

/** "Due tomorrow (12 Dec, 18:00)", "Overdue since 5 Sep 2026", or the moment of an event. */
export function alertWhen(alert: Alert, now: Date): string {
	if (alert.code.endsWith('.missed')) return i18n.t('alert.overdue', { date: i18n.format.dateTime(alert.at) });
	if (alert.code.endsWith('.due')) return i18n.t('alert.due', { relative: relativeDay(alert.at, now), at: i18n.format.dateTime(alert.at) });
	return i18n.t('alert.event', { at: i18n.format.dateTime(alert.at) });
}
