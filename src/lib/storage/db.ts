/**
 * The database on the phone. Every published schema version stays here, with its upgrade, so
 * that a phone that skipped versions still opens with every record intact.
 *
 * Records wrap the engine's objects (`info`, `rule`, `checkIn`) rather than spreading them: with
 * an app lock set, the wrapped object is stored `sealed` instead (vault.ts), and the indexes stay.
 * Only the repositories read or write the wrapped objects, through the database's `vault`.
 *
 * Versions:
 * 1. The first release: cases, rules, check-ins, settings, alert states, kept family links.
 * 2. Every check-in carries its link in the hash chain (`checkIn.hash`, docs/case-file.md).
 *    No index changes; the upgrade computes the hashes of the check-ins stored so far.
 * 3. A record's payload may be `sealed` (the app lock). No index changes and nothing to upgrade:
 *    the version exists so that a tab still running older code, which cannot read a sealed
 *    record and would write one in clear, must reload before it touches the database.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { CaseInfo, CheckIn, Rule } from '$lib/domain';
import { Vault, type Sealed } from './vault';

export interface CaseRecord {
	id: string;
	/** The case's details; `sealed` instead with a lock set. */
	info?: CaseInfo;
	sealed?: Sealed;
	/** The demo case: clearly marked, and removable in one tap. */
	demo: boolean;
	createdAt: string;
}

export interface RuleRecord {
	caseId: string;
	id: string;
	/** Order on screen (and in an exported file). */
	position: number;
	rule?: Rule;
	sealed?: Sealed;
}

export interface CheckInRecord {
	/** Recording order: auto-incremented, never reused. The hash chain follows it. */
	seq?: number;
	caseId: string;
	id: string;
	/** The check-in this one corrects, if any: indexed, to find a correction without a scan. */
	supersedes?: string;
	/** With its `hash` from version 2 on (written by code of version 1 without). */
	checkIn?: CheckIn;
	sealed?: Sealed;
}

/** A check-in record as versions 1 and 2 wrote it: never sealed. */
export type PlainCheckInRecord = Omit<CheckInRecord, 'checkIn' | 'sealed'> & { checkIn: CheckIn };

export interface SettingRecord {
	key: string;
	value: unknown;
}

/**
 * What the person did with an alert: seen, dismissed, or sent as a system notification. With a
 * lock set, a case's alert states are stored together in one record, sealed (alert-states.ts):
 * alert ids name deadlines by date.
 */
export interface AlertStateRecord {
	caseId: string;
	alertId: string;
	seenAt?: string;
	dismissedAt?: string;
	notifiedAt?: string;
	/** In the sealed record only: the case's alert states. */
	states?: AlertStateRecord[];
	sealed?: Sealed;
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

/** Version 1's tables and indexes, as published. */
export const STORES_V1 = {
	cases: 'id',
	rules: '[caseId+id], caseId',
	checkIns: '++seq, &[caseId+id], caseId, [caseId+supersedes]',
	settings: 'key',
	alertStates: '[caseId+alertId], caseId',
	keptLinks: 'id'
} as const;

/**
 * Why this page must stop using the database: another tab opened it at a newer version (or is
 * deleting it), or this page's upgrade waits for a tab that still holds the old version.
 */
export type VersionTrouble = 'outdated' | 'blocked';

/**
 * Tells `onTrouble` when the database changes under this page. On a newer version opened
 * elsewhere the connection closes for good (no automatic reopening: code of an older version
 * must not write to a newer database, where a check-in without its hash would break the chain)
 * and the page must reload. Dexie's own handler, which closes and reopens, is replaced.
 */
export function watchVersions(db: Dexie, onTrouble: (trouble: VersionTrouble) => void): void {
	db.on('versionchange', () => {
		db.close({ disableAutoOpen: true });
		onTrouble('outdated');
		return false;
	});
	db.on('blocked', () => onTrouble('blocked'));
}

export class CleardayDb extends Dexie {
	cases!: Table<CaseRecord, string>;
	rules!: Table<RuleRecord, [string, string]>;
	checkIns!: Table<CheckInRecord, number>;
	settings!: Table<SettingRecord, string>;
	alertStates!: Table<AlertStateRecord, [string, string]>;
	keptLinks!: Table<KeptLinkRecord, string>;
	/** The data key while unlocked, and the sealing and opening of payloads. */
	readonly vault = new Vault();

	/**
	 * `options` are Dexie's own: tests pass a fresh fake-indexeddb (`{ indexedDB, IDBKeyRange }`)
	 * so that every test starts from an empty database; the app passes none.
	 */
	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores(STORES_V1);
		// The upgrade's code (and the hashing) loads only on a phone whose database needs it; the
		// import is awaited with Dexie.waitFor, which keeps the upgrade transaction open meanwhile.
		// If it fails or throws, the transaction aborts and the database stays at version 1.
		this.version(2)
			.stores({})
			.upgrade((transaction) => Dexie.waitFor(import('./upgrade-2')).then(({ addHashes }) => addHashes(transaction)));
		this.version(3).stores({});
	}
}
