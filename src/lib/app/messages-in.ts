/**
 * Messages in a language other than the app's: a letter in Russian written from an app shown in
 * Kazakh. The language's catalogs `names` are fetched into `i18n` as a screen's are (and kept
 * for later), then laid over the English catalogs the screens registered, as the app's own
 * messages are. Its own module, so that what only Letters needs is not fetched with a language.
 */
import { messagesFor, type Language, type Messages } from '$lib/i18n';
import type { I18n } from './i18n.svelte';

export async function messagesIn(i18n: I18n, language: Language, names: readonly string[]): Promise<Messages> {
	// Imported as the app imports it (i18n.svelte.ts), so that it stays one chunk of its own.
	const { fetchTranslations, useKazakhFormatWhereMissing } = await import('./language-loading');
	if (language === 'kk') await useKazakhFormatWhereMissing();
	await fetchTranslations(i18n, language, names);
	return messagesFor(language, i18n.timeZone, [...Object.values(i18n.screens), ...Object.values(i18n.translations[language] ?? {})]);
}
