/**
 * The app lock (docs/security.md): setting, opening, changing and removing it.
 *
 * A random data key seals the payloads (vault.ts). It is stored only encrypted with a key derived
 * from the person's passphrase or PIN (PBKDF2-SHA-256, 600,000 iterations, a fresh salt each
 * time), in the settings record `lock`; opened, it lives in memory only, not extractable.
 * Setting, changing and removing the lock re-seal every payload in ONE transaction, with a new
 * data key each time: an interrupted change leaves everything as it was, readable with the old
 * secret, and a copy of the database taken before a change is of no help after it.
 *
 * Wrong attempts are counted in the database (a reload does not reset them) and, from the third
 * on, each one doubles the wait before the next (lock-delay.ts).
 */
import { createIV, createSalt, decrypt, deriveKey, encrypt, generateRawKey, importRawKey, PBKDF2_ITERATIONS } from '$lib/share/crypto';
import type { AlertStateRecord, CleardayDb } from './db';
import { openAlertStates, storedAlertStates } from './alert-states';
import { guarded, guardedRead } from './errors';
import { LOCK_SETTING as LOCK, Vault, where } from './vault';
import { nextTryAt } from './lock-delay';

export const FAILURES = 'lockFailures';

/** What the person types: digits only (a PIN), or anything (a passphrase). */
export type SecretKind = 'pin' | 'passphrase';

export const MIN_PIN_DIGITS = 6;
export const MIN_PASSPHRASE_LENGTH = 8;

/** The stored lock: how to derive the key that opens `key`, the data key's encrypted bytes. */
export interface LockRecord {
	version: 1;
	kind: SecretKind;
	iterations: number;
	salt: Uint8Array<ArrayBuffer>;
	iv: Uint8Array<ArrayBuffer>;
	key: Uint8Array<ArrayBuffer>;
}

export interface Failures {
	count: number;
	/** The instant of the last wrong attempt (ISO 8601). */
	last: string;
}

/** Why a secret cannot be used, or undefined when it can. */
export type SecretProblem = 'pinShort' | 'pinDigits' | 'passphraseShort';

