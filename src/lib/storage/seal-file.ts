/**
 * A whole case file and the hash chain, before it is stored: its check-ins sealed, or its own
 * seals checked (docs/case-file.md, "The hash chain").
 */
import { chainHashes, verifyChain, type ChainCheck } from '$lib/integrity/chain';
import { makeIssue, type CaseFileIssue } from '$lib/domain/issues';
import type { CaseFile, CheckIn } from '$lib/domain';

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
