/**
 * The app lock as storage keeps it (src/lib/storage/lock.ts, vault.ts): with a lock set nothing
 * that could name the person is stored in clear, only the right secret opens it, wrong ones make
 * the next try wait longer, and setting, changing or removing it happens whole or not at all.
 */
import { describe, expect, it, vi } from 'vitest';
import { createCase, dismissAlert, markNotified, readAlertStates, readCase, recordCheckIn, saveRule, StorageError, updateCaseInfo } from '../../src/lib/storage';
import { changeLock, readFailures, readLock, removeLock, secretProblem, setLock, unlock } from '../../src/lib/storage/lock';
import { waitAfter } from '../../src/lib/storage/lock-delay';
import { Vault, LockedError } from '../../src/lib/storage/vault';
import { PBKDF2_ITERATIONS } from '../../src/lib/share/crypto';
import type { CaseFile } from '../../src/lib/domain/types';
import { demoJson, freshDb, note, sameDb, saved, smallCase, snapshot, stored } from './helpers';
import type { CleardayDb } from '../../src/lib/storage/db';
import { demoStrings } from '../demo-strings';

/** Fewer iterations than the app's, so that the many unlocks here stay quick (one test checks the real count). */
const FAST = 1_000;
const SECRET = 'correct horse battery';
const NOW = new Date('2026-11-23T12:00:00Z');

/** The whole database as text: what someone who copies the phone's storage could read. */
async function dumpText(db: CleardayDb): Promise<string> {
	return JSON.stringify(await snapshot(db), (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value));
}

async function lockedDemo(): Promise<{ db: CleardayDb; file: CaseFile }> {
	const db = freshDb();
	const file = saved(await createCase(db, demoJson()));
	await setLock(db, 'passphrase', SECRET, FAST);
	return { db, file };
}

/** The same database as a started app sees it: a lock set, no key. */
async function restarted(db: CleardayDb): Promise<CleardayDb> {
	const other = sameDb(db);
	if (await readLock(other)) other.vault.lock();
	return other;
}

describe('secrets', () => {
	it('accepts a PIN of at least 6 digits and a passphrase of at least 8 characters', () => {
		expect(secretProblem('pin', '123456')).toBeUndefined();
		expect(secretProblem('pin', '12345')).toBe('pinShort');
		expect(secretProblem('pin', '12345a')).toBe('pinDigits');
		expect(secretProblem('passphrase', 'seven c')).toBe('passphraseShort');
		expect(secretProblem('passphrase', 'пароль12')).toBeUndefined();
	});
});

describe('with a lock set', () => {
	it('stores none of the case’s strings in clear, in any table', async () => {
		const before = freshDb();
		saved(await createCase(before, demoJson()));
		// The check can fail: without a lock they are there (all but the file's format name).
		const clear = await dumpText(before);
		const strings = demoStrings().filter((s) => clear.includes(s));
		expect(strings.length).toBeGreaterThan(100);

		const { db } = await lockedDemo();
		saved(await recordCheckIn(db, 'case-almaty-demo', note('late-one', { note: 'Met Aigerim at the library', at: '2026-11-20T10:00:00+05:00', recordedAt: '2026-11-20T10:00:00+05:00' })));
		const dump = await dumpText(db);
		expect(strings.filter((s) => dump.includes(s))).toEqual([]);
		expect(dump).not.toContain('Aigerim');
	});

	it('derives the key with PBKDF2-SHA-256 at 600,000 iterations by default, with a fresh salt', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await setLock(db, 'pin', '246810');
		const record = (await readLock(db))!;
		expect(record.iterations).toBe(PBKDF2_ITERATIONS);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(record.kind).toBe('pin');
		expect(record.salt).toHaveLength(16);
		const other = freshDb();
		await setLock(other, 'pin', '246810', FAST);
		expect((await readLock(other))!.salt).not.toEqual(record.salt);
	});

	it('reads and writes as before while unlocked, and the round trip through lock and unlock loses nothing', async () => {
		const { db, file } = await lockedDemo();
		expect(await readCase(db, 'case-almaty-demo')).toStrictEqual(file);
		const added = saved(await recordCheckIn(db, 'case-almaty-demo', note('after-lock', { at: '2026-11-21T10:00:00+05:00', recordedAt: '2026-11-21T10:00:00+05:00' })));
		const rule = saved(await saveRule(db, 'case-almaty-demo', { ...file.rules[0]!, title: 'Renamed while locked' }, file.rules[0]!.id));
		const info = saved(await updateCaseInfo(db, 'case-almaty-demo', { ...file.case, title: 'New title' }));

		db.vault.lock();
		await expect(readCase(db, 'case-almaty-demo')).rejects.toMatchObject({ problem: 'locked' });
		expect(await unlock(db, SECRET, NOW)).toEqual({ ok: true });
		const read = (await readCase(db, 'case-almaty-demo'))!;
		expect(read.case).toEqual(info);
		expect(read.rules[0]).toEqual(rule);
		expect(read.checkIns).toEqual([...file.checkIns, added]);

		// Another start of the app: only the secret opens it.
		const again = await restarted(db);
		await expect(readCase(again, 'case-almaty-demo')).rejects.toBeInstanceOf(StorageError);
		expect(await unlock(again, SECRET, NOW)).toEqual({ ok: true });
		expect(await readCase(again, 'case-almaty-demo')).toStrictEqual(read);
	});

	it('refuses every write while locked, and changes nothing', async () => {
		const { db, file } = await lockedDemo();
		db.vault.lock();
		const before = await snapshot(db);
		await expect(recordCheckIn(db, 'case-almaty-demo', note('x'))).rejects.toMatchObject({ problem: 'locked' });
		await expect(saveRule(db, 'case-almaty-demo', file.rules[0]!, file.rules[0]!.id)).rejects.toMatchObject({ problem: 'locked' });
		await expect(createCase(db, smallCase())).rejects.toMatchObject({ problem: 'locked' });
		expect(await snapshot(db)).toEqual(before);
	});

	it('opens a sealed payload only in its own record', async () => {
		const { db } = await lockedDemo();
		const [first, second] = await db.checkIns.limit(2).toArray();
		await db.checkIns.put({ ...first!, sealed: second!.sealed });
		await expect(readCase(db, 'case-almaty-demo')).rejects.toBeInstanceOf(StorageError);
	});
});

