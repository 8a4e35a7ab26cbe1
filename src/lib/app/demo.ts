/** The demo case (docs/examples), loaded on request only: it is not part of the first visit. */
import { createCase } from '$lib/storage/cases';
import { type Saved } from '$lib/storage/result';
import type { CaseFile } from '$lib/domain';
import { appDb } from './db';

/** Stores the demo as the active case; `replacing` is a case it replaces in the same write. */
export async function loadDemoCase(replacing?: string): Promise<Saved<CaseFile>> {
	const { default: example } = await import('../../../docs/examples/almaty-suspended-sentence.json');
	return createCase(appDb(), example, { demo: true, replacing });
}
