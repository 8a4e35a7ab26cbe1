/**
 * The case's reminder lead times (`case.remind`) as checkboxes: 7, 3, 2 and 1 days before.
 * Ticking none means the app's default (3 days and 1 day), so the boxes show that default when
 * the case sets none. Lead times the boxes do not offer (from an imported file) are kept.
 */
export const REMIND_CHOICES = [
	{ lead: 'P7D', days: 7 },
	{ lead: 'P3D', days: 3 },
	{ lead: 'P2D', days: 2 },
	{ lead: 'P1D', days: 1 }
] as const;

/** What the engine uses for a case that sets no lead times (see docs/case-file.md). */
export const DEFAULT_REMIND = ['P3D', 'P1D'] as const;

const OFFERED = new Set<string>(REMIND_CHOICES.map((choice) => choice.lead));

/** The boxes to tick for the case's lead times. */
export function tickedReminders(remind: readonly string[] | undefined): string[] {
	const effective = remind ?? DEFAULT_REMIND;
	return REMIND_CHOICES.map((choice) => choice.lead).filter((lead) => effective.includes(lead));
}

/** The case's lead times from the ticked boxes (in the boxes' order), keeping any others it had; undefined for none. */
export function remindFromTicked(ticked: readonly string[], previous: readonly string[] | undefined): string[] | undefined {
	const chosen = REMIND_CHOICES.map((choice) => choice.lead).filter((lead) => ticked.includes(lead));
	const kept = (previous ?? []).filter((lead) => !OFFERED.has(lead));
	const remind = [...chosen, ...kept];
	return remind.length ? remind : undefined;
}
