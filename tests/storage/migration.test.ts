/**
 * Schema upgrades: a database written by the code of version 1 (tests/storage/fixtures/v1.json,
 * the records as that code stored them) opens with the current code with every record kept and
 * every check-in sealed into its case's hash chain; an upgrade that fails leaves it at version 1
 * untouched; and a tab still holding the old version is told to reload rather than writing on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { CleardayDb, STORES_V1, watchVersions, type PlainCheckInRecord, type VersionTrouble } from '../../src/lib/storage/db';
import { readCase, recordCheckIn } from '../../src/lib/storage';
import { chainHashes, checkInHash, verifyChain } from '../../src/lib/integrity/chain';
import fixture from './fixtures/v1.json';
import { note, saved } from './helpers';

type Tables = typeof fixture.tables;
const TABLES = Object.keys(fixture.tables) as (keyof Tables)[];

let count = 0;

/** A fake IndexedDB holding the fixture as version 1's code wrote it (closed again). */
async function databaseAtVersion1(mutate?: (tables: Tables) => void): Promise<{ indexedDB: IDBFactory; name: string }> {
	const indexedDB = new IDBFactory();
	const name = `clearday-migration-${++count}`;
	const tables = structuredClone(fixture.tables);
	mutate?.(tables);
	const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
	v1.version(fixture.version).stores(fixture.stores);
	await v1.transaction('rw', v1.tables, async () => {
		for (const table of TABLES) await v1.table(table).bulkAdd(tables[table]);
	});
	v1.close();
	return { indexedDB, name };
}

/** Every table as stored, in key order. */
async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
	return db.transaction('r', db.tables, async () => Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const))));
}

/** Opens the database at whatever version it is, without declaring any (Dexie reads the schema). */
async function openAsItIs(where: { indexedDB: IDBFactory; name: string }): Promise<Dexie> {
	const db = new Dexie(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
	await db.open();
	return db;
}

/** The hashes each fixture check-in must have: its case's chain, in seq order. */
async function expectedHashes(records: readonly PlainCheckInRecord[]): Promise<Map<number, string>> {
	const byCase = new Map<string, PlainCheckInRecord[]>();
	for (const record of records) byCase.set(record.caseId, [...(byCase.get(record.caseId) ?? []), record]);
	const hashes = new Map<number, string>();
	for (const group of byCase.values()) {
		const chain = await chainHashes(group.map((record) => record.checkIn));
		group.forEach((record, index) => hashes.set(record.seq!, chain[index]!));
	}
	return hashes;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('version 1 as published', () => {
	it('is still declared by the current code, table for table and index for index', () => {
		expect(fixture.stores).toEqual(STORES_V1);
		expect(new CleardayDb('clearday-declared', { indexedDB: new IDBFactory(), IDBKeyRange }).verno).toBe(3);
	});
});

describe('the upgrade from version 1 to 2', () => {
	it('keeps every record of every table, and seals every check-in into its own case’s chain in recording order', async () => {
		const where = await databaseAtVersion1();
		const db = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(3);
		const tables = await dump(db);

		for (const table of TABLES.filter((table) => table !== 'checkIns')) expect(tables[table], table).toEqual(fixture.tables[table]);

		const records = tables.checkIns as PlainCheckInRecord[];
		const hashes = await expectedHashes(fixture.tables.checkIns as PlainCheckInRecord[]);
		expect(records.map((record) => record.seq)).toEqual(fixture.tables.checkIns.map((record) => record.seq));
		records.forEach((record, index) => {
			const { hash, ...content } = record.checkIn;
			// Only the hash is new; everything else is as version 1 wrote it.
			expect({ ...record, checkIn: content }).toEqual(fixture.tables.checkIns[index]);
			expect(hash).toBe(hashes.get(record.seq!));
		});
		db.close();
	});

	it('gives each case a chain that verifies as a whole, and new check-ins link to its head', async () => {
		const where = await databaseAtVersion1();
		const db = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		for (const caseId of ['case-almaty-demo', 'case-restriction']) {
			const file = (await readCase(db, caseId))!;
			const check = await verifyChain(file.checkIns);
			expect(check).toMatchObject({ ok: true, count: file.checkIns.length, head: file.checkIns.at(-1)!.hash });
		}
		const before = (await readCase(db, 'case-restriction'))!;
		const added = saved(await recordCheckIn(db, 'case-restriction', note('r-4', { at: '2025-03-01T10:00:00+06:00', recordedAt: '2025-03-01T10:00:00+06:00' })));
		const { hash, ...content } = added;
		expect(hash).toBe(await checkInHash(content, before.checkIns.at(-1)!.hash!));
		db.close();
	});

	it.each([
		[
			'WebCrypto fails half-way',
			() => {
				const digest = crypto.subtle.digest.bind(crypto.subtle);
				let calls = 0;
				vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) => (++calls > 10 ? Promise.reject(new DOMException('operation failed', 'OperationError')) : digest(algorithm, data)));
			},
			undefined
		],
		[
			'a stored check-in cannot be hashed',
			() => undefined,
			(tables: Tables) => {
				// Structured clone keeps a BigInt; JSON (so the canonical form) has none.
				(tables.checkIns[5]!.checkIn as Record<string, unknown>).note = BigInt(1);
			}
		]
	])('that throws (%s) leaves the database at version 1 with all its data, and can run again later', async (_, breakIt, mutate) => {
		const where = await databaseAtVersion1(mutate);
		const before = await openAsItIs(where).then(async (db) => {
			const tables = await dump(db);
			db.close();
			return tables;
		});
		breakIt();

		const db = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		await expect(db.open()).rejects.toThrow();
		db.close();

		const after = await openAsItIs(where);
		expect(after.verno).toBe(1);
		expect(await dump(after)).toEqual(before);
		after.close();

		if (mutate) return;
		vi.restoreAllMocks();
		const retried = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		await retried.open();
		expect(retried.verno).toBe(3);
		expect(await retried.checkIns.filter((record) => record.checkIn?.hash === undefined).count()).toBe(0);
		retried.close();
	});
});

