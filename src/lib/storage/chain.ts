/**
 * The hash chain in storage: every check-in is written with its link to the one recorded before
 * it in the same case (docs/case-file.md, "The hash chain"; the hashing is
 * src/lib/integrity/chain.ts). A whole file is sealed (or its seals checked) before its
 * transaction; a single new check-in is sealed inside its transaction, against the stored head.
 */
import Dexie from 'dexie';
import { chainHashes, checkInHash, verifyChain, type ChainCheck } from '$lib/integrity/chain';
import { makeIssue, type CaseFileIssue } from '$lib/domain/issues';
import type { CaseFile, CheckIn } from '$lib/domain';
import type { CleardayDb } from './db';

/** The first check-in that breaks a chain, as an issue that names it (path, position, kind, time). */
export function chainIssue(checkIns: readonly CheckIn[], broken: Extract<ChainCheck, { ok: false }>): CaseFileIssue {
	const checkIn = checkIns[broken.index]!;
	return makeIssue(`checkIns[${broken.index}].hash`, broken.reason === 'missing' ? 'chain.missing' : 'chain.mismatch', {
		position: broken.index + 1,
		id: checkIn.id,
		kind: checkIn.kind,
		at: checkIn.at
	});
}

/**
 * The file's check-ins, each with its hash: computed when the file has none (an old export, a
 * template, the demo), checked when it has them. A file whose chain does not hold is refused
 * with the first check-in that breaks it; a file with some hashes missing is refused at the first
 * one without.
 */
export async function sealFile(file: CaseFile): Promise<{ checkIns: CheckIn[] } | { issue: CaseFileIssue }> {
	if (file.checkIns.every((checkIn) => checkIn.hash === undefined)) {
		const hashes = await chainHashes(file.checkIns);
		return { checkIns: file.checkIns.map((checkIn, index) => ({ ...checkIn, hash: hashes[index] })) };
	}
	const check = await verifyChain(file.checkIns);
	return check.ok ? { checkIns: file.checkIns } : { issue: chainIssue(file.checkIns, check) };
}

/**
 * The chain head of a stored case, for the next check-in to link to ('' when it has none). Call
 * inside a read-write transaction on `checkIns`. A tab still running code from before version 2
 * can write check-ins without a hash into the upgraded database (Dexie reopens it quietly): such
 * a run at the end of the chain is sealed here first, in recording order, so that the chain
 * stays whole.
 */
export async function storedHead(db: CleardayDb, caseId: string): Promise<string> {
	// Newest first, back to the newest check-in that has its hash: normally just the last one.
	const tail = await db.checkIns
		.where('caseId')
		.equals(caseId)
		.reverse()
		.until((record) => record.checkIn.hash !== undefined, true)
		.toArray();
	tail.reverse();
	const sealed = tail[0]?.checkIn.hash;
	const unsealed = sealed === undefined ? tail : tail.slice(1);
	if (unsealed.length === 0) return sealed ?? '';
	const hashes = await Dexie.waitFor(chainHashes(unsealed.map((record) => record.checkIn), sealed ?? ''));
	await db.checkIns.bulkPut(unsealed.map((record, index) => ({ ...record, checkIn: { ...record.checkIn, hash: hashes[index] } })));
	return hashes.at(-1)!;
}

/** `checkIn` with its hash, linked to `previous`; WebCrypto awaited without letting the transaction commit. */
export async function sealNext(checkIn: CheckIn, previous: string): Promise<CheckIn> {
	return { ...checkIn, hash: await Dexie.waitFor(checkInHash(checkIn, previous)) };
}
