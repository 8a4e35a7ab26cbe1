/**
 * Russian for the dashboard's distance to revocation: a count against the limit the person (or
 * their lawyer) entered, never a forecast of what a court will do. The line is followed by «;» and
 * the date the oldest one stops counting, or by a full stop.
 */
import type { Translation } from '../catalog';
import { sentence } from './grammar';
import type { revocationToday as en } from '../en/revocationToday';

/** «за последний 1 месяц», «за последние 2 месяца», «за последние 12 месяцев», «за последний 21 месяц». */
const LAST_MONTHS = { one: 'за последний # месяц', few: 'за последние # месяца', many: 'за последние # месяцев', other: 'за последние # месяца' };

export const revocationToday = {
	'revocation.line': (p, f) => `Предупреждения и нарушения ${f.plural(p.months, LAST_MONTHS)}: ${f.number(p.count)} из ${f.number(p.moreThan)}`,
	'revocation.line.oldest': (p, f) => sentence(`самое раннее из них перестанет учитываться ${f.date(p.date)}`),
	'revocation.line.disputed': (p, f) =>
		f.plural(p.count, {
			one: 'Из них # оспаривается и всё равно учитывается.',
			few: 'Из них # оспариваются и всё равно учитываются.',
			many: 'Из них # оспариваются и всё равно учитываются.',
			other: 'Из них # оспаривается и всё равно учитывается.'
		}),
	'revocation.line.about': 'Что учитывается'
} satisfies Translation<typeof en>;
