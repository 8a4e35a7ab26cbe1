import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile } from '$lib/domain';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { leadChoices, leadLength, leadMessage, LEAD_CHOICES, toggleLead, usualLeads } from './reminders';

describe('the reminder chooser', () => {
	it('offers days before, and hours for a curfew', () => {
		expect(leadChoices('payment', undefined)).toEqual(['P7D', 'P3D', 'P2D', 'P1D', 'PT3H']);
		expect(leadChoices('curfew', undefined)).toEqual(['PT3H', 'PT2H', 'PT1H', 'PT30M']);
	});

	it('also offers the rule’s own lead times, longest first', () => {
		expect(leadChoices('reporting', ['P2W', 'P1D', 'PT12H', 'P1M'])).toEqual(['P1M', 'P2W', 'P7D', 'P3D', 'P2D', 'P1D', 'PT12H', 'PT3H']);
		expect(leadChoices('curfew', ['PT1H', 'PT1H'])).toEqual(['PT3H', 'PT2H', 'PT1H', 'PT30M']);
	});

	it('writes the chosen lead times longest first, and none for the usual ones', () => {
		expect(toggleLead(undefined, 'P1D', true)).toEqual(['P1D']);
		expect(toggleLead(['P1D'], 'P7D', true)).toEqual(['P7D', 'P1D']);
		expect(toggleLead(['P7D', 'P1D'], 'P7D', false)).toEqual(['P1D']);
		expect(toggleLead(['P1D'], 'P1D', false)).toBeUndefined();
		expect(toggleLead([], 'P1D', false)).toBeUndefined();
	});

	it('never lists a lead time twice and keeps every other one', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.constantFrom(...LEAD_CHOICES, 'P2W', 'PT12H'), { maxLength: 7 }), fc.constantFrom(...LEAD_CHOICES), fc.boolean(), (chosen, lead, on) => {
				const next = toggleLead(chosen, lead, on) ?? [];
				expect(new Set(next).size).toBe(next.length);
				expect(next.includes(lead)).toBe(on);
				for (const other of chosen) if (other !== lead) expect(next).toContain(other);
				for (let i = 1; i < next.length; i++) expect(leadLength(next[i - 1]!)).toBeGreaterThanOrEqual(leadLength(next[i]!));
			})
		);
	});

	it('knows the usual lead times: the case’s own where the kind takes them', () => {
		const file = parseCaseFile(example);
		expect(usualLeads('payment', file)).toEqual(['P3D', 'P1D']);
		expect(usualLeads('curfew', file)).toEqual(['PT1H']);
		const withOwn = { ...file, case: { ...file.case, remind: ['P5D'] } };
		expect(usualLeads('payment', withOwn)).toEqual(['P5D']);
		expect(usualLeads('curfew', withOwn)).toEqual(['PT1H']);
	});

	it('says each lead time in words', () => {
		expect(leadMessage('P3D')).toEqual({ code: 'conditions.remind.days', params: { count: 3 } });
		expect(leadMessage('P2W')).toEqual({ code: 'conditions.remind.days', params: { count: 14 } });
		expect(leadMessage('PT3H')).toEqual({ code: 'conditions.remind.hours', params: { count: 3 } });
		expect(leadMessage('PT90M')).toEqual({ code: 'conditions.remind.minutes', params: { count: 90 } });
		expect(leadMessage('P1DT2H')).toEqual({ code: 'conditions.remind.other', params: { lead: 'P1DT2H' } });
		expect(leadMessage('P1M')).toEqual({ code: 'conditions.remind.other', params: { lead: 'P1M' } });
	});
});
