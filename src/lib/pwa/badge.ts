/** The number on the installed app's icon: open warnings and criticals. */

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
