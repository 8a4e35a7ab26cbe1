/** The number on the installed app's icon: open warnings and criticals. */
import type { Alert } from '$lib/domain';

/** Open warnings and criticals: what the app badge shows (a hidden warning is not open). */
export function badgeCount(alerts: readonly Alert[], states: ReadonlyMap<string, { dismissedAt?: string }>): number {
	return alerts.filter((alert) => alert.severity === 'critical' || (alert.severity === 'warning' && !states.get(alert.id)?.dismissedAt)).length;
}

let badgeShown: number | undefined;

/** Shows `count` on the installed app's icon (nothing on 0). */
export function showBadge(count: number): void {
	try {
		if (typeof navigator === 'undefined' || count === badgeShown) return;
		badgeShown = count;
		if (count > 0) {
			if ('setAppBadge' in navigator) navigator.setAppBadge(count).catch(() => undefined);
		} else if ('clearAppBadge' in navigator) navigator.clearAppBadge().catch(() => undefined);
	} catch {
		// No badge on this platform.
	}
}
