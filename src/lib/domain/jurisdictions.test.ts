import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { REVOCATION_TEMPLATES } from './jurisdictions';
import { JURISDICTIONS, revocationPolicySchema } from './revocation-policy';
import DOC from '../../../docs/jurisdictions.md?raw';

describe('jurisdiction templates', () => {
	it('exist for every jurisdiction and are valid policies naming themselves', () => {
		for (const code of JURISDICTIONS) {
			const template = REVOCATION_TEMPLATES[code];
			expect(v.safeParse(revocationPolicySchema, template).success, code).toBe(true);
			expect(template.template).toBe(code);
		}
	});

	it('give Russia the numbers of УК РФ ст. 74', () => {
		expect(REVOCATION_TEMPLATES.RU).toMatchObject({ moreThan: 2, withinMonths: 12, hidingDays: 30, extensionMonths: 12 });
	});

	it('leave Kazakhstan’s numbers for the person or their lawyer', () => {
		const { moreThan, withinMonths, hidingDays, extensionMonths } = REVOCATION_TEMPLATES.KZ;
		expect([moreThan, withinMonths, hidingDays, extensionMonths]).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('are each sourced in docs/jurisdictions.md, number by number', () => {
		for (const code of JURISDICTIONS) {
			const template = REVOCATION_TEMPLATES[code];
			for (const field of ['moreThan', 'withinMonths', 'hidingDays', 'extensionMonths'] as const) {
				const value = template[field];
				const row = `| ${code} | \`${field}\` | ${value ?? '—'} |`;
				expect(DOC, row).toContain(row);
			}
		}
	});
});
