/**
 * The app's languages. English is bundled; the others join in their own issue, each loaded only
 * when chosen.
 */
import { enUS } from 'date-fns/locale/en-US';
import { createTranslator } from './catalog';
import { createFormatter, type Formatter } from './format';
import { en } from './en/index';
import type { Translate } from '$lib/domain';

export type { MessageKey } from './en/index';
export type { Formatter } from './format';

export interface Messages {
	t: Translate;
	format: Formatter;
}

/** A translator and formatter for English, with dates shown in `timeZone`. */
export function englishMessages(timeZone: string): Messages {
	const format = createFormatter('en', enUS, timeZone);
	return { t: createTranslator(en, format), format };
}
