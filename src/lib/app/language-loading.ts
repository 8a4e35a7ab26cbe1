/**
 * Switching the app to Russian or Kazakh: fetching the language's strings (src/lib/i18n/<language>/)
 * into `i18n`, then switching. Loaded only when a language other than English is in use.
 */
import { CORE, loadTranslation, translatedNames } from '$lib/i18n/translations';
import type { CatalogShape, Language } from '$lib/i18n';
import { CHOICE_KEY, type I18n } from './i18n.svelte';

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
 * Fetches the language's core and the strings of the screens open, then shows the app in it, and
 * fetches the other screens' strings in the background.
 *
 * A screen that registers its strings while these are fetched (a page opened directly: its
 * module loads meanwhile) sees the previous language and fetches nothing itself, so the screens
 * are looked at again until every one registered has been fetched; the language is switched in
 * the same turn as the last look, so a screen registered later fetches its own.
 */
export async function showLanguage(i18n: I18n, language: Language): Promise<void> {
	const fetched = new Set<string>();
	for (;;) {
		const names = [CORE, ...Object.keys(i18n.screens)].filter((name) => !fetched.has(name));
		if (!names.length) break;
		for (const name of names) fetched.add(name);
		await fetchTranslations(i18n, language, names);
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
