/**
 * Family status links: end-to-end encrypted snapshots of the status in the URL fragment.
 * The Share screen and the family view (/s) call only these. Format and threat model:
 * docs/share-link.md.
 */
export type { ExpiryDays, OpenFailure, OpenResult, ShareScope, Snapshot } from './types';
export { DEFAULT_EXPIRY_DAYS, EXPIRY_DAYS, FINGERPRINT_DIGITS } from './types';
export { buildSnapshot } from './snapshot';
export { createShareLink, inspectFragment, openShareLink } from './link';
