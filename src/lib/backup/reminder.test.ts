/**
 * The backup reminder's decision, at chosen moments.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings';
import { backupReminder, LATER_MS } from './reminder';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const realCase = { id: 'case-1', demo: false, recordSince: daysAgo(30) };

function settings(fields: Partial<Settings>): Settings {
	return { ...DEFAULT_SETTINGS, persistence: 'granted', ...fields };
}

describe('the backup reminder', () => {
	it('waits for the chosen interval after the last backup of this case, then reminds with its date', () => {
		expect(backupReminder(settings({ lastBackup: { caseId: 'case-1', at: daysAgo(6.9) } }), realCase, now)).toBeUndefined();
		expect(backupReminder(settings({ lastBackup: { caseId: 'case-1', at: daysAgo(7) } }), realCase, now)).toEqual({ reason: 'old', since: new Date(daysAgo(7)) });
		expect(backupReminder(settings({ lastBackup: { caseId: 'case-1', at: daysAgo(2) }, backupEvery: 1 }), realCase, now)).toMatchObject({ reason: 'old' });
		expect(backupReminder(settings({ lastBackup: { caseId: 'case-1', at: daysAgo(20) }, backupEvery: 30 }), realCase, now)).toBeUndefined();
	});

	it('without any backup, waits until the record’s first check-in is as old as the interval', () => {
		expect(backupReminder(settings({}), { ...realCase, recordSince: daysAgo(1) }, now)).toBeUndefined();
		expect(backupReminder(settings({}), { ...realCase, recordSince: undefined }, now)).toBeUndefined();
		expect(backupReminder(settings({}), realCase, now)).toEqual({ reason: 'never' });
		// A backup of another case (replaced since) does not count for this one.
		expect(backupReminder(settings({ lastBackup: { caseId: 'case-0', at: daysAgo(0) } }), realCase, now)).toEqual({ reason: 'never' });
	});

	it('reminds at once when the browser refused (or cannot promise) to keep the data, unless a backup is recent', () => {
		const fresh = { ...realCase, recordSince: undefined };
		expect(backupReminder(settings({ persistence: 'refused' }), fresh, now)).toEqual({ reason: 'at-risk' });
		expect(backupReminder(settings({ persistence: 'unsupported' }), fresh, now)).toEqual({ reason: 'at-risk' });
		expect(backupReminder(settings({ persistence: 'refused', lastBackup: { caseId: 'case-1', at: daysAgo(1) } }), fresh, now)).toBeUndefined();
		expect(backupReminder(settings({ persistence: 'refused', lastBackup: { caseId: 'case-1', at: daysAgo(8) } }), fresh, now)).toEqual({ reason: 'at-risk', since: new Date(daysAgo(8)) });
	});

	it('says nothing for the demo, nor for a day after “Later”', () => {
		expect(backupReminder(settings({ persistence: 'refused' }), { ...realCase, demo: true }, now)).toBeUndefined();
		const later = new Date(now.getTime() + LATER_MS).toISOString();
		expect(backupReminder(settings({ persistence: 'refused', backupLater: later }), realCase, now)).toBeUndefined();
		expect(backupReminder(settings({ persistence: 'refused', backupLater: now.toISOString() }), realCase, now)).toEqual({ reason: 'at-risk' });
	});

	it('reads an interval that is no number of days, or a broken date, as the defaults would', () => {
		expect(backupReminder(settings({ backupEvery: 0, lastBackup: { caseId: 'case-1', at: daysAgo(6) } }), realCase, now)).toBeUndefined();
		expect(backupReminder(settings({ backupEvery: 0, lastBackup: { caseId: 'case-1', at: daysAgo(7) } }), realCase, now)).toMatchObject({ reason: 'old' });
		expect(backupReminder(settings({ lastBackup: { caseId: 'case-1', at: 'yesterday' } }), realCase, now)).toEqual({ reason: 'never' });
		expect(backupReminder(settings({}), { ...realCase, recordSince: 'not a date' }, now)).toBeUndefined();
	});
});
