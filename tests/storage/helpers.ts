/**
 * Databases and fixtures for the storage tests. Every test gets a database of its own: a fresh
 * fake IndexedDB (fake-indexeddb's `IDBFactory`) under a unique name, closed when the test ends,
 * so that no test sees another's records and the tests can run in any order.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, onTestFinished } from 'vitest';
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type Table } from 'dexie';
import { CleardayDb } from '../../src/lib/storage/db';
import { createCase, readCase } from '../../src/lib/storage';
import type { CaseFile } from '../../src/lib/domain/types';
import type { Saved } from '../../src/lib/storage/result';
import { caseBuilder } from '../unit/case-builder';
import { chainHashes } from '../../src/lib/integrity/chain';

const factories = new WeakMap<CleardayDb, IDBFactory>();
let count = 0;

/** An empty database of its own for this test. */
export function freshDb(): CleardayDb {
	const indexedDB = new IDBFactory();
	const db = new CleardayDb(`clearday-test-${++count}`, { indexedDB, IDBKeyRange });
	factories.set(db, indexedDB);
	onTestFinished(() => db.close());
	return db;
}

/** Another connection to the same database, as another tab of the app would open it. */
export function sameDb(db: CleardayDb): CleardayDb {
	const indexedDB = factories.get(db);
	if (!indexedDB) throw new Error('not a database of freshDb()');
	const other = new CleardayDb(db.name, { indexedDB, IDBKeyRange });
	onTestFinished(() => other.close());
	return other;
}

/** The demo case as the app ships it (docs/examples), as raw JSON. */
export { demoJson } from '../demo-strings';

/**
 * A small valid case (Asia/Almaty, sentence 2023-04-25…2029-04-24). Rule ids are not in
 * alphabetical order and check-ins are not in `at` order, so that an order by key or by time
 * could not pass for the order of the file.
 */
export function smallCase(id = 'case-1'): CaseFile {
	const b = caseBuilder({ id });
	b.rule({ id: 'report', kind: 'reporting', rrule: 'FREQ=MONTHLY;BYDAY=2MO', start: '2026-06-08', window: { from: '09:00', to: '18:00' } });
	b.rule({ id: 'fine', kind: 'payment', currency: 'KZT', schedule: [{ due: '2026-06-25', amount: 4_000_000 }, { due: '2029-04-20', amount: 4_000_000 }] });
	b.rule({ id: 'ban', kind: 'activity-ban', categories: ['political', 'social-media'] });
	b.rule({ id: 'address', kind: 'notify-change', changes: ['residence', 'work'], withinDays: 10 });
	b.checkIn({ id: 'c-report', kind: 'report', ruleId: 'report', at: '2026-06-08T10:15:00+05:00' });
	b.checkIn({ id: 'c-fine', kind: 'payment', ruleId: 'fine', amount: 4_000_000, currency: 'KZT', at: '2026-06-24T15:20:00+05:00' });
	// Backdated: happened before the two above, recorded after them.
	b.checkIn({ id: 'b-move', kind: 'change', ruleId: 'address', what: 'residence', on: '2026-06-01', at: '2026-06-01T12:00:00+05:00', recordedAt: '2026-06-25T09:00:00+05:00' });
	return b.build();
}

/**
 * `file` as storage keeps it: every check-in with its hash, chained in the file's order from
 * `previous` (computed here with the chain's own functions, not storage's).
 */
export async function sealed(file: CaseFile, previous = ''): Promise<CaseFile> {
	const hashes = await chainHashes(file.checkIns, previous);
	return { ...file, checkIns: file.checkIns.map((checkIn, index) => ({ ...checkIn, hash: hashes[index]! })) };
}

/** The file without any check-in hash: what it was before storage sealed it. */
export function unsealed(file: CaseFile): CaseFile {
	return { ...file, checkIns: file.checkIns.map(({ hash: _hash, ...checkIn }) => checkIn as CaseFile['checkIns'][number]) };
}

/** A check-in for `smallCase`, with the fields a test does not care about filled in. */
export function note(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
	return { id, kind: 'note', note: `Note ${id}`, at: '2026-07-01T10:00:00+05:00', recordedAt: '2026-07-01T10:00:00+05:00', ...fields };
}

/** The value of a write that must have been saved; fails the test with the issues otherwise. */
export function saved<T>(result: Saved<T>): T {
	if (!result.ok) expect.fail(`refused: ${JSON.stringify(result.issues)}`);
	return result.value;
}

/** The issues of a write that must have been refused, as `[path, code]` pairs. */
export function refusal<T>(result: Saved<T>): [string, string][] {
	if (result.ok) expect.fail(`saved: ${JSON.stringify(result.value)}`);
	return result.issues.map((issue) => [issue.path, issue.code]);
}

/** Everything in the database, table by table (for "nothing changed" checks). */
export async function snapshot(db: CleardayDb): Promise<Record<string, unknown[]>> {
	return db.transaction('r', db.tables, async () => {
		const entries = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
		return Object.fromEntries(entries);
	});
}

/** Stores `file` directly as the test's starting point, and returns what readCase gives back. */
export async function stored(db: CleardayDb, file: CaseFile): Promise<CaseFile> {
	saved(await createCase(db, file));
	const read = await readCase(db, file.case.id);
	if (!read) expect.fail('the case was not stored');
	return read;
}

/** A DOMException as a browser reports a full disk. */
export function quotaError(): DOMException {
	return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/**
 * Makes the commit of every transaction that writes a record to `table` fail the way a full disk
 * fails in a browser: the write itself succeeds, then the transaction aborts with a
 * QuotaExceededError, which Dexie reports as an AbortError whose `inner` is that error.
 * (fake-indexeddb's `_abort(name)` is the internal step that the spec calls "abort a transaction
 * with error"; there is no public way to make a fake disk full.) Hook the table written last in
 * the transaction, so that the abort comes where a browser's does: at the commit.
 */
export function failCommitWithQuota<T, K>(table: Table<T, K>): void {
	const abortOnSuccess = (context: { onsuccess?: ((...args: never[]) => void) | null }) => {
		const transaction = Dexie.currentTransaction as unknown as { idbtrans: { _abort(name: string): void } };
		context.onsuccess = () => transaction.idbtrans._abort('QuotaExceededError');
	};
	table.hook('creating', function () {
		abortOnSuccess(this);
	});
	table.hook('updating', function () {
		abortOnSuccess(this);
	});
}

/**
 * Makes one request of the next bulk write to `tableName` fail with a QuotaExceededError, as
 * IndexedDB reports it on the request itself (some browsers do so rather than failing the
 * commit). A DBCore middleware sits just above IndexedDB and gets its answer as it is: the
 * other records are written, and Dexie's bulkAdd/bulkPut turn the one failure into a BulkError.
 */
export async function failBulkRequestWithQuota(db: CleardayDb, tableName: string): Promise<void> {
	let armed = true;
	// Middleware is built into the connection when it opens.
	db.close();
	db.use({
		stack: 'dbcore',
		name: 'fail-bulk-request-with-quota',
		create: (down: DBCore): DBCore => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				if (name !== tableName) return table;
				return {
					...table,
					mutate: async (request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
						const response = await table.mutate(request);
						if (!armed || (request.type !== 'add' && request.type !== 'put') || request.values.length < 2) return response;
						armed = false;
						const last = request.values.length - 1;
						return { ...response, numFailures: response.numFailures + 1, failures: { ...response.failures, [last]: quotaError() } };
					}
				};
			}
		})
	});
	await db.open();
}
