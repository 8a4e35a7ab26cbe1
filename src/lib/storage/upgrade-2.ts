/**
 * The upgrade to version 2: every check-in stored so far gets its link in the hash chain, case
 * by case in recording order (`seq`), exactly as if it had been recorded by version 2.
 * Runs inside Dexie's upgrade transaction: anything thrown here aborts it and leaves the
 * database at version 1 with every record as it was.
 */
import Dexie, { type Transaction } from 'dexie';
import { checkInHash } from '$lib/integrity/chain';
import type { PlainCheckInRecord } from './db';

/**
 * Dexie gives up waiting after a minute by default; a slow phone with a long record could need
 * more, and giving up would leave the app unable to open at every start.
 */
const UPGRADE_TIMEOUT_MS = 10 * 60_000;

/** The records with their hashes, each chained to the previous record of its own case. */
export async function hashRecords(records: readonly PlainCheckInRecord[]): Promise<PlainCheckInRecord[]> {
	const heads = new Map<string, string>();
	const hashed: PlainCheckInRecord[] = [];
	for (const record of records) {
		const hash = await checkInHash(record.checkIn, heads.get(record.caseId) ?? '');
		heads.set(record.caseId, hash);
		hashed.push({ ...record, checkIn: { ...record.checkIn, hash } });
	}
	return hashed;
}

export async function addHashes(transaction: Transaction): Promise<void> {
	const table = transaction.table<PlainCheckInRecord, number>('checkIns');
	// The primary key is `seq`: the whole table in recording order.
	const records = await table.toArray();
	if (records.length === 0) return;
	// SHA-256 is WebCrypto, not IndexedDB: waitFor keeps the transaction alive while it runs.
	const hashed = await Dexie.waitFor(hashRecords(records), UPGRADE_TIMEOUT_MS);
	await table.bulkPut(hashed);
}
