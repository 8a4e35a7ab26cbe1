/**
 * English for validation issues (`issue.<code>`): loaded with the screens that have forms.
 */
import { issueMessages } from '$lib/domain/issues';
import type { Formatter } from '../format';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The engine's English issue sentences, as `issue.<code>` (one source for both), with any local
 * date among the parameters written the reader's way ("25 May 2026", not "2026-05-25").
 */
export const issues = Object.fromEntries(
	Object.entries(issueMessages).map(([code, render]) => [
		`issue.${code}`,
		(p: Readonly<Record<string, string | number>>, f: Formatter) =>
			render(Object.fromEntries(Object.entries(p).map(([key, value]) => [key, typeof value === 'string' && LOCAL_DATE.test(value) ? f.date(value) : value])))
	])
) as { [K in keyof typeof issueMessages as `issue.${K}`]: (p: Readonly<Record<string, string | number>>, f: Formatter) => string };

