import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDuration } from '$lib/domain/time';
import { REMIND_CHOICES, remindFromTicked, tickedReminders } from './reminders';
import { telHref } from './tel';

describe('case reminders as checkboxes', () => {
	it('shows the default 3 and 1 days when the case sets none', () => {
		expect(tickedReminders(undefined)).toEqual(['P3D', 'P1D']);
		expect(tickedReminders(['P7D', 'P2D', 'PT3H'])).toEqual(['P7D', 'P2D']);
		expect(tickedReminders([])).toEqual([]);
	});

	it('stores the ticked boxes in order, none as the default, and keeps lead times it does not offer', () => {
		expect(remindFromTicked(['P1D', 'P7D'], undefined)).toEqual(['P7D', 'P1D']);
		expect(remindFromTicked([], undefined)).toBeUndefined();
		expect(remindFromTicked([], ['P3D', 'PT3H'])).toEqual(['PT3H']);
		expect(remindFromTicked(['P2D'], ['P3D', 'PT3H'])).toEqual(['P2D', 'PT3H']);
	});

	it('round-trips any choice, always as valid lead times', () => {
		const leads = REMIND_CHOICES.map((choice) => choice.lead);
		fc.assert(
			fc.property(fc.subarray(leads), (ticked) => {
				const remind = remindFromTicked(ticked, undefined);
				for (const lead of remind ?? []) expect(parseDuration(lead)).toBeDefined();
				if (remind) expect(tickedReminders(remind)).toEqual(leads.filter((lead) => ticked.includes(lead)));
			})
		);
	});
});

describe('telHref', () => {
	it('keeps a leading plus and the digits', () => {
		expect(telHref('+7 (727) 123-45-67')).toBe('tel:+77271234567');
		expect(telHref(' 8 727 123 45 67 ')).toBe('tel:87271234567');
		expect(telHref('102')).toBe('tel:102');
	});

	it('gives no link for text that is not a number', () => {
		expect(telHref(undefined)).toBeUndefined();
		expect(telHref('')).toBeUndefined();
		expect(telHref('ask at the desk')).toBeUndefined();
		expect(telHref('12')).toBeUndefined();
		expect(telHref('javascript:alert(1)')).toBeUndefined();
	});
});