describe('alert states with a lock', () => {
	it('are stored sealed, all of a case’s in one record, and read back whole before and after a change and removal', async () => {
		const db = freshDb();
		saved(await createCase(db, demoJson()));
		await dismissAlert(db, 'case-almaty-demo', 'rule-reporting/2031-01-13/due', NOW);
		await setLock(db, 'passphrase', SECRET, FAST);
		await markNotified(db, 'case-almaty-demo', ['rule-reporting/2031-02-10/soon', 'rule-reporting/2031-01-13/due'], new Date('2026-11-24T08:00:00Z'));
		const expected = new Map([
			['rule-reporting/2031-01-13/due', { caseId: 'case-almaty-demo', alertId: 'rule-reporting/2031-01-13/due', dismissedAt: NOW.toISOString(), notifiedAt: '2026-11-24T08:00:00.000Z' }],
			['rule-reporting/2031-02-10/soon', { caseId: 'case-almaty-demo', alertId: 'rule-reporting/2031-02-10/soon', notifiedAt: '2026-11-24T08:00:00.000Z' }]
		]);
		expect(await readAlertStates(db, 'case-almaty-demo')).toEqual(expected);
		expect(await db.alertStates.count()).toBe(1);
		const dump = await dumpText(db);
		expect(dump).not.toContain('2031');
		expect(dump).not.toContain('2026-11-24');

		db.vault.lock();
		await expect(readAlertStates(db, 'case-almaty-demo')).rejects.toMatchObject({ problem: 'locked' });
		await expect(dismissAlert(db, 'case-almaty-demo', 'x', NOW)).rejects.toMatchObject({ problem: 'locked' });
		expect((await unlock(db, SECRET, NOW)).ok).toBe(true);
		expect(await changeLock(db, SECRET, 'pin', '97531864', FAST)).toBe(true);
		expect(await readAlertStates(db, 'case-almaty-demo')).toEqual(expected);
		expect(await removeLock(db, '97531864')).toBe(true);
		expect(await readAlertStates(db, 'case-almaty-demo')).toEqual(expected);
		expect(await db.alertStates.count()).toBe(2);
	});
});

