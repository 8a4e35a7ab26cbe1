/**
 * Switching the app to Russian or Kazakh: fetching the language's strings (src/lib/i18n/<language>/)
 * into `i18n`, then switching. Loaded only when a language other than English is in use.
 */
import { CORE, loadTranslation, translatedNames } from '$lib/i18n/translations';
import type { CatalogShape, Language } from '$lib/i18n';
import { useOwnFormat } from '$lib/i18n/format';
import { CHOICE_KEY, type I18n } from './i18n.svelte';

/** Where the browser has no Kazakh data, the app writes Kazakh dates and numbers itself. */
export async function useKazakhFormatWhereMissing(): Promise<void> {
	const { kazakhFormat, platformHasKazakh } = await import('$lib/i18n/kk/format');
	if (!platformHasKazakh()) useOwnFormat('kk', kazakhFormat);
}

/** Fetches the translations of `names` into `language` that are not in yet. */
export async function fetchTranslations(i18n: I18n, language: Language, names: readonly string[]): Promise<void> {
	if (language === 'en') return;
	const have = i18n.translations[language] ?? {};
	const missing = names.filter((name) => !(name in have));
	if (!missing.length) return;
	const loaded: Record<string, CatalogShape> = {};
	await Promise.all(
		missing.map(async (name) => {
			const catalog = await loadTranslation(language, name);
			if (catalog) loaded[name] = catalog;
		})
	);
	i18n.translations = { ...i18n.translations, [language]: { ...i18n.translations[language], ...loaded } };
}

export async function fetchAllTranslations(i18n: I18n, language: Language): Promise<void> {
	if (language !== 'en') await fetchTranslations(i18n, language, translatedNames(language));
}

/**
 * Fetches the language's core and the strings of the screens open, then shows the app in it.
 * `target` is set first: a screen that registers its strings meanwhile (a page opened by its
 * address loads while the core is fetched) fetches its own in this language.
 */
export async function showLanguage(i18n: I18n, language: Language): Promise<void> {
	const previous = i18n.target;
	i18n.target = language;
	try {
		if (language === 'kk') await useKazakhFormatWhereMissing();
		await fetchTranslations(i18n, language, [CORE, ...Object.keys(i18n.screens)]);
	} catch (error) {
		i18n.target = previous;
		throw error;
	}
	i18n.language = language;
	document.documentElement.lang = language;
	// The layout's preload ran before the language was known; the other screens, now.
	void fetchAllTranslations(i18n, language).catch(() => undefined);
}

/** The reader's choice: shown at once, and kept on this device for the next visits. */
export async function chooseLanguage(i18n: I18n, language: Language): Promise<void> {
	await showLanguage(i18n, language);
	try {
		localStorage.setItem(CHOICE_KEY, language);
	} catch {
		// Private mode without storage: the choice lasts for this visit.
	}
}
