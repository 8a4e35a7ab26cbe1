/**
 * The seal check Today and History run: the first check-in that breaks the chain, named; a run of
 * unsealed check-ins at the very end (written by a tab on older code) is no break.
 */
import { describe, expect, it } from 'vitest';
import { chainHashes } from '$lib/integrity/chain';
import type { CheckIn } from '$lib/domain';
import { findBreak } from './seal-check';

async function sealedCheckIns(count: number): Promise<CheckIn[]> {
	const checkIns: CheckIn[] = Array.from({ length: count }, (_, index) => ({
		id: `n${index}`,
		kind: 'note',
		note: `Note ${index}`,
		at: `2026-07-${String(index + 1).padStart(2, '0')}T10:00:00+05:00`,
		recordedAt: `2026-07-${String(index + 1).padStart(2, '0')}T10:00:00+05:00`
	}));
	const hashes = await chainHashes(checkIns);
	return checkIns.map((checkIn, index) => ({ ...checkIn, hash: hashes[index] }));
}

describe('findBreak', () => {
	it('finds nothing in a whole chain, nor in an empty record', async () => {
		expect(await findBreak(await sealedCheckIns(5))).toBeUndefined();
		expect(await findBreak([])).toBeUndefined();
	});

	it('names the first check-in whose content no longer matches: its place, kind and time', async () => {
		const checkIns = await sealedCheckIns(5);
		checkIns[2] = { ...checkIns[2]!, note: 'Changed afterwards' } as CheckIn;
		expect(await findBreak(checkIns)).toEqual({ reason: 'mismatch', position: 3, count: 5, id: 'n2', kind: 'note', at: '2026-07-03T10:00:00+05:00' });
	});

	it('names a check-in without a seal among sealed ones', async () => {
		const checkIns = await sealedCheckIns(5);
		const { hash: _, ...unsealed } = checkIns[1]!;
		checkIns[1] = unsealed as CheckIn;
		expect(await findBreak(checkIns)).toMatchObject({ reason: 'missing', position: 2, id: 'n1' });
	});

	it('takes unsealed check-ins at the very end for what a tab on older code wrote: no break', async () => {
		const checkIns = await sealedCheckIns(5);
		const tail = checkIns.slice(3).map(({ hash: _, ...checkIn }) => checkIn as CheckIn);
		expect(await findBreak([...checkIns.slice(0, 3), ...tail])).toBeUndefined();
	});
});