describe('wrong secrets', () => {
	it('unlock nothing, are counted across restarts, and make each next try wait longer', async () => {
		const { db } = await lockedDemo();
		let app = await restarted(db);
		const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

		expect(await unlock(app, 'wrong guess 1', at(0))).toEqual({ ok: false, reason: 'wrong', tryAt: undefined });
		expect(await unlock(app, 'wrong guess 2', at(1))).toEqual({ ok: false, reason: 'wrong', tryAt: undefined });
		expect(await unlock(app, 'wrong guess 3', at(2))).toEqual({ ok: false, reason: 'wrong', tryAt: at(4) });
		expect(app.vault.open).toBe(false);
		await expect(readCase(app, 'case-almaty-demo')).rejects.toMatchObject({ problem: 'locked' });

		// During the wait even the right secret is not tried.
		expect(await unlock(app, SECRET, at(3))).toEqual({ ok: false, reason: 'wait', tryAt: at(4) });
		expect(app.vault.open).toBe(false);
		// A restart does not reset the count.
		app = await restarted(db);
		expect(await unlock(app, 'wrong guess 4', at(4))).toEqual({ ok: false, reason: 'wrong', tryAt: at(8) });
		expect(await unlock(app, 'wrong guess 5', at(8))).toEqual({ ok: false, reason: 'wrong', tryAt: at(16) });
		expect((await readFailures(app))?.count).toBe(5);

		expect(await unlock(app, SECRET, at(16))).toEqual({ ok: true });
		expect(await readFailures(app)).toBeUndefined();
	});

	it('waits grow: none for two, then doubling from 2 s up to 15 minutes', () => {
		const waits = Array.from({ length: 14 }, (_, i) => waitAfter(i + 1));
		expect(waits.slice(0, 6)).toEqual([0, 0, 2_000, 4_000, 8_000, 16_000]);
		for (let i = 3; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
		expect(waits.at(-1)).toBe(15 * 60_000);
	});
});

describe('changing and removing the lock', () => {
	it('change: the new secret opens everything, the old one nothing', async () => {
		const { db, file } = await lockedDemo();
		expect(await changeLock(db, 'not the secret', 'pin', '13572468', FAST)).toBe(false);
		expect(await changeLock(db, SECRET, 'pin', '13572468', FAST)).toBe(true);
		expect((await readLock(db))!.kind).toBe('pin');
		const app = await restarted(db);
		expect((await unlock(app, SECRET, NOW)).ok).toBe(false);
		expect(await unlock(app, '13572468', NOW)).toEqual({ ok: true });
		expect(await readCase(app, 'case-almaty-demo')).toStrictEqual(file);
	});

	it('change: interrupted midway, leaves every record as it was, readable with the old secret', async () => {
		const { db, file } = await lockedDemo();
		const before = await snapshot(db);
		// The disk fails after the check-ins were re-sealed, before the rules.
		vi.spyOn(db.rules, 'bulkPut').mockRejectedValueOnce(new DOMException('The device is gone', 'UnknownError'));
		await expect(changeLock(db, SECRET, 'passphrase', 'a brand new passphrase', FAST)).rejects.toBeInstanceOf(StorageError);
		vi.restoreAllMocks();
		expect(await snapshot(db)).toEqual(before);
		const app = await restarted(db);
		expect(await unlock(app, SECRET, NOW)).toEqual({ ok: true });
		expect(await readCase(app, 'case-almaty-demo')).toStrictEqual(file);
	});

	it('remove: stores everything in clear again, and needs the current secret', async () => {
		const { db, file } = await lockedDemo();
		expect(await removeLock(db, 'not the secret')).toBe(false);
		expect(await readLock(db)).toBeDefined();
		expect(await removeLock(db, SECRET)).toBe(true);
		expect(await readLock(db)).toBeUndefined();
		const app = await restarted(db);
		expect(app.vault.set).toBe(false);
		expect(await readCase(app, 'case-almaty-demo')).toStrictEqual(file);
		expect(await dumpText(app)).toContain(file.case.title);
	});
});

describe('IVs', () => {
	it('are fresh for every record, over 10,000 writes', async () => {
		const db = freshDb();
		await stored(db, smallCase());
		await setLock(db, 'pin', '864209', FAST);
		const file = smallCase('case-big');
		const base = file.checkIns[0]!;
		const many: CaseFile = { ...file, checkIns: Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `n${i}`, kind: 'note' as const, note: `Note ${i}`, ruleId: undefined })) as CaseFile['checkIns'] };
		saved(await createCase(db, many));
		for (let i = 0; i < 3; i++) saved(await recordCheckIn(db, 'case-big', note(`late-${i}`)));
		const records = [...(await db.checkIns.toArray()), ...(await db.rules.toArray()), ...(await db.cases.toArray())];
		const ivs = records.map((record) => Buffer.from(record.sealed!.iv).toString('hex'));
		expect(ivs.length).toBeGreaterThan(10_000);
		expect(new Set(ivs).size).toBe(ivs.length);
	});

	it('differ even for the same value written twice', async () => {
		const vault = new Vault();
		vault.use(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']));
		const a = await vault.wrap('x', 'same', 'here');
		const b = await vault.wrap('x', 'same', 'here');
		expect(a.sealed!.iv).not.toEqual(b.sealed!.iv);
		expect(a.sealed!.data).not.toEqual(b.sealed!.data);
		vault.lock();
		await expect(vault.unwrap(a, 'x', 'here')).rejects.toBeInstanceOf(LockedError);
	});
});
