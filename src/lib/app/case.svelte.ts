/**
 * The active case as state: the stored case file (live: a check-in written in any tab updates
 * it), and its status as the engine evaluates it at the clock's "now".
 */
import { evaluate } from '$lib/domain/evaluate';
import type { CaseFile, CaseStatus, CheckIn } from '$lib/domain';
import { activeCaseId, isDemoCase, readCase } from '$lib/storage/case-records';
import { Live } from '$lib/storage/live.svelte';
import { readAlertStates } from '$lib/storage/alert-states';
import { type AlertStateRecord } from '$lib/storage/db';
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

	/**
	 * Check-ins this tab has just stored (committed), shown at once: re-reading a case of thousands
	 * of check-ins takes the live query a moment, and a tap must answer sooner. One that the stored
	 * case read back already contains is not added twice.
	 */
	#justStored = $state<{ caseId: string; checkIn: CheckIn }[]>([]);

	readonly #file: CaseFile | undefined = $derived.by(() => {
		const stored = this.#live.current?.file ?? undefined;
		if (!stored || this.#justStored.length === 0) return stored;
		const ids = new Set(stored.checkIns.map((checkIn) => checkIn.id));
		const missing = this.#justStored.filter((entry) => entry.caseId === stored.case.id && !ids.has(entry.checkIn.id)).map((entry) => entry.checkIn);
		return missing.length ? { ...stored, checkIns: [...stored.checkIns, ...missing] } : stored;
	});

	get file(): CaseFile | undefined {
		return this.#file;
	}

	/** Forgets the case (the app lock engaged) and reads it again if it is on screen (it opened). */
	reset(): void {
		this.#justStored = [];
		this.#live.reset();
	}

	/** Shows a check-in this tab has stored before the live query reads it back. */
	showStored(caseId: string, checkIn: CheckIn): void {
		this.#justStored = [...this.#justStored.slice(-31), { caseId, checkIn }];
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
