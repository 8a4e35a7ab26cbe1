/**
 * Settings of the device, what the person did with alerts, and the request to keep our storage.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, dismissAlert, markNotified, readAlertStates, readSettings, requestPersistence, writeSetting } from '../../src/lib/storage';
import { freshDb } from './helpers';

describe('settings', () => {
	it('reads the defaults from an empty database', async () => {
		const db = freshDb();
		expect(await readSettings(db)).toStrictEqual({ persistence: 'unknown', notifications: false, lastBackup: undefined, backupEvery: 7, backupLater: undefined });
		expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
	});

	it('reads back what was written, one key at a time, the others keeping their defaults', async () => {
		const db = freshDb();
		await writeSetting(db, 'notifications', true);
		expect(await readSettings(db)).toMatchObject({ persistence: 'unknown', notifications: true });
		await writeSetting(db, 'persistence', 'refused');
		await writeSetting(db, 'notifications', false);
		await writeSetting(db, 'lastBackup', { caseId: 'case-1', at: '2026-11-20T10:00:00.000Z' });
		await writeSetting(db, 'backupEvery', 14);
		expect(await readSettings(db)).toStrictEqual({
			persistence: 'refused',
			notifications: false,
			lastBackup: { caseId: 'case-1', at: '2026-11-20T10:00:00.000Z' },
			backupEvery: 14,
			backupLater: undefined
		});
		// The defaults themselves are not changed by reading or writing.
		expect(DEFAULT_SETTINGS).toStrictEqual({ persistence: 'unknown', notifications: false, lastBackup: undefined, backupEvery: 7, backupLater: undefined });
	});
});

describe('alert states', () => {
	const first = new Date('2026-06-22T09:00:00Z');
	const later = new Date('2026-06-23T09:00:00Z');

	it('are empty for a case nothing was done with', async () => {
		expect(await readAlertStates(freshDb(), 'case-1')).toEqual(new Map());
	});

	it('dismissAlert keeps the first dismissal when repeated', async () => {
		const db = freshDb();
		await dismissAlert(db, 'case-1', 'fine/2026-06-25/due', first);
		await dismissAlert(db, 'case-1', 'fine/2026-06-25/due', later);
		expect(await readAlertStates(db, 'case-1')).toEqual(
			new Map([['fine/2026-06-25/due', { caseId: 'case-1', alertId: 'fine/2026-06-25/due', dismissedAt: first.toISOString() }]])
		);
	});

	it('markNotified marks several alerts at once, keeps the first time of each, and keeps a dismissal', async () => {
		const db = freshDb();
		await dismissAlert(db, 'case-1', 'a', first);
		await markNotified(db, 'case-1', ['a', 'b'], first);
		await markNotified(db, 'case-1', ['b', 'c'], later);
		await markNotified(db, 'case-1', [], later);
		const states = await readAlertStates(db, 'case-1');
		expect(states).toEqual(
			new Map([
				['a', { caseId: 'case-1', alertId: 'a', dismissedAt: first.toISOString(), notifiedAt: first.toISOString() }],
				['b', { caseId: 'case-1', alertId: 'b', notifiedAt: first.toISOString() }],
				['c', { caseId: 'case-1', alertId: 'c', notifiedAt: later.toISOString() }]
			])
		);
		// The same ids twice in one call are one alert.
		await markNotified(db, 'case-1', ['d', 'd'], later);
		expect((await readAlertStates(db, 'case-1')).get('d')).toEqual({ caseId: 'case-1', alertId: 'd', notifiedAt: later.toISOString() });
	});

	it('belong to their case: the same alert id in another case is another alert', async () => {
		const db = freshDb();
		await dismissAlert(db, 'case-1', 'a', first);
		await markNotified(db, 'case-2', ['a'], later);
		expect(await readAlertStates(db, 'case-1')).toEqual(new Map([['a', { caseId: 'case-1', alertId: 'a', dismissedAt: first.toISOString() }]]));
		expect(await readAlertStates(db, 'case-2')).toEqual(new Map([['a', { caseId: 'case-2', alertId: 'a', notifiedAt: later.toISOString() }]]));
	});
});

describe('requestPersistence', () => {
	/** A StorageManager as a browser gives it, with the answers a test chooses; counts the calls. */
	function storageManager(answers: { persisted: boolean | Error; persist: boolean | Error }) {
		const calls = { persisted: 0, persist: 0 };
		const answer = (value: boolean | Error) => (value instanceof Error ? Promise.reject(value) : Promise.resolve(value));
		const manager = {
			persisted: () => (calls.persisted++, answer(answers.persisted)),
			persist: () => (calls.persist++, answer(answers.persist)),
			estimate: () => Promise.resolve({ quota: 1e9, usage: 1e6 }),
			getDirectory: () => Promise.reject(new Error('not used'))
		} satisfies StorageManager;
		return { manager, calls };
	}

	it('granted: asks once and stores the answer', async () => {
		const db = freshDb();
		const { manager, calls } = storageManager({ persisted: false, persist: true });
		expect(await requestPersistence(db, manager)).toBe('granted');
		expect(calls).toEqual({ persisted: 1, persist: 1 });
		expect((await readSettings(db)).persistence).toBe('granted');
	});

	it('already persisted: granted without asking again', async () => {
		const db = freshDb();
		const { manager, calls } = storageManager({ persisted: true, persist: false });
		expect(await requestPersistence(db, manager)).toBe('granted');
		expect(calls).toEqual({ persisted: 1, persist: 0 });
		expect((await readSettings(db)).persistence).toBe('granted');
	});

	it('refused: stores the refusal, and a later grant replaces it', async () => {
		const db = freshDb();
		expect(await requestPersistence(db, storageManager({ persisted: false, persist: false }).manager)).toBe('refused');
		expect((await readSettings(db)).persistence).toBe('refused');
		expect(await requestPersistence(db, storageManager({ persisted: false, persist: true }).manager)).toBe('granted');
		expect((await readSettings(db)).persistence).toBe('granted');
	});

	it('a browser that fails to answer counts as a refusal, not as an error', async () => {
		const db = freshDb();
		expect(await requestPersistence(db, storageManager({ persisted: false, persist: new TypeError('not allowed') }).manager)).toBe('refused');
		expect(await requestPersistence(db, storageManager({ persisted: new Error('broken'), persist: true }).manager)).toBe('refused');
		expect((await readSettings(db)).persistence).toBe('refused');
	});

	it('unsupported: no StorageManager, or one without persist()', async () => {
		const db = freshDb();
		expect(await requestPersistence(db, undefined)).toBe('unsupported');
		expect((await readSettings(db)).persistence).toBe('unsupported');
		const partial = { estimate: () => Promise.resolve({}) } as unknown as StorageManager;
		expect(await requestPersistence(db, partial)).toBe('unsupported');
		expect((await readSettings(db)).persistence).toBe('unsupported');
	});
});
