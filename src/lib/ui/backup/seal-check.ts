/**
 * Whether a record still matches its seals (the hash chain): the first check-in that breaks it,
 * as the notice names it. Today checks once each time the app starts, after it has rendered;
 * History checks when it opens. Loaded with them on demand, never before the dashboard.
 */
import { verifyChain } from '$lib/integrity/chain';
import type { CheckIn } from '$lib/domain';

export interface SealBreak {
	reason: 'missing' | 'mismatch';
	/** 1-based, in recording order, of `count`. */
	position: number;
	count: number;
	id: string;
	kind: string;
	at: string;
}

/**
 * The first check-in that breaks the chain, if any. Check-ins at the very end without a hash are
 * no break: a tab still on older code wrote them, and the next check-in recorded (or the next
 * backup) seals them in their order (storage/chain.ts).
 */
export async function findBreak(checkIns: readonly CheckIn[]): Promise<SealBreak | undefined> {
	const result = await verifyChain(checkIns);
	if (result.ok) return undefined;
	if (result.reason === 'missing' && checkIns.slice(result.index).every((checkIn) => checkIn.hash === undefined)) return undefined;
	const checkIn = checkIns[result.index]!;
	return { reason: result.reason, position: result.index + 1, count: checkIns.length, id: checkIn.id, kind: checkIn.kind, at: checkIn.at };
}
