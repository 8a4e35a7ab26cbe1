/**
 * Everything the app stores goes through these functions: the UI never touches Dexie tables.
 */
export { CleardayDb, DB_NAME } from './db';
export type { AlertStateRecord, CaseRecord, CheckInRecord, RuleRecord } from './db';
export { activeCaseId, createCase, deleteCase, isDemoCase, readCase, updateCaseInfo } from './cases';
export { endRuleEarly, saveRule } from './rules';
export { correctCheckIn, recordCheckIn } from './checkins';
export { readSettings, writeSetting, DEFAULT_SETTINGS, type Settings } from './settings';
export { dismissAlert, markNotified, readAlertStates } from './alert-states';
export { requestPersistence } from './persistence';
export { StorageError, isQuotaError, type StorageProblem } from './errors';
export type { Saved } from './result';
export { Live } from './live.svelte';
