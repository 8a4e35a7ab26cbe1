/**
 * Storage failures in words: a full disk becomes StorageError('quota') however Dexie reports it,
 * a database that cannot be used becomes 'unavailable', anything else 'unknown'; and a full disk
 * in the middle of a write leaves nothing written.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { activeCaseId, createCase, markNotified, readAlertStates, readCase, readSettings, recordCheckIn, writeSetting, DEFAULT_SETTINGS } from '../../src/lib/storage';
import { CleardayDb } from '../../src/lib/storage/db';
import { guarded, guardedRead, isQuotaError, StorageError } from '../../src/lib/storage/errors';
import { failBulkRequestWithQuota, failCommitWithQuota, freshDb, note, quotaError, smallCase, snapshot, stored } from './helpers';

/** What `guarded` turns a failure into. */
async function mapped(error: unknown): Promise<StorageError> {
	const result = await guarded(() => Promise.reject(error)).catch((e: unknown) => e);
	expect(result).toBeInstanceOf(StorageError);
	return result as StorageError;
}

async function rejection(promise: Promise<unknown>): Promise<StorageError> {
	const error = await promise.then(
		() => expect.fail('the operation succeeded'),
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(StorageError);
	return error as StorageError;
}

describe('guarded', () => {
	it('turns a raw QuotaExceededError into a quota problem, keeping the error as its cause', async () => {
		const raw = quotaError();
		const error = await mapped(raw);
		expect(error.problem).toBe('quota');
		expect(error.cause).toBe(raw);
		expect(error.name).toBe('StorageError');
	});

	it('sees a full disk through Dexie’s wrappers: QuotaExceededError, AbortError, nested', async () => {
		const dexieQuota = new Dexie.QuotaExceededError('full', quotaError());
		const aborted = new Dexie.AbortError('Transaction aborted', quotaError());
		const deeper = new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('full'));
		for (const error of [dexieQuota, aborted, deeper]) {
			expect(isQuotaError(error)).toBe(true);
			expect((await mapped(error)).problem).toBe('quota');
		}
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('other')))).toBe(false);
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
	});

	it('sees a full disk among the failures of a bulk write (BulkError)', async () => {
		const bulk = new Dexie.BulkError('checkIns.bulkAdd(): 1 of 3 operations failed', { 2: quotaError() });
		expect(isQuotaError(bulk)).toBe(true);
		expect((await mapped(bulk)).problem).toBe('quota');
		const constraint = new Dexie.BulkError('checkIns.bulkAdd(): 1 of 3 operations failed', { 0: new DOMException('dup', 'ConstraintError') });
		expect((await mapped(constraint)).problem).toBe('unknown');
	});

	it('does not loop on errors that wrap each other', async () => {
		const a: { name: string; inner?: unknown } = { name: 'AbortError' };
		const b = { name: 'AbortError', inner: a };
		a.inner = b;
		expect(isQuotaError(a)).toBe(false);
		expect((await mapped(a)).problem).toBe('unknown');
		const self: { name: string; inner?: unknown } = { name: 'AbortError' };
		self.inner = self;
		expect(isQuotaError(self)).toBe(false);
	});

	it('calls a database that cannot be used unavailable, directly or wrapped', async () => {
		const errors = [
			new Dexie.MissingAPIError('IndexedDB API missing'),
			new DOMException('private mode', 'InvalidStateError'),
			new Dexie.OpenFailedError('open failed', new DOMException('broken', 'UnknownError')),
			new Dexie.DatabaseClosedError(new Dexie.MissingAPIError('IndexedDB API missing'))
		];
		for (const error of errors) expect((await mapped(error)).problem).toBe('unavailable');
	});

	it('calls anything else unknown, and lets a StorageError through as it is', async () => {
		for (const error of [new TypeError('bug'), new Dexie.ConstraintError('key'), 'a string', undefined, null]) {
			expect((await mapped(error)).problem).toBe('unknown');
		}
		const own = new StorageError('quota');
		expect(await mapped(own)).toBe(own);
		await expect(guarded(async () => 42)).resolves.toBe(42);
	});
});

