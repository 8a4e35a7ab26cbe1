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
	readonly #query: () => Promise<T>;
	readonly #subscribe: () => void;
	#update: (() => void) | undefined;
	#subscription: { unsubscribe(): void } | undefined;

	constructor(query: () => Promise<T>) {
		this.#query = query;
		this.#subscribe = createSubscriber((update) => {
			this.#update = update;
			this.#listen();
			return () => {
				this.#subscription?.unsubscribe();
				this.#subscription = this.#update = undefined;
			};
		});
	}

	#listen(): void {
		this.#subscription = liveQuery(this.#query).subscribe({
			next: (value) => {
				this.#value = value;
				this.#error = undefined;
				this.#ready = true;
				this.#update?.();
			},
			error: (error: unknown) => {
				this.#error = error;
				this.#ready = true;
				this.#update?.();
			}
		});
	}

	/**
	 * Forgets the result, and queries again if something on screen reads it: when the app lock
	 * engages (nothing read stays in memory) and when it opens (the query could not read before).
	 */
	reset(): void {
		this.#value = this.#error = undefined;
		this.#ready = false;
		if (!this.#update) return;
		this.#subscription?.unsubscribe();
		this.#update();
		this.#listen();
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
