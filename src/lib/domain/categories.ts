/**
 * The closed lists that rules and check-ins share: banned activity categories and kinds of change.
 * Their own module, so that evaluating rules does not load every check-in schema.
 */
import * as v from 'valibot';

export const BAN_CATEGORIES = [
	'political',
	'civic',
	'journalism',
	'social-media',
	'charitable',
	'religious',
	'assembly',
	'other'
] as const;
export type BanCategory = (typeof BAN_CATEGORIES)[number];
export const banCategory = v.picklist(BAN_CATEGORIES, 'category.unknown');

export const CHANGE_KINDS = ['residence', 'work', 'study', 'phone'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const changeKind = v.picklist(CHANGE_KINDS, 'change.unknown');