describe('guardedRead', () => {
	it('passes on a transient close or abort as Dexie’s own error, which liveQuery rides out', async () => {
		for (const transient of [new Dexie.DatabaseClosedError(), new Dexie.AbortError('Transaction aborted')]) {
			await expect(guardedRead(() => Promise.reject(transient))).rejects.toBe(transient);
		}
		// A connection closed under a read: Dexie's DatabaseClosedError, not a StorageError.
		const db = freshDb();
		await stored(db, smallCase());
		db.close();
		await expect(readCase(db, 'case-1')).rejects.toMatchObject({ name: 'DatabaseClosedError' });
	});

	it('maps everything else as guarded does', async () => {
		const failures = [
			[new Dexie.DatabaseClosedError(new Dexie.MissingAPIError('IndexedDB API missing')), 'unavailable'],
			[new Dexie.AbortError('Transaction aborted', quotaError()), 'quota'],
			[new TypeError('bug'), 'unknown']
		] as const;
		for (const [error, problem] of failures) {
			await expect(guardedRead(() => Promise.reject(error))).rejects.toMatchObject({ name: 'StorageError', problem });
		}
		await expect(guardedRead(async () => 'value')).resolves.toBe('value');
	});
});

describe('a database that cannot be opened', () => {
	it('fails reads and writes with StorageError(unavailable), not Dexie’s own errors', async () => {
		// No IndexedDB at all (some private modes, old webviews): Dexie reports a
		// DatabaseClosedError whose `inner` is the MissingAPIError.
		const missing = new CleardayDb('clearday-missing', { indexedDB: undefined, IDBKeyRange });
		expect((await rejection(createCase(missing, smallCase()))).problem).toBe('unavailable');
		expect((await rejection(readCase(missing, 'case-1'))).problem).toBe('unavailable');
		expect((await rejection(activeCaseId(missing))).problem).toBe('unavailable');
		expect((await rejection(readSettings(missing))).problem).toBe('unavailable');
		expect((await rejection(writeSetting(missing, 'notifications', true))).problem).toBe('unavailable');

		// IndexedDB present but refusing to open (Firefox private mode threw InvalidStateError).
		const refusing = new IDBFactory();
		refusing.open = () => {
			throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
		};
		const blocked = new CleardayDb('clearday-blocked', { indexedDB: refusing, IDBKeyRange });
		expect((await rejection(recordCheckIn(blocked, 'case-1', note('n1')))).problem).toBe('unavailable');
	});
});

describe('a full disk in the middle of a write', () => {
	it('recordCheckIn: a QuotaExceededError from the write (via a creating hook) leaves nothing written', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		db.checkIns.hook('creating', () => {
			throw quotaError();
		});
		const error = await rejection(recordCheckIn(db, 'case-1', note('n1')));
		expect(error.problem).toBe('quota');
		expect(await snapshot(db)).toEqual(before);
	});

	it('recordCheckIn: a commit aborted for quota (AbortError with the QuotaExceededError inside) leaves nothing written', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		failCommitWithQuota(db.checkIns);
		const error = await rejection(recordCheckIn(db, 'case-1', note('n1')));
		expect(error.problem).toBe('quota');
		expect((error.cause as Error).name).toBe('AbortError');
		expect(isQuotaError(error.cause)).toBe(true);
		expect(await snapshot(db)).toEqual(before);
	});

	it('createCase: a full disk when the import commits keeps the case that was there', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		// The active case is the last write of an import: the commit fails after it.
		failCommitWithQuota(db.settings);
		const replacement = { ...smallCase(), case: { ...smallCase().case, title: 'Replaced' } };
		expect((await rejection(createCase(db, replacement))).problem).toBe('quota');
		expect(await snapshot(db)).toEqual(before);
	});

	it('createCase: a full disk reported on one request of a bulk write (a BulkError) is a quota problem too', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		const before = await snapshot(db);
		await failBulkRequestWithQuota(db, 'checkIns');
		const replacement = { ...smallCase(), case: { ...smallCase().case, title: 'Replaced' } };
		const error = await rejection(createCase(db, replacement));
		expect((error.cause as Error).name).toBe('BulkError');
		expect(error.problem).toBe('quota');
		expect(await snapshot(db)).toEqual(before);
	});

	it('markNotified: a full disk on one of several alerts marks none of them', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await failBulkRequestWithQuota(db, 'alertStates');
		expect((await rejection(markNotified(db, 'case-1', ['a', 'b'], new Date('2026-06-26T00:00:00Z')))).problem).toBe('quota');
		expect(await readAlertStates(db, 'case-1')).toEqual(new Map());
	});

	it('writeSetting: a full disk is a quota problem too', async () => {
		const db = freshDb();
		failCommitWithQuota(db.settings);
		expect((await rejection(writeSetting(db, 'notifications', true))).problem).toBe('quota');
		expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
	});
});
