/**
 * Family status links: end-to-end encrypted snapshots of the status in the URL fragment.
 * The Share screen and the family view (/s) call only these.
 */
export type { ExpiryDays, OpenFailure, OpenResult, ShareScope, Snapshot } from './types';
export { DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS } from './types';
// Implemented in snapshot.ts / link.ts:
// export function buildSnapshot(file: CaseFile, now: Date, scope: ShareScope, expiresInDays: ExpiryDays): Snapshot
// export function createShareLink(snapshot: Snapshot, options: { origin: string; passphrase?: string }): Promise<string>
//   -> `${origin}/s#<fragment>`
// export function inspectFragment(fragment: string): { ok: true; passphrase: boolean } | { ok: false; reason: OpenFailure }
// export function openShareLink(fragment: string, now: Date, passphrase?: string): Promise<OpenResult>
