/**
 * Correction chains. A check-in is never edited: a correction is a new check-in whose
 * `supersedes` names the one it replaces, and a correction can be corrected in turn. So each
 * entry belongs to a chain `first → … → latest`; only the latest is current (the engine reads only
 * check-ins nothing supersedes), and only the latest can be corrected again (the engine refuses a
 * second correction of the same check-in: `supersede.twice`).
 */
import type { CheckIn } from '$lib/domain';

export interface Corrections {
	byId: ReadonlyMap<string, CheckIn>;
	/** The check-in that supersedes each superseded one, by the superseded one's id. */
	supersededBy: ReadonlyMap<string, CheckIn>;
}

export function corrections(checkIns: readonly CheckIn[]): Corrections {
	const byId = new Map<string, CheckIn>();
	const supersededBy = new Map<string, CheckIn>();
	for (const checkIn of checkIns) {
		byId.set(checkIn.id, checkIn);
		// A stored case never has two corrections of one check-in; if one did, the first counts.
		if (checkIn.supersedes !== undefined && !supersededBy.has(checkIn.supersedes)) supersededBy.set(checkIn.supersedes, checkIn);
	}
	return { byId, supersededBy };
}

/** Whether nothing supersedes the check-in: it is the version that counts, and can be corrected. */
export function isCurrent(index: Corrections, id: string): boolean {
	return index.byId.has(id) && !index.supersededBy.has(id);
}

/** The latest version of the entry `id` belongs to (itself when it is current). */
export function latestVersion(index: Corrections, id: string): CheckIn | undefined {
	let current = index.byId.get(id);
	const seen = new Set<string>();
	while (current && !seen.has(current.id)) {
		seen.add(current.id);
		const next = index.supersededBy.get(current.id);
		if (!next) return current;
		current = next;
	}
	// A loop (refused by the engine, so never stored): no version is the latest.
	return undefined;
}

/** Every version of the entry `id` belongs to, oldest first. */
export function versionsOf(index: Corrections, id: string): CheckIn[] {
	const latest = latestVersion(index, id);
	if (!latest) return [];
	const chain: CheckIn[] = [latest];
	const seen = new Set([latest.id]);
	let previous = latest.supersedes !== undefined ? index.byId.get(latest.supersedes) : undefined;
	while (previous && !seen.has(previous.id)) {
		seen.add(previous.id);
		chain.unshift(previous);
		previous = previous.supersedes !== undefined ? index.byId.get(previous.supersedes) : undefined;
	}
	return chain;
}

/** Current check-ins of the given kinds, in recording order: what a form can refer to. */
export function currentOfKinds<K extends CheckIn['kind']>(checkIns: readonly CheckIn[], kinds: readonly K[]): Extract<CheckIn, { kind: K }>[] {
	const index = corrections(checkIns);
	return checkIns.filter((checkIn): checkIn is Extract<CheckIn, { kind: K }> => (kinds as readonly string[]).includes(checkIn.kind) && isCurrent(index, checkIn.id));
}
