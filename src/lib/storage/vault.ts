/**
 * Encryption at rest (docs/security.md, "App lock"). When the person sets a lock, the payload of
 * every case, rule and check-in record (`info`, `rule`, `checkIn`: everything that could name the
 * person or what they do) is stored sealed: AES-GCM-256 under the database's data key, with a
 * fresh IV per write and the record's table and key as additional data, so that a sealed payload
 * cannot be moved to another record. The indexes (random ids, recording order) stay in clear.
 *
 * The data key lives only here, in memory, while the app is unlocked (lock.ts derives it from the
 * passphrase). With a lock set and no key, nothing sealed can be read and nothing can be written:
 * a write in clear into a locked database would undo the lock. Without a lock, records are stored
 * as they are and this costs nothing.
 */
import Dexie from 'dexie';

/** A sealed payload: the IV, and the ciphertext of the payload's JSON followed by GCM's tag. */
export interface Sealed {
	iv: Uint8Array<ArrayBuffer>;
	data: Uint8Array<ArrayBuffer>;
}

/** The app is locked: the stored case cannot be read or written until it is unlocked. */
export class LockedError extends Error {
	constructor() {
		super('Clearday is locked');
		this.name = 'LockedError';
	}
}

const IV_BYTES = 12;

/** The settings record that holds the lock (lock.ts): its presence alone says a lock is set. */
export const LOCK_SETTING = 'lock';

/**
 * WebCrypto is not IndexedDB: inside a transaction, waiting for it would let the transaction
 * commit. Dexie.waitFor keeps it open (by busy-waiting on it, which costs: read outside one where
 * possible).
 */
function inTransaction<T>(work: Promise<T>): Promise<T> {
	return Dexie.currentTransaction ? Dexie.waitFor(work) : work;
}

/** A payload as stored: in clear under its field, or sealed under `sealed`. */
export type Wrapped<K extends string, T> = { [key in K]?: T } & { sealed?: Sealed };

export class Vault {
	#key: CryptoKey | undefined;
	#set = false;

	/** Whether this database has a lock (its payloads are sealed). */
	get set(): boolean {
		return this.#set;
	}

	/** Whether the stored case can be read and written now: no lock, or unlocked. */
	get open(): boolean {
		return !this.#set || this.#key !== undefined;
	}

	/** Unlocked with `key`, or a lock removed (undefined): what the stored lock says now. */
	use(key: CryptoKey | undefined): void {
		this.#key = key;
		this.#set = key !== undefined;
	}

	/** A lock is set and the key forgotten: what a started app or a lock that engages does. */
	lock(): void {
		this.#key = undefined;
		this.#set = true;
	}

	/** `{ [field]: value }` without a lock, `{ sealed }` with one. */
	async wrap<K extends string, T>(field: K, value: T, where: string): Promise<Wrapped<K, T>> {
		return (this.#set ? { sealed: await inTransaction(this.#seal(value, where)) } : { [field]: value }) as Wrapped<K, T>;
	}

	/** `wrap` for many values together (one wait, however many there are). */
	async wrapAll<K extends string, T>(field: K, values: T[], where: (value: T, index: number) => string): Promise<Wrapped<K, T>[]> {
		if (!this.#set) return values.map((value) => ({ [field]: value }) as Wrapped<K, T>);
		const sealed = await inTransaction(Promise.all(values.map((value, index) => this.#seal(value, where(value, index)))));
		return sealed.map((one) => ({ sealed: one }) as Wrapped<K, T>);
	}

	/** A fresh IV for every write: reusing one under the same key is GCM's one fatal misuse. */
	async #seal(value: unknown, where: string): Promise<Sealed> {
		const key = this.#required();
		const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
		const plaintext = new TextEncoder().encode(JSON.stringify(value));
		return { iv, data: new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(where) }, key, plaintext)) };
	}

	/** The payload of `record`, opened if sealed. */
	async unwrap<R extends { sealed?: Sealed }, K extends keyof R>(record: R, field: K, where: string): Promise<NonNullable<R[K]>> {
		return record.sealed ? inTransaction(this.#open<NonNullable<R[K]>>(record.sealed, where)) : (record[field] as NonNullable<R[K]>);
	}

	/** The payloads of many records, opened together (one wait, however many there are). */
	async unwrapAll<R extends { sealed?: Sealed }, K extends keyof R>(records: R[], field: K, where: (record: R) => string): Promise<NonNullable<R[K]>[]> {
		type T = NonNullable<R[K]>;
		if (!records.some((record) => record.sealed)) return records.map((record) => record[field] as T);
		return inTransaction(Promise.all(records.map((record) => (record.sealed ? this.#open<T>(record.sealed, where(record)) : (record[field] as T)))));
	}

	async #open<T>(sealed: Sealed, where: string): Promise<T> {
		const key = this.#required();
		const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: new TextEncoder().encode(where) }, key, sealed.data);
		return JSON.parse(new TextDecoder().decode(plaintext)) as T;
	}

	#required(): CryptoKey {
		if (!this.#key) throw new LockedError();
		return this.#key;
	}
}

/** Where a record is, as its additional data: a sealed payload opens only in its own record. */
export const where = {
	case: (id: string) => `cases/${id}`,
	rule: (caseId: string, id: string) => `rules/${caseId}/${id}`,
	checkIn: (caseId: string, id: string) => `checkIns/${caseId}/${id}`,
	alertStates: (caseId: string) => `alertStates/${caseId}`
};
