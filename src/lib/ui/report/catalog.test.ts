import { describe, expect, it } from 'vitest';
import { englishMessages } from '$lib/i18n';
import { en, SCREENS } from '$lib/i18n/en/all';
import type { ChangeOutcome, InstalmentStatus, OccurrenceOutcome } from '$lib/domain/report';

const BROKEN = /undefined|NaN|\[object|Invalid Date/;
const { t } = englishMessages('Asia/Almaty', SCREENS);

/** Codes the report builds at run time from the engine's outcomes: every value of each type. */
const OUTCOMES: Record<OccurrenceOutcome, true> = { met: true, excused: true, missed: true, open: true };
const INSTALMENTS: Record<InstalmentStatus, true> = { paid: true, overdue: true, pending: true };
const CHANGES: Record<ChangeOutcome, true> = { 'in-time': true, late: true, missed: true, pending: true, 'not-required': true };
const built = [
	...Object.keys(OUTCOMES).map((outcome) => `report.outcome.${outcome}`),
	...Object.keys(INSTALMENTS).map((status) => `report.instalment.${status}`),
	...Object.keys(CHANGES).map((outcome) => `report.change.${outcome}`)
];

describe('the report catalog', () => {
	it('has every code the report builds at run time', () => {
		for (const code of built) {
			expect(en, code).toHaveProperty([code]);
			expect(t(code), code).not.toMatch(BROKEN);
		}
	});

	it('says counts, amounts and the fingerprint in whole sentences', () => {
		expect(t('report.reporting.counts', { total: 7, met: 5, excused: 1, missed: 1, open: 0 })).toBe('7 reporting days so far: 5 reported in time, 1 excused, 1 missed.');
		expect(t('report.reporting.counts', { total: 1, met: 0, excused: 0, missed: 0, open: 1 })).toBe('1 reporting day so far: 0 reported in time, 0 excused, 0 missed, 1 due today.');
		expect(t('report.payments.summary', { paid: 25_000_000, total: 60_000_000, overdue: 5_000_000, currency: 'KZT' })).toBe('₸250,000 paid of ₸600,000; ₸50,000 overdue.');
		expect(t('report.payments.summary', { paid: 0, total: 100, overdue: 0, currency: 'USD' })).toBe('$0 paid of $1; nothing overdue.');
		expect(t('report.paidBy.part', { amount: 2_000, of: 8_000, currency: 'KZT', at: '24 Jun 2026, 15:20' })).toBe('₸20 of the ₸80 paid on 24 Jun 2026, 15:20');
		expect(t('report.fingerprint.what', { count: 1 })).toMatch(/^A fingerprint of the 1 entry on record\./);
		expect(t('report.fingerprint.what', { count: 28 })).toMatch(/^A fingerprint of all 28 entries on record, in the order they were written down\./);
		expect(t('report.end', { count: 28 })).toBe('End of the report: 28 entries on record.');
		expect(t('report.generated', { date: '15 Dec 2026', time: '12:00', zone: 'Asia/Almaty' })).toBe('Generated on 15 Dec 2026 at 12:00. Dates and times are in the case’s time zone, Asia/Almaty.');
	});
});
