/**
 * The words of the demo case (docs/examples), for the tests that look for them in a dump of the
 * database: with the app lock on, none may be there. Ids are left out, and so are their parts:
 * ids are stored in clear (random in a case made in the app; the demo's are readable, such as
 * "rule-movement" or "c-2026-06-08"). Strings under 4 characters would match by chance.
 */
import { readFileSync } from 'node:fs';

/** The demo case as the app ships it, as raw JSON. */
export function demoJson(): unknown {
	return JSON.parse(readFileSync(new URL('../docs/examples/almaty-suspended-sentence.json', import.meta.url), 'utf8'));
}

export function demoStrings(file: unknown = demoJson()): string[] {
	const found = new Set<string>();
	const ids = new Set<string>();
	const walk = (value: unknown, key: string): void => {
		if (typeof value === 'string') (['id', 'supersedes'].includes(key) ? ids : found).add(value);
		else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
		else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
	};
	walk(file, '');
	return [...found].filter((value) => value.length >= 4 && ![...ids].some((id) => id.includes(value)));
}
