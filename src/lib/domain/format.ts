/**
 * The case file's format name and version, on their own: storage stamps them on every record it
 * writes, and importing them must not pull the validation schemas into the app's first visit.
 */
export const CASE_FILE_FORMAT = 'clearday-case';
export const CASE_FILE_VERSION = 1;
