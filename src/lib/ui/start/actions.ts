/**
 * What the start screen does: store the new case (or the demo) as the active case. A case it
 * replaces goes in the same transaction, so the phone never keeps a case the person thinks is gone.
 */
import type { CaseFile } from '$lib/domain';
import { createCase } from '$lib/storage/cases';
import { type Saved } from '$lib/storage/result';
import { appDb } from '$lib/app/db';
import { loadDemoCase } from '$lib/app/demo';
import { i18n } from '$lib/app/i18n.svelte';

export function startCase(json: unknown, replacing: string | undefined): Promise<Saved<CaseFile>> {
	return createCase(appDb(), json, { replacing });
}

export function startDemo(replacing: string | undefined): Promise<Saved<CaseFile>> {
	return loadDemoCase(i18n.language, replacing);
}
