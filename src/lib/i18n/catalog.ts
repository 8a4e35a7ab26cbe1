/**
 * The message catalog's shape and its translator.
 *
 * A catalog maps a code to a string or to a function of the message's parameters, a formatter
 * (dates in the case's zone, money, lists, plurals) and the translator itself (for nested
 * codes such as a category inside a sentence). English (en.ts) is the reference: every other
 * language must have exactly its keys with the same parameters, which the compiler checks.
 * Codes come from the app's own screens and from the engine (alert, summary and label codes,
 * issue codes as `issue.<code>`).
 */
import type { Formatter } from './format';
import type { Params, Translate } from '$lib/domain';

/** A message: static text, or text built from its parameters. */
export type Entry = string | ((params: never, format: Formatter, t: Translate) => string);

export type CatalogShape = Readonly<Record<string, Entry>>;

/** Renders codes with a catalog; an unknown code renders as itself (tests keep that from happening). */
export function createTranslator(catalog: CatalogShape, format: Formatter): Translate {
	const t: Translate = (code, params = {}) => {
		const entry = catalog[code];
		if (entry === undefined) return code;
		return typeof entry === 'string' ? entry : (entry as (p: Params, f: Formatter, t: Translate) => string)(params, format, t);
	};
	return t;
}

/**
 * A translation of an English catalog (`Translation<typeof engine>`): exactly its keys (used
 * with `satisfies`, a missing or extra key does not compile), each a string or a function of the
 * same parameters as the English entry.
 */
export type Translation<English extends CatalogShape> = {
	readonly [Key in keyof English]: English[Key] extends (params: infer P, format: Formatter, t: Translate) => string
		? (params: P, format: Formatter, t: Translate) => string
		: string | ((params: Record<string, never>, format: Formatter, t: Translate) => string);
};
