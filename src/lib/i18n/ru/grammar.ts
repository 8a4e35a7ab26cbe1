/**
 * Russian grammar the catalogs share: the end of a sentence, and the plural forms of the
 * counted words that several screens use (`f.plural(n, DAYS)`).
 */
import type { PluralForms } from '../format';

/**
 * Ends a sentence with a full stop, unless it already ends with one: a date written the Russian
 * way ends with «г.» («до 25 нояб. 2026 г.»), and a second stop after it is a typo.
 */
export function sentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}

/** Days as counted and after «за»: «1 день», «за 2 дня», «5 дней», «21 день». */
export const DAYS: PluralForms = { one: '# день', few: '# дня', many: '# дней', other: '# дня' };
/** Days after «в течение», «из», «около»: «1 дня», «2 дней», «5 дней», «21 дня». */
export const DAYS_GENITIVE: PluralForms = { one: '# дня', few: '# дней', many: '# дней', other: '# дня' };
/** Entries (check-ins) as counted: «1 запись», «2 записи», «5 записей», «21 запись». */
export const ENTRIES: PluralForms = { one: '# запись', few: '# записи', many: '# записей', other: '# записи' };
/** Metres after «около»: «около 1 метра», «около 5 метров», «около 21 метра». */
export const METRES_GENITIVE: PluralForms = { one: '# метра', few: '# метров', many: '# метров', other: '# метра' };
/** Working days after «в течение»: «1 рабочего дня», «3 рабочих дней», «5 рабочих дней», «21 рабочего дня». */
export const WORKING_DAYS_GENITIVE: PluralForms = { one: '# рабочего дня', few: '# рабочих дней', many: '# рабочих дней', other: '# рабочего дня' };
/** Months as counted and after «за»: «за 1 месяц», «за 2 месяца», «за 12 месяцев», «за 21 месяц». */
export const MONTHS: PluralForms = { one: '# месяц', few: '# месяца', many: '# месяцев', other: '# месяца' };
/** Warnings or violations as counted (both neuter): «1 предупреждение или нарушение», «2 предупреждения или нарушения», «5 предупреждений или нарушений». */
export const WARNINGS: PluralForms = {
	one: '# предупреждение или нарушение',
	few: '# предупреждения или нарушения',
	many: '# предупреждений или нарушений',
	other: '# предупреждения или нарушения'
};
