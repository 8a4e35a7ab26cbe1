/**
 * Each English catalog file beside its translation, for the language tests: found by file name,
 * so that a new English catalog without its Russian or Kazakh file fails them.
 */
import type { CatalogShape } from '../../src/lib/i18n/catalog';

type Modules = Record<string, Record<string, unknown>>;

const english = import.meta.glob<Record<string, unknown>>(['../../src/lib/i18n/en/*.ts', '!../../src/lib/i18n/en/{index,all}.ts', '!../../src/lib/i18n/en/*.test.ts'], {
	eager: true
});

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);

/** [file name, English catalog, translated catalog ({} when the file is missing)] for every English catalog file. */
export function catalogPairs(translated: Modules): [string, CatalogShape, CatalogShape][] {
	const byName = new Map(Object.entries(translated).map(([path, module]) => [nameOf(path), module]));
	return Object.entries(english)
		.map(([path, module]): [string, CatalogShape, CatalogShape] => {
			const name = nameOf(path);
			return [name, module[name] as CatalogShape, (byName.get(name)?.[name] ?? {}) as CatalogShape];
		})
		.sort(([a], [b]) => a.localeCompare(b));
}
