/**
 * "Can I do this?": which active bans a described activity may fall under.
 */
import type { BanCategory } from './checkins';
import type { CaseFile } from './types';

export type ScreenLocale = 'en' | 'ru' | 'kk';

export interface BanMatch {
	ruleId: string;
	category: BanCategory;
	/** The words of the text that matched. */
	words: string[];
}

export function screenActivity(file: CaseFile, text: string, locale?: ScreenLocale, at?: Date): BanMatch[] {
	void file;
	void text;
	void locale;
	void at;
	return [];
}
