/**
 * The hash chain's and the backup's figures in Node (fake-indexeddb for the database): verifying
 * the chain of 5,000 check-ins, the schema upgrade that seals 5,000 stored check-ins, and a
 * backup of them made and restored, and the app lock's costs (reading a sealed case, unlocking,
 * re-sealing on a change). Each figure is the median of several runs after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseCaseFile, type CaseFile } from '../src/lib/domain';
import { chainHashes, verifyChain } from '../src/lib/integrity/chain';
import { CleardayDb, STORES_V1 } from '../src/lib/storage/db';
import { createCase } from '../src/lib/storage/cases';
import { readCase } from '../src/lib/storage/case-records';
import { changeLock, setLock, unlock } from '../src/lib/storage/lock';
import { makeBackup } from '../src/lib/backup/export';
import { checkBackup, readBackupText, restoreBackup, unlockBackup } from '../src/lib/backup/restore';
import { benchCase } from './bench-case';

const COUNT = 5_000;

/** `run`'s time, or the time it returns itself (when it must exclude its own setting up). */
async function median(runs: number, run: () => Promise<unknown>): Promise<{ median: number; min: number; max: number; runs: number }> {
	await run();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const result = await run();
		times.push(typeof result === 'number' ? result : performance.now() - started);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, runs };
}

/** A database at version 1 holding the case as version 1's code stored it (no hashes). */
async function version1(file: CaseFile): Promise<{ indexedDB: IDBFactory; name: string }> {
	const indexedDB = new IDBFactory();
	const name = 'bench-upgrade';
	const db = new Dexie(name, { indexedDB, IDBKeyRange });
	db.version(1).stores(STORES_V1);
	await db.transaction('rw', db.tables, async () => {
		await db.table('cases').add({ id: file.case.id, info: file.case, demo: false, createdAt: '2026-01-01T00:00:00.000Z' });
		await db.table('rules').bulkAdd(file.rules.map((rule, position) => ({ caseId: file.case.id, id: rule.id, position, rule })));
		await db.table('checkIns').bulkAdd(file.checkIns.map((checkIn) => ({ caseId: file.case.id, id: checkIn.id, supersedes: checkIn.supersedes, checkIn })));
		await db.table('settings').put({ key: 'activeCase', value: file.case.id });
	});
	db.close();
	return { indexedDB, name };
}

export async function benchIntegrity(): Promise<void> {
	const file = parseCaseFile(benchCase(COUNT));
	const hashes = await chainHashes(file.checkIns);
	const sealed = file.checkIns.map((checkIn, index) => ({ ...checkIn, hash: hashes[index]! }));
	const lines: [string, Awaited<ReturnType<typeof median>>][] = [];

	lines.push([`verifyChain() · ${COUNT} check-ins`, await median(10, async () => {
		if (!(await verifyChain(sealed)).ok) throw new Error('the chain should hold');
	})]);

	lines.push([`upgrade v1 → v2 (seal) · ${COUNT} check-ins`, await median(5, async () => {
		const where = await version1(file);
		const db = new CleardayDb(where.name, { indexedDB: where.indexedDB, IDBKeyRange });
		const started = performance.now();
		await db.open();
		const took = performance.now() - started;
		db.close();
		return took;
	})]);

	const db = new CleardayDb('bench-backup', { indexedDB: new IDBFactory(), IDBKeyRange });
	await createCase(db, file);
	const now = new Date('2026-11-23T07:00:00Z');
	let plain = '';
	let locked = '';
	lines.push([`backup, readable · ${COUNT} check-ins`, await median(5, async () => {
		plain = (await makeBackup(db, file.case.id, { now }))!.text;
	})]);
	lines.push([`backup, locked (PBKDF2 600k) · ${COUNT} check-ins`, await median(3, async () => {
		locked = (await makeBackup(db, file.case.id, { now, passphrase: 'bench passphrase' }))!.text;
	})]);
	lines.push([`restore, readable (read, check, store) · ${COUNT}`, await median(5, async () => {
		const read = readBackupText(plain);
		if (!read.ok || read.encrypted) throw new Error('not a plain backup');
		if (!(await checkBackup(read.json)).ok) throw new Error('refused');
		const target = new CleardayDb('bench-restore', { indexedDB: new IDBFactory(), IDBKeyRange });
		if (!(await restoreBackup(target, read.json, { now })).ok) throw new Error('not restored');
		target.close();
	})]);
	lines.push([`restore, locked: unlock only · ${COUNT}`, await median(3, async () => {
		const read = readBackupText(locked);
		if (!read.ok || !read.encrypted || !(await unlockBackup(read.envelope, 'bench passphrase')).ok) throw new Error('not unlocked');
	})]);
	// The app lock: reading the case with every record sealed, against in clear; sealing it; unlocking.
	lines.push([`readCase, no lock · ${COUNT} check-ins`, await median(5, () => readCase(db, file.case.id))]);
	await setLock(db, 'passphrase', 'bench lock passphrase');
	lines.push([`readCase, lock on (opens every record) · ${COUNT}`, await median(5, () => readCase(db, file.case.id))]);
	lines.push([`unlock (PBKDF2 600k)`, await median(3, async () => {
		db.vault.lock();
		if (!(await unlock(db, 'bench lock passphrase', now)).ok) throw new Error('not unlocked');
	})]);
	lines.push([`change the passphrase (re-seal all) · ${COUNT}`, await median(3, async () => {
		if (!(await changeLock(db, 'bench lock passphrase', 'passphrase', 'bench lock passphrase'))) throw new Error('not changed');
	})]);
	db.close();

	console.log(`\n${'chain, backup and lock (Node, fake-indexeddb)'.padEnd(52)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  runs`);
	for (const [name, figure] of lines) {
		console.log(`${name.padEnd(52)} ${figure.median.toFixed(1).padStart(8)} ${figure.min.toFixed(1).padStart(8)} ${figure.max.toFixed(1).padStart(8)} ${String(figure.runs).padStart(5)}`);
	}
	console.log(`backup file of ${COUNT} check-ins: ${(plain.length / 1000).toFixed(0)} kB readable, ${(locked.length / 1000).toFixed(0)} kB locked`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIntegrity();
