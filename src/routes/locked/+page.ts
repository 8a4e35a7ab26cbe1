import { i18n } from '$lib/app/i18n.svelte';

// The lock screen's strings in Russian or Kazakh before it shows (no flash of English); from the
// precache when offline. A failure leaves English, which is better than no way to unlock.
export async function load(): Promise<void> {
	if (i18n.language === 'en') return;
	const { fetchTranslations } = await import('$lib/app/language-loading');
	await fetchTranslations(i18n, i18n.language, ['lock', 'erase']).catch(() => undefined);
}
