/**
 * Small helpers the Kazakh catalogs share (not a catalog).
 *
 * Kazakh dates from the formatter end in an abbreviated month with its own point ("2026 ж.
 * 25 қар."), so a sentence that ends on a date must not get a second one: `sentence` adds the
 * full stop only where the text does not already end with one. No suffix is ever attached to a
 * formatted value (a date, a sum, a time): the sentences are built so that none is needed.
 */

/** The text as a sentence: a full stop at the end unless it already has one. */
export function sentence(text: string): string {
	return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** The text with a capital first letter. */
export function capital(text: string): string {
	return text.charAt(0).toLocaleUpperCase('kk') + text.slice(1);
}
