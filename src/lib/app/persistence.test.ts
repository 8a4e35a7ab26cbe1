import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CleardayDb, readSettings } from '$lib/storage';
import { keepDataOnFirstUse } from './persistence';

function freshDb(): CleardayDb {
	return new CleardayDb(`persistence-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A StorageManager that answers as told and counts how often it was asked. */
function fakeStorage(persisted: boolean, grants: boolean) {
	const calls = { persist: 0 };
	const storage = {
		persisted: async () => persisted,
		persist: async () => {
			calls.persist++;
			persisted = grants;
			return grants;
		},
		set persistedNow(value: boolean) {
			persisted = value;
		}
	};
	return { storage: storage as unknown as StorageManager & { persistedNow: boolean }, calls };
}

describe('keepDataOnFirstUse', () => {
	it('asks once and stores the answer', async () => {
		const db = freshDb();
		const { storage, calls } = fakeStorage(false, false);
		expect(await keepDataOnFirstUse(db, storage)).toBe('refused');
		expect((await readSettings(db)).persistence).toBe('refused');
		expect(await keepDataOnFirstUse(db, storage)).toBe('refused');
		expect(calls.persist).toBe(1);
	});

	it('notices when the browser agrees later, without asking again', async () => {
		const db = freshDb();
		const { storage, calls } = fakeStorage(false, false);
		await keepDataOnFirstUse(db, storage);
		storage.persistedNow = true;
		expect(await keepDataOnFirstUse(db, storage)).toBe('granted');
		expect((await readSettings(db)).persistence).toBe('granted');
		expect(calls.persist).toBe(1);
	});

	it('stores a grant, and says unsupported where the browser has no such thing', async () => {
		const granted = freshDb();
		expect(await keepDataOnFirstUse(granted, fakeStorage(false, true).storage)).toBe('granted');
		const none = freshDb();
		expect(await keepDataOnFirstUse(none, undefined)).toBe('unsupported');
		expect((await readSettings(none)).persistence).toBe('unsupported');
	});

	it('never throws, even when storage fails', async () => {
		const db = freshDb();
		db.close();
		const broken = { persisted: async () => { throw new Error('no'); }, persist: async () => true } as unknown as StorageManager;
		await expect(keepDataOnFirstUse(db, broken)).resolves.toBeUndefined();
	});
});
