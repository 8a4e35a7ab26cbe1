/**
 * Kazakh for the dashboard's distance to revocation (English: en/revocationToday.ts). Loaded with
 * the line's component only when the case has a revocation policy. The line counts what the person
 * recorded against the numbers of their policy; it never says what a court will do.
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import type { revocationToday as english } from '../en/revocationToday';

type F = Formatter;

export const revocationToday = {
	'revocation.line': (p, f: F) =>
		`Соңғы ${f.plural(p.months, { one: '# ай', other: '# ай' })} ішіндегі ескерту немесе бұзушылық саны: ${f.number(p.count)}, шегі: ${f.number(p.moreThan)}`,
	'revocation.line.oldest': (p, f: F) => `ең ертедегісі ${f.date(p.date)} күні есептен шығады.`,
	'revocation.line.disputed': (p, f: F) =>
		f.plural(p.count, {
			one: 'Олардың # ескертуіне дау айтылған, бірақ ол әлі де есепке алынады.',
			other: 'Олардың # ескертуіне дау айтылған, бірақ олар әлі де есепке алынады.'
		}),
	'revocation.line.about': 'Нелер есепке алынады'
} satisfies Translation<typeof english>;
