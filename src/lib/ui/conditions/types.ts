/** The translated errors to show at a field path (see ConditionEditor: after a touch or a save attempt). */
export type Errors = (path: string, prefix?: boolean) => string[];

/** One choice of a checkbox or radio group. */
export interface Choice<T> {
	value: T;
	label: string;
	/** A sentence under the choice, saying what it means. */
	hint?: string;
	/** The label's language, when it is not the page's (a language named in itself). */
	lang?: string;
}
