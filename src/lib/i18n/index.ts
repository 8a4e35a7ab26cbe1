/**
 * The app's languages. English is bundled; the others join in their own issue, each loaded only
 * when chosen.
 */
import { createTranslator, type CatalogShape } from './catalog';
import { createFormatter, type Formatter } from './format';
import { enCore } from './en/index';
import type { Translate } from '$lib/domain';

export type { MessageKey } from './en/index';
export type { Formatter } from './format';
export type { CatalogShape } from './catalog';

export interface Messages {
	t: Translate;
	format: Formatter;
}

/**
 * A translator and formatter for English, with dates shown in `timeZone`: the core strings and
 * the catalogs of the screens opened so far (`screens`).
 */
export function englishMessages(timeZone: string, screens: readonly CatalogShape[] = []): Messages {
	// Day, month, year: the order readers in Kazakhstan and Russia expect in English too.
	const format = createFormatter('en', timeZone, 'en-GB');
	const catalog = screens.length ? Object.assign({}, enCore, ...screens) : enCore;
	return { t: createTranslator(catalog, format), format };
}
