/**
 * English for the dashboard's distance to revocation. Not part of the first visit: the Today
 * screen loads it, with the line's component, only when the case has a revocation policy. (The
 * alerts' own sentences are in engine.ts: alerts must read right at once.)
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

type F = Formatter;

export const revocationToday = {
	'revocation.line': (p: { count: number; moreThan: number; months: number }, f: F) =>
		`${f.number(p.count)} of ${f.number(p.moreThan)} warnings or violations in the last ${f.plural(p.months, { one: '# month', other: '# months' })}`,
	'revocation.line.oldest': (p: { date: string }, f: F) => `the oldest stops counting on ${f.date(p.date)}.`,
	'revocation.line.disputed': (p: { count: number }, f: F) => `${f.plural(p.count, { one: '# of them is', other: '# of them are' })} disputed and still counted.`,
	'revocation.line.about': 'What counts'
} satisfies CatalogShape;
