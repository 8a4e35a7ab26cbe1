/**
 * A Dexie `liveQuery` as Svelte 5 state: the query runs while something on screen reads it, and
 * again whenever a table it read changes — in this tab or another one.
 */
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

export class Live<T> {
	#value: T | undefined = undefined;
	#error: unknown = undefined;
	#ready = false;
	readonly #subscribe: () => void;

	constructor(query: () => Promise<T>) {
		this.#subscribe = createSubscriber((update) => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#ready = true;
					update();
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#ready = true;
					update();
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	/** The latest result (undefined until the first one arrives). */
	get current(): T | undefined {
		this.#subscribe();
		return this.#value;
	}

	/** Whether a first result (or an error) has arrived. */
	get ready(): boolean {
		this.#subscribe();
		return this.#ready;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}
