/**
 * The hash chain of a stored case: every check-in is written with its link to the one recorded
 * before it in the same case (docs/case-file.md, "The hash chain"; the hashing is
 * src/lib/integrity/chain.ts). A new check-in is sealed inside its own transaction, against the
 * stored head. (A whole file is sealed before its transaction: seal-file.ts.)
 */
import Dexie from 'dexie';
import { chainHashes, checkInHash } from '$lib/integrity/chain';
import type { CheckIn } from '$lib/domain';
import { readCase } from './case-records';
import type { CleardayDb } from './db';
import { guarded } from './errors';
import { where } from './vault';

/**
 * The chain head of a stored case, for the next check-in to link to ('' when it has none). Call
 * inside a read-write transaction on `checkIns`. A tab still running code from before version 2
 * can write check-ins without a hash into the upgraded database (Dexie reopens it quietly): such
 * a run at the end of the chain is sealed here first, in recording order, so that the chain
 * stays whole.
 */
export async function storedHead(db: CleardayDb, caseId: string): Promise<string> {
	// Newest first, back to the newest check-in that has its hash: normally just the last one. (A
	// sealed one has it: only code that knows the lock, and so the chain, writes sealed.)
	const tail = await db.checkIns
		.where('caseId')
		.equals(caseId)
		.reverse()
		.until((record) => record.sealed !== undefined || record.checkIn?.hash !== undefined, true)
		.toArray();
	tail.reverse();
	const checkIns = await db.vault.unwrapAll(tail, 'checkIn', (record) => where.checkIn(caseId, record.id));
	const sealed = checkIns[0]?.hash;
	const unsealed = sealed === undefined ? checkIns : checkIns.slice(1);
	if (unsealed.length === 0) return sealed ?? '';
	const hashes = await Dexie.waitFor(chainHashes(unsealed, sealed ?? ''));
	const records = tail.slice(tail.length - unsealed.length);
	const hashed = unsealed.map((checkIn, index) => ({ ...checkIn, hash: hashes[index] }));
	const wrapped = await db.vault.wrapAll('checkIn', hashed, (checkIn) => where.checkIn(caseId, checkIn.id));
	await db.checkIns.bulkPut(records.map(({ seq, id, supersedes }, index) => ({ seq, caseId, id, supersedes, ...wrapped[index] })));
	return hashes.at(-1)!;
}

/** `checkIn` with its hash, linked to `previous`; WebCrypto awaited without letting the transaction commit. */
export async function sealNext(checkIn: CheckIn, previous: string): Promise<CheckIn> {
	return { ...checkIn, hash: await Dexie.waitFor(checkInHash(checkIn, previous)) };
}

/**
 * Seals what a tab on older code left without a hash at the end of a case's chain (see
 * storedHead), in its own transaction, and returns the case's check-ins as stored then.
 */
export async function sealStoredChain(db: CleardayDb, caseId: string): Promise<CheckIn[] | undefined> {
	await guarded(() => db.transaction('rw', db.checkIns, () => storedHead(db, caseId)));
	return (await readCase(db, caseId))?.checkIns;
}
