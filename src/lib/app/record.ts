/**
 * Writing what the person does, from any screen: each function is one user action, returns
 * whether it was saved (and the problems if not), and never leaves half a write behind.
 */
import { formatInstant } from '$lib/domain/instant';
import { Zone } from '$lib/domain/time';
import type { CheckIn } from '$lib/domain';
import { correctCheckIn, recordCheckIn } from '$lib/storage/checkins';
import { type Saved } from '$lib/storage/result';
import { appDb } from './db';
import { activeCase } from './case.svelte';
import { failureKey, newId } from './actions';
import { i18n } from './i18n.svelte';
import { clock } from './clock.svelte';

/** An instant as text in the case's own offset, so that exported files read naturally. */
export function instantInCase(at: Date): string {
	const zone = Zone.of(activeCase.file?.case.timeZone ?? 'UTC');
	return formatInstant(at.getTime(), zone.offsetMs(at.getTime()));
}

/**
 * A stored check-in on screen at once. The screens evaluate at the clock's "now": it moves on,
 * or what was just recorded would count only from the next tick.
 */
function shown(caseId: string, saved: Saved<CheckIn>): Saved<CheckIn> {
	if (saved.ok) {
		clock.tick();
		activeCase.showStored(caseId, saved.value);
	}
	return saved;
}

/**
 * Records a check-in for the active case. `fields` are the kind's own fields; id and times are
 * filled in (`at` defaults to now, `recordedAt` is always now).
 */
export async function recordForCase(fields: Record<string, unknown> & { kind: CheckIn['kind']; at?: string }, now = new Date()): Promise<Saved<CheckIn>> {
	const caseId = activeCase.id;
	if (!caseId) return { ok: false, issues: [{ path: '', code: 'case.missing', params: {}, message: '' }] };
	const recordedAt = instantInCase(now);
	return shown(caseId, await recordCheckIn(appDb(), caseId, { id: newId('c'), at: recordedAt, ...fields, recordedAt }));
}

/** Records `replacement` (complete: id and times filled by the form) as the correction of `correctedId`. */
export async function correctForCase(correctedId: string, replacement: Record<string, unknown>): Promise<Saved<CheckIn>> {
	const caseId = activeCase.id;
	if (!caseId) return { ok: false, issues: [{ path: '', code: 'case.missing', params: {}, message: '' }] };
	return shown(caseId, await correctCheckIn(appDb(), caseId, correctedId, replacement));
}

/** A write whose storage failure (quota, a closed database) comes back in words instead of throwing. */
export async function savedOrFailure<T>(write: () => Promise<Saved<T>>): Promise<Saved<T> | { ok: false; failure: string }> {
	try {
		return await write();
	} catch (error) {
		return { ok: false, failure: i18n.t(failureKey(error)) };
	}
}
