/**
 * The demo case (docs/examples), loaded on request only: it is not part of the first visit. Each
 * language has its own copy (the same case, dates and amounts, its words in that language).
 */
import { createCase } from '$lib/storage/cases';
import { type Saved } from '$lib/storage/result';
import type { CaseFile } from '$lib/domain';
import type { Language } from '$lib/i18n';
import { appDb } from './db';

const copies = import.meta.glob<{ default: unknown }>('../../../docs/examples/almaty-suspended-sentence*.json');

/** The demo in `language` (English when there is no copy in it). */
export async function demoCaseJson(language: Language): Promise<unknown> {
	const load = copies[`../../../docs/examples/almaty-suspended-sentence.${language}.json`] ?? copies['../../../docs/examples/almaty-suspended-sentence.json']!;
	return (await load()).default;
}

/** Stores the demo as the active case; `replacing` is a case it replaces in the same write. */
export async function loadDemoCase(language: Language, replacing?: string): Promise<Saved<CaseFile>> {
	return createCase(appDb(), await demoCaseJson(language), { demo: true, replacing });
}
