/**
 * The active case as state: the stored case file (live: a check-in written in any tab updates
 * it), and its status as the engine evaluates it at the clock's "now".
 */
import { evaluate, type CaseFile, type CaseStatus } from '$lib/domain';
import { activeCaseId, isDemoCase, Live, readAlertStates, readCase, type AlertStateRecord } from '$lib/storage';
import { appDb } from './db';
import { clock } from './clock.svelte';
import { i18n } from './i18n.svelte';

interface Loaded {
	file: CaseFile;
	demo: boolean;
	alertStates: Map<string, AlertStateRecord>;
}

class ActiveCase {
	readonly #live = new Live<Loaded | null>(async () => {
		const db = appDb();
		const caseId = await activeCaseId(db);
		if (!caseId) return null;
		const file = await readCase(db, caseId);
		if (!file) return null;
		return { file, demo: await isDemoCase(db, caseId), alertStates: await readAlertStates(db, caseId) };
	});

	/** Whether the first read from storage has finished. */
	get ready(): boolean {
		return this.#live.ready;
	}

	get error(): unknown {
		return this.#live.error;
	}

	get file(): CaseFile | undefined {
		return this.#live.current?.file ?? undefined;
	}

	get id(): string | undefined {
		return this.file?.case.id;
	}

	get demo(): boolean {
		return this.#live.current?.demo ?? false;
	}

	get alertStates(): ReadonlyMap<string, AlertStateRecord> {
		return this.#live.current?.alertStates ?? new Map();
	}

	readonly status: CaseStatus | undefined = $derived.by(() => {
		const file = this.file;
		return file ? evaluate(file, clock.now) : undefined;
	});

	/** Rule titles by id, for alerts and history. */
	readonly ruleTitles: ReadonlyMap<string, string> = $derived(new Map((this.file?.rules ?? []).map((rule) => [rule.id, rule.title])));

	/** Resolves once the live state shows the case `caseId` (or no case, for undefined). */
	until(caseId: string | undefined): Promise<void> {
		return new Promise((resolve) => {
			const stop = $effect.root(() => {
				$effect(() => {
					if (this.ready && this.id === caseId) {
						resolve();
						queueMicrotask(() => stop());
					}
				});
			});
		});
	}

	constructor() {
		// Dates on screen are the case's dates.
		$effect.root(() => {
			$effect(() => {
				if (this.file) i18n.timeZone = this.file.case.timeZone;
			});
		});
	}
}

export const activeCase = new ActiveCase();
