/**
 * The reader's language and the case's time zone, as state: every screen translates through
 * `i18n.t` (keys checked by the compiler) and `i18n.say` (messages the engine produced).
 */
import type { Message, Params } from '$lib/domain';
import { englishMessages, type CatalogShape, type MessageKey, type Messages } from '$lib/i18n';

class I18n {
	timeZone = $state(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
	#screens = $state.raw<readonly CatalogShape[]>([]);
	readonly messages: Messages = $derived(englishMessages(this.timeZone, this.#screens));

	/**
	 * Adds the strings of a screen (its catalog file), so they load with the screen and not on
	 * the first visit. Call it from a component's module script, where it runs once.
	 */
	use(...catalogs: CatalogShape[]): void {
		const added = catalogs.filter((catalog) => !this.#screens.includes(catalog));
		if (added.length) this.#screens = [...this.#screens, ...added];
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

export const i18n = new I18n();
