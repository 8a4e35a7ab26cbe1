/**
 * The database on the phone. Every published schema version stays here, with its upgrade, so
 * that a phone that skipped versions still opens with every record intact.
 *
 * Records wrap the engine's objects (`info`, `rule`, `checkIn`) rather than spreading them, so
 * a later encryption layer can replace the wrapped object without touching indexes or the UI.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CaseInfo, CheckIn, Rule } from '$lib/domain';

export interface CaseRecord {
	id: string;
	info: CaseInfo;
	/** The demo case: clearly marked, and removable in one tap. */
	demo: boolean;
	createdAt: string;
}

export interface RuleRecord {
	caseId: string;
	id: string;
	/** Order on screen (and in an exported file). */
	position: number;
	rule: Rule;
}

export interface CheckInRecord {
	/** Recording order: auto-incremented, never reused. */
	seq?: number;
	caseId: string;
	id: string;
	/** The check-in this one corrects, if any: indexed, to find a correction without a scan. */
	supersedes?: string;
	checkIn: CheckIn;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

/** What the person did with an alert: seen, dismissed, or sent as a system notification. */
export interface AlertStateRecord {
	caseId: string;
	alertId: string;
	seenAt?: string;
	dismissedAt?: string;
	notifiedAt?: string;
}

/**
 * A family status link kept on this device by the relative who opened it (the family view, /s),
 * to reopen it later without the original message. Only the link's fragment (still encrypted;
 * a passphrase link without its passphrase) and the dates needed to list it: no status in clear.
 */
export interface KeptLinkRecord {
	id: string;
	/** The link's fragment, without `#`, exactly as it opened. */
	fragment: string;
	/** Instants (ISO 8601, UTC): when it was kept, and the snapshot's own creation and expiry. */
	keptAt: string;
	createdAt: string;
	expiresAt: string;
}

export const DB_NAME = 'clearday';

export class CleardayDb extends Dexie {
	cases!: Table<CaseRecord, string>;
	rules!: Table<RuleRecord, [string, string]>;
	checkIns!: Table<CheckInRecord, number>;
	settings!: Table<SettingRecord, string>;
	alertStates!: Table<AlertStateRecord, [string, string]>;
	keptLinks!: Table<KeptLinkRecord, string>;

	/**
	 * `options` are Dexie's own: tests pass a fresh fake-indexeddb (`{ indexedDB, IDBKeyRange }`)
	 * so that every test starts from an empty database; the app passes none.
	 */
	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			cases: 'id',
			rules: '[caseId+id], caseId',
			checkIns: '++seq, &[caseId+id], caseId, [caseId+supersedes]',
			settings: 'key',
			alertStates: '[caseId+alertId], caseId',
			keptLinks: 'id'
		});
	}
}
