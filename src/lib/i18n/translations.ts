/**
 * Loading Russian and Kazakh: each language's core (what the first screen needs: ru/core.ts) and
 * each screen's catalog (ru/<screen>.ts, exporting a const named like the file) are chunks of
 * their own, fetched only for the language in use.
 */
import type { CatalogShape } from './catalog';
import type { Language } from './languages';

type CatalogModule = Record<string, CatalogShape>;

// The core's parts come with core.ts; all.ts (every string, for tests), the languages' grammar and format
// helpers and tests are not catalogs to fetch.
const modules = import.meta.glob<CatalogModule>(['./ru/*.ts', './kk/*.ts', '!./*/{app,engine,today,pwa,all,grammar,sentence,format}.ts', '!./**/*.test.ts']);

/** The name every language's core is loaded by. */
export const CORE = 'core';

/** A translated catalog: `name` is the screen catalog's name (`share`), or CORE. Undefined when there is none. */
export async function loadTranslation(language: Exclude<Language, 'en'>, name: string): Promise<CatalogShape | undefined> {
	const load = modules[`./${language}/${name}.ts`];
	if (!load) return undefined;
	return (await load())[name];
}

/** The names of every catalog translated into `language` (its core included). */
export function translatedNames(language: Exclude<Language, 'en'>): string[] {
	const prefix = `./${language}/`;
	return Object.keys(modules)
		.filter((path) => path.startsWith(prefix))
		.map((path) => path.slice(prefix.length, -'.ts'.length));
}
