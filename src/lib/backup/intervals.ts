/** The backup reminder's intervals on offer, in days (the default, a week, is the settings'). */
export const BACKUP_EVERY_DAYS = [1, 3, 7, 14, 30] as const;
