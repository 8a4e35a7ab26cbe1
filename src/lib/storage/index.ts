/**
 * Everything the app stores goes through these functions: the UI never touches Dexie tables.
 * Writes fail with a StorageError (quota, unavailable, unknown), never Dexie's own errors; so do
 * reads, except for a transient close of the connection, which liveQuery (and so `Live`) rides out.
 */
export { CleardayDb, DB_NAME } from './db';
export type { AlertStateRecord, CaseRecord, CheckInRecord, KeptLinkRecord, RuleRecord } from './db';
export { activeCaseId, deleteCase, isDemoCase, readCase } from './case-records';
export { createCase, updateCaseInfo } from './cases';
export { endRuleEarly, saveRule } from './rules';
export { correctCheckIn, recordCheckIn } from './checkins';
export { readSettings, writeSetting, DEFAULT_SETTINGS, type Settings } from './settings';
export { dismissAlert, markNotified, readAlertStates } from './alert-states';
export { requestPersistence } from './persistence';
export { keepLink, keptLinkOf, listKeptLinks, removeKeptLink, MAX_FRAGMENT_LENGTH, type KeepLinkInput } from './kept-links';
export { StorageError, isQuotaError, type StorageProblem } from './errors';
export type { Saved } from './result';
export { Live } from './live.svelte';
