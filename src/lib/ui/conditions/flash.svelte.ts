/**
 * The message the conditions list shows after a save or an early end elsewhere: set before
 * navigating back, read once by the list.
 */
import type { MessageKey } from '$lib/i18n';

class Flash {
	#message = $state<MessageKey | undefined>();

	set(message: MessageKey): void {
		this.#message = message;
	}

	/** The waiting message, once: the next reader gets nothing. */
	take(): MessageKey | undefined {
		const message = this.#message;
		this.#message = undefined;
		return message;
	}
}

export const conditionsFlash = new Flash();
