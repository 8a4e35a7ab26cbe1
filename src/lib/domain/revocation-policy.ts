/**
 * The revocation policy's fields (`case.revocation`), on their own so that evaluating a case
 * (revocation.ts) does not bring the validation into the app's first visit.
 */
import * as v from 'valibot';
import { text, wholeDays } from './schema';

export const JURISDICTIONS = ['KZ', 'RU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

const months = v.pipe(wholeDays, v.minValue(1, 'number.months'), v.maxValue(600, 'number.months'));

export const revocationPolicySchema = v.strictObject({
	/** The jurisdiction template the values were taken from (informational). */
	template: v.optional(v.picklist(JURISDICTIONS, 'jurisdiction.unknown')),
	moreThan: v.optional(wholeDays),
	withinMonths: v.optional(months),
	hidingDays: v.optional(wholeDays),
	extensionMonths: v.optional(months),
	notes: v.optional(text)
});

export type RevocationPolicy = v.InferOutput<typeof revocationPolicySchema>;
