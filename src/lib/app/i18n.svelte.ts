/**
 * The reader's language and the case's time zone, as state: every screen translates through
 * `i18n.t` (keys checked by the compiler) and `i18n.say` (messages the engine produced).
 *
 * The language is the reader's own choice (kept on this device), else the browser's preferred
 * language, else English. English strings are bundled: the core with the first visit, a screen's
 * with the screen (`use`). Russian and Kazakh are fetched only when in use (language-loading.ts):
 * the core before the first screen shows (`ready`), each screen's strings when it registers, the
 * rest in the background.
 */
import type { Message, Params } from '$lib/domain';
import { messagesFor, preferredLanguage, isLanguage, type CatalogShape, type Language, type MessageKey, type Messages } from '$lib/i18n';

/** Where the reader's choice is kept: a preference, not case data (it is needed before IndexedDB opens). */
export const CHOICE_KEY = 'clearday.language';

function firstLanguage(): Language {
	let chosen: string | null = null;
	try {
		chosen = localStorage.getItem(CHOICE_KEY);
	} catch {
		// No storage (private mode): the browser's languages decide.
	}
	return isLanguage(chosen) ? chosen : preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

const loading = () => import('./language-loading');

class I18n {
	timeZone = $state(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
	language = $state<Language>('en');
	/** False until the language's core strings are in (at once for English). */
	ready = $state(true);
	/**
	 * The language being shown or about to be: screens that register while its strings are still
	 * on the way (before `language` switches) fetch theirs in it, not in the language they found.
	 */
	target: Language = 'en';
	/** English catalogs of the screens loaded so far, by name (`share`). */
	screens = $state.raw<Readonly<Record<string, CatalogShape>>>({});
	/** Translations loaded so far, by language, then name (`core`, `share`). */
	translations = $state.raw<Readonly<Partial<Record<Language, Readonly<Record<string, CatalogShape>>>>>>({});
	readonly messages: Messages = $derived(
		messagesFor(this.language, this.timeZone, [...Object.values(this.screens), ...Object.values(this.translations[this.language] ?? {})])
	);

	constructor() {
		if (typeof window === 'undefined') return;
		const language = firstLanguage();
		if (language === 'en') return;
		this.target = language;
		this.ready = false;
		// Without its strings (offline before they were cached), the app still works, in English.
		void loading()
			.then(({ showLanguage }) => showLanguage(this, language))
			.catch(() => undefined)
			.finally(() => (this.ready = true));
	}

	/**
	 * Adds the strings of a screen, by name (`i18n.use({ share })`), so they load with the screen
	 * and not on the first visit. Call it from a component's module script, where it runs once.
	 */
	use(catalogs: Readonly<Record<string, CatalogShape>>): void {
		const added = Object.keys(catalogs).filter((name) => this.screens[name] !== catalogs[name]);
		if (!added.length) return;
		this.screens = { ...this.screens, ...Object.fromEntries(added.map((name) => [name, catalogs[name]!])) };
		const language = this.target;
		if (language !== 'en') void loading().then(({ fetchTranslations }) => fetchTranslations(this, language, added)).catch(() => undefined);
	}

	/** The reader's choice of language, kept on this device. Rejects when its strings cannot be fetched. */
	async choose(language: Language): Promise<void> {
		await (await loading()).chooseLanguage(this, language);
	}

	/** Fetches every screen's strings in the language in use, so that no screen opens in English first. */
	async preload(): Promise<void> {
		const language = this.target;
		if (language !== 'en') await (await loading()).fetchAllTranslations(this, language);
	}

	get format() {
		return this.messages.format;
	}

	/** A string of the app, by its catalog key. */
	t = (key: MessageKey, params?: Params): string => this.messages.t(key, params);

	/** A message the engine produced (an alert, a summary, a label, an issue). */
	say = (message: Message): string => this.messages.t(message.code, message.params);

	/** Any code, when it is built at run time (`state.${state}`, `issue.${code}`). */
	code = (code: string, params?: Params): string => this.messages.t(code, params);
}

export type { I18n };
export const i18n = new I18n();