describe('a tab that holds the old version', () => {
	/** A tab running version 1's schema, with the current code's handling of version changes. */
	async function oldTab(where: { indexedDB: IDBFactory; name: string }, onTrouble: (trouble: VersionTrouble) => void): Promise<Dexie> {
		const old = new Dexie(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		old.version(1).stores(STORES_V1);
		watchVersions(old, onTrouble);
		await old.open();
		return old;
	}

	it('is told to reload when another tab upgrades, lets the upgrade through, and cannot write any more', async () => {
		const where = await databaseAtVersion1();
		const told: VersionTrouble[] = [];
		const old = await oldTab(where, (trouble) => told.push(trouble));

		const upgraded = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		await upgraded.open();
		expect(upgraded.verno).toBe(3);
		expect(told).toEqual(['outdated']);
		expect(old.isOpen()).toBe(false);
		// It does not reopen by itself: a check-in written now by old code would carry no hash.
		await expect(old.table('checkIns').add({ caseId: 'case-restriction', id: 'late', checkIn: { id: 'late' } })).rejects.toMatchObject({ name: 'DatabaseClosedError' });
		expect(await upgraded.checkIns.count()).toBe(fixture.tables.checkIns.length);
		upgraded.close();
	});

	it('that does not let go holds the upgrade up: this tab hears it is blocked, and goes on once the other closes', async () => {
		const where = await databaseAtVersion1();
		// A hung tab: it ignores the request to close.
		const stuck = new Dexie(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		stuck.version(1).stores(STORES_V1);
		stuck.on('versionchange', () => false);
		await stuck.open();

		const told: VersionTrouble[] = [];
		const upgrading = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		watchVersions(upgrading, (trouble) => told.push(trouble));
		const opened = upgrading.open();
		await vi.waitFor(() => expect(told).toEqual(['blocked']));
		expect(upgrading.isOpen()).toBe(false);

		stuck.close();
		await opened;
		expect(upgrading.verno).toBe(3);
		upgrading.close();
	});
});
