/**
 * The languages Clearday speaks. English is the reference catalog; Russian and Kazakh (Cyrillic)
 * are translations of it, loaded only when chosen.
 */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The locale whose date conventions each language uses. English readers here get
 * day-month-year ("25 Nov 2026"), the order people in Kazakhstan and Russia expect.
 */
export const DATE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the reader's preferred languages (BCP 47 tags, best first) that Clearday has; else English. */
export function preferredLanguage(preferences: readonly string[]): Language {
	for (const tag of preferences) {
		const primary = tag.toLowerCase().split(/[-_]/)[0];
		if (isLanguage(primary)) return primary;
	}
	return 'en';
}

/**
 * Each language's name in itself, as language pickers show them: the same in every language
 * (a reader lost in a language they do not read still finds their own).
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };
