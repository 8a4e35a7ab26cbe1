/**
 * English for official warnings, clarifications of bans and the revocation policy: the Check in
 * forms of the two kinds, their history facts, the dashboard's distance line, "Can I do this?"
 * citing clarifications, and the policy in Settings. Loaded with those screens; the dashboard
 * line itself is in today.ts (first visit).
 */
import type { CatalogShape } from '../catalog';

export const revocation = {
	'checkin.pick.official-warning': 'I got an official warning',
	'checkin.pick.clarification': 'I asked what a ban covers, or got an answer',
	'checkin.kind.official-warning': 'Official warning',
	'checkin.kind.clarification': 'Question about a ban',
	'checkin.heading.official-warning': 'Record an official warning',
	'checkin.heading.clarification': 'Record a question about a ban',
	'checkin.save.official-warning': 'Save warning',
	'checkin.save.clarification': 'Save question',
	'checkin.rule.missing.clarification': 'Your case has no activity ban, so there is no ban to ask about.'
} satisfies CatalogShape;
