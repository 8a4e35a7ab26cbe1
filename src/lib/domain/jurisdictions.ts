/**
 * Jurisdiction templates for the revocation policy (`case.revocation`): the numbers the law
 * itself states, each sourced in docs/jurisdictions.md. A number the texts we relied on do not
 * state with certainty is left out, for the person or their lawyer to fill in; the app says so.
 *
 * Only the Settings screen imports this (it is not part of the first visit).
 */
import type { Jurisdiction, RevocationPolicy } from './revocation-policy';

export const REVOCATION_TEMPLATES: Readonly<Record<Jurisdiction, RevocationPolicy>> = {
	/**
	 * Russia. УК РФ ст. 74: ч. 2 extension of the probation period by no more than one year;
	 * ч. 3 revocation for systematic non-performance or hiding; ч. 5 systematic = prohibited acts
	 * or failures to act MORE THAN TWICE WITHIN ONE YEAR (or non-performance for more than 30 days);
	 * ч. 6 hiding = whereabouts unknown for MORE THAN 30 DAYS. УИК РФ ст. 190: the written warning
	 * (ч. 1) and the same definitions (ч. 5, 6).
	 */
	RU: {
		template: 'RU',
		moreThan: 2,
		withinMonths: 12,
		hidingDays: 30,
		extensionMonths: 12,
		notes: 'УК РФ ст. 74 ч. 2, 3, 5, 6; УИК РФ ст. 190 ч. 1, 5, 6.'
	},
	/**
	 * Kazakhstan. УК РК (2014) ст. 64 provides for revoking a suspended sentence for systematic or
	 * malicious non-performance of the duties and for extending the probation period; the texts we
	 * relied on give no number we can state with certainty, so every number is left empty.
	 */
	KZ: {
		template: 'KZ',
		notes: 'УК РК ст. 64; УИК РК (пробационный контроль); Закон РК «О пробации». Числа уточните у адвоката.'
	}
};
