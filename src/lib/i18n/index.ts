/**
 * The app's languages: a translator and a formatter for a language, a time zone and the catalogs
 * loaded so far. English is bundled (its core on the first visit, each screen's strings with the
 * screen); Russian and Kazakh load only when chosen (translations.ts).
 */
import { createTranslator, type CatalogShape } from './catalog';
import { createFormatter, type Formatter } from './format';
import { DATE_LOCALES, type Language } from './languages';
import { enCore } from './en/index';
import type { Translate } from '$lib/domain';

export type { MessageKey } from './en/index';
export type { Formatter } from './format';
export type { CatalogShape } from './catalog';
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, preferredLanguage, type Language } from './languages';

export interface Messages {
	language: Language;
	t: Translate;
	format: Formatter;
}

/**
 * Messages in `language` with dates in `timeZone`. `catalogs` are laid over the English core in
 * order (English screens, then the language's own core and screens), so a string whose translation
 * has not loaded yet shows in English rather than as a code.
 */
export function messagesFor(language: Language, timeZone: string, catalogs: readonly CatalogShape[] = []): Messages {
	const format = createFormatter(language, timeZone, DATE_LOCALES[language]);
	const catalog = catalogs.length ? Object.assign({}, enCore, ...catalogs) : enCore;
	return { language, t: createTranslator(catalog, format), format };
}

/** English messages with dates in `timeZone`: the core strings and the given screens' catalogs. */
export function englishMessages(timeZone: string, screens: readonly CatalogShape[] = []): Messages {
	return messagesFor('en', timeZone, screens);
}
