/**
 * What the person did with alerts. Alert ids are stable for the same deadline and stage, so a
 * dismissed or notified alert stays so across evaluations.
 */
import type { AlertStateRecord, CleardayDb } from './db';
import { guarded, guardedRead } from './errors';

export async function readAlertStates(db: CleardayDb, caseId: string): Promise<Map<string, AlertStateRecord>> {
	const records = await guardedRead(() => db.alertStates.where('caseId').equals(caseId).toArray());
	return new Map(records.map((record) => [record.alertId, record]));
}

async function mark(db: CleardayDb, caseId: string, alertIds: readonly string[], field: 'seenAt' | 'dismissedAt' | 'notifiedAt', at: Date): Promise<void> {
	await guarded(() =>
		db.transaction('rw', db.alertStates, async () => {
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
