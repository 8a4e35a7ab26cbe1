/**
 * Ends a Russian sentence with a full stop, unless it already ends with one: a date written
 * the Russian way ends with «г.» («до 25 нояб. 2026 г.»), and a second stop after it is a typo.
 */
export function sentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}