export function secretProblem(kind: SecretKind, secret: string): SecretProblem | undefined {
	if (kind === 'pin') {
		if (!/^\d*$/.test(secret)) return 'pinDigits';
		return secret.length < MIN_PIN_DIGITS ? 'pinShort' : undefined;
	}
	return [...secret.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH ? 'passphraseShort' : undefined;
}

/** Tells the data key's encrypted bytes apart from anything else encrypted with the same secret. */
const KEY_CONTEXT = new TextEncoder().encode('clearday-lock-v1');

export async function readLock(db: CleardayDb): Promise<LockRecord | undefined> {
	return (await guardedRead(() => db.settings.get(LOCK)))?.value as LockRecord | undefined;
}

export async function readFailures(db: CleardayDb): Promise<Failures | undefined> {
	return (await guardedRead(() => db.settings.get(FAILURES)))?.value as Failures | undefined;
}

/** A new data key, and the lock record that keeps it under `secret`. */
async function newLock(kind: SecretKind, secret: string, iterations: number): Promise<{ key: CryptoKey; record: LockRecord }> {
	const raw = await generateRawKey();
	try {
		const salt = createSalt();
		const iv = createIV();
		const wrapping = await deriveKey(secret, salt, iterations);
		const record: LockRecord = { version: 1, kind, iterations, salt, iv, key: await encrypt(wrapping, iv, raw, KEY_CONTEXT) };
		return { key: await importRawKey(raw), record };
	} finally {
		raw.fill(0);
	}
}

/** The data key `secret` opens, or undefined for a wrong secret. */
async function openLock(record: LockRecord, secret: string): Promise<CryptoKey | undefined> {
	const wrapping = await deriveKey(secret, record.salt, record.iterations);
	const raw = await decrypt(wrapping, record.iv, record.key, KEY_CONTEXT);
	if (!raw) return undefined;
	try {
		return await importRawKey(raw);
	} finally {
		raw.fill(0);
	}
}

/**
 * Every payload of every case re-sealed for `next` (a vault with the new key, or without a lock),
 * and the lock record replaced, in one transaction. Reading uses the database's vault as it is.
 * (Each step's cryptography runs in one Dexie.waitFor, which keeps the transaction open.)
 */
async function reseal(db: CleardayDb, next: Vault, record: LockRecord | undefined): Promise<void> {
	const { vault } = db;
	await guarded(() =>
		db.transaction('rw', [db.cases, db.rules, db.checkIns, db.alertStates, db.settings], async () => {
			const [cases, rules, checkIns] = await Promise.all([db.cases.toArray(), db.rules.toArray(), db.checkIns.toArray()]);
			const infos = await vault.unwrapAll(cases, 'info', (r) => where.case(r.id));
			const ruleValues = await vault.unwrapAll(rules, 'rule', (r) => where.rule(r.caseId, r.id));
			const checkInValues = await vault.unwrapAll(checkIns, 'checkIn', (r) => where.checkIn(r.caseId, r.id));
			const sealedCases = await next.wrapAll('info', infos, (info) => where.case(info.id));
			const sealedRules = await next.wrapAll('rule', ruleValues, (_, i) => where.rule(rules[i]!.caseId, rules[i]!.id));
			const sealedCheckIns = await next.wrapAll('checkIn', checkInValues, (_, i) => where.checkIn(checkIns[i]!.caseId, checkIns[i]!.id));
			await db.checkIns.bulkPut(checkIns.map(({ seq, caseId, id, supersedes }, i) => ({ seq, caseId, id, supersedes, ...sealedCheckIns[i] })));
			await db.rules.bulkPut(rules.map(({ caseId, id, position }, i) => ({ caseId, id, position, ...sealedRules[i] })));
			await db.cases.bulkPut(cases.map(({ id, demo, createdAt }, i) => ({ id, demo, createdAt, ...sealedCases[i] })));
			// Alert states: one sealed record per case with a lock, one per alert without.
			const alertStates = await db.alertStates.toArray();
			const stored: AlertStateRecord[] = [];
			for (const caseId of new Set(alertStates.map((record) => record.caseId))) {
				const records = alertStates.filter((record) => record.caseId === caseId);
				stored.push(...(await storedAlertStates(next, caseId, await openAlertStates(db, caseId, records))));
			}
			await db.alertStates.clear();
			await db.alertStates.bulkAdd(stored);
			if (record) await db.settings.put({ key: LOCK, value: record });
			else await db.settings.delete(LOCK);
			await db.settings.delete(FAILURES);
		})
	);
}

/** Sets a lock on a database without one: from now on every payload is stored sealed. */
export async function setLock(db: CleardayDb, kind: SecretKind, secret: string, iterations = PBKDF2_ITERATIONS): Promise<void> {
	if (db.vault.set) throw new Error('setLock: a lock is already set; change it instead');
	const { key, record } = await newLock(kind, secret, iterations);
	const next = new Vault();
	next.use(key);
	await reseal(db, next, record);
	db.vault.use(key);
}

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong' | 'wait' | 'none'; tryAt?: Date };

/**
 * Opens the lock with `secret`, unless the wait after wrong attempts is not over at `now` (then
 * nothing is tried). A wrong secret is counted, and the answer says when the next try may be.
 */
export async function unlock(db: CleardayDb, secret: string, now: Date): Promise<UnlockResult> {
	const record = await readLock(db);
	if (!record) return { ok: false, reason: 'none' };
	const failures = await readFailures(db);
	const waitUntil = nextTryAt(failures);
	if (waitUntil && waitUntil > now) return { ok: false, reason: 'wait', tryAt: waitUntil };
	const key = await openLock(record, secret);
	if (!key) {
		const counted: Failures = { count: (failures?.count ?? 0) + 1, last: now.toISOString() };
		await guarded(() => db.settings.put({ key: FAILURES, value: counted }));
		return { ok: false, reason: 'wrong', tryAt: nextTryAt(counted) };
	}
	if (failures) await guarded(() => db.settings.delete(FAILURES));
	db.vault.use(key);
	return { ok: true };
}

/** Whether `secret` opens the stored lock (asked again before a change or removal). */
async function confirmed(db: CleardayDb, secret: string): Promise<boolean> {
	const record = await readLock(db);
	return record !== undefined && (await openLock(record, secret)) !== undefined;
}

/** Replaces the secret (and the data key), re-sealing everything; false if `current` is wrong. */
export async function changeLock(db: CleardayDb, current: string, kind: SecretKind, secret: string, iterations = PBKDF2_ITERATIONS): Promise<boolean> {
	if (!(await confirmed(db, current))) return false;
	const { key, record } = await newLock(kind, secret, iterations);
	const next = new Vault();
	next.use(key);
	await reseal(db, next, record);
	db.vault.use(key);
	return true;
}

/** Removes the lock, storing everything in clear again; false if `current` is wrong. */
export async function removeLock(db: CleardayDb, current: string): Promise<boolean> {
	if (!(await confirmed(db, current))) return false;
	await reseal(db, new Vault(), undefined);
	db.vault.use(undefined);
	return true;
}
