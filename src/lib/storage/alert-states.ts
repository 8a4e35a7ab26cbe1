/**
 * What the person did with alerts. Alert ids are stable for the same deadline and stage, so a
 * dismissed or notified alert stays so across evaluations.
 *
 * With a lock set, a case's alert states are one record, sealed, under the alert id `SEALED`:
 * alert ids name deadlines by their dates, and the times say when the app was used.
 */
import type { AlertStateRecord, CleardayDb } from './db';
import { guarded, guardedRead } from './errors';
import { where } from './vault';

export const SEALED = '';

/** The states of `records` (one case's, as stored), the sealed record opened. */
export async function openAlertStates(db: CleardayDb, caseId: string, records: readonly AlertStateRecord[]): Promise<AlertStateRecord[]> {
	const plain = records.filter((record) => !record.sealed);
	const sealed = records.find((record) => record.sealed);
	return sealed ? [...(await db.vault.unwrap(sealed, 'states', where.alertStates(caseId))), ...plain] : plain;
}

/** `states` of one case as records to store: one sealed record with a lock (of `vault`), else one each. */
export async function storedAlertStates(vault: CleardayDb['vault'], caseId: string, states: AlertStateRecord[]): Promise<AlertStateRecord[]> {
	if (!vault.set) return states;
	return states.length ? [{ caseId, alertId: SEALED, ...(await vault.wrap('states', states, where.alertStates(caseId))) }] : [];
}

export async function readAlertStates(db: CleardayDb, caseId: string): Promise<Map<string, AlertStateRecord>> {
	const records = await guardedRead(async () => openAlertStates(db, caseId, await db.alertStates.where('caseId').equals(caseId).toArray()));
	return new Map(records.map((record) => [record.alertId, record]));
}

async function mark(db: CleardayDb, caseId: string, alertIds: readonly string[], field: 'seenAt' | 'dismissedAt' | 'notifiedAt', at: Date): Promise<void> {
	await guarded(() =>
		db.transaction('rw', db.alertStates, async () => {
			if (db.vault.set) {
				const stored = await db.alertStates.where('caseId').equals(caseId).toArray();
				const states = new Map((await openAlertStates(db, caseId, stored)).map((state) => [state.alertId, state]));
				for (const alertId of alertIds) {
					const state = states.get(alertId) ?? { caseId, alertId };
					states.set(alertId, { ...state, [field]: state[field] ?? at.toISOString() });
				}
				await db.alertStates.where('caseId').equals(caseId).delete();
				await db.alertStates.bulkPut(await storedAlertStates(db.vault, caseId, [...states.values()]));
				return;
			}
			const existing = await db.alertStates.bulkGet(alertIds.map((alertId) => [caseId, alertId] as [string, string]));
			await db.alertStates.bulkPut(
				alertIds.map((alertId, index) => ({ ...(existing[index] ?? { caseId, alertId }), [field]: existing[index]?.[field] ?? at.toISOString() }))
			);
		})
	);
}

export function dismissAlert(db: CleardayDb, caseId: string, alertId: string, at: Date): Promise<void> {
	return mark(db, caseId, [alertId], 'dismissedAt', at);
}

export function markNotified(db: CleardayDb, caseId: string, alertIds: readonly string[], at: Date): Promise<void> {
	return mark(db, caseId, alertIds, 'notifiedAt', at);
}
