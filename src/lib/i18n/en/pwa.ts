/**
 * English for the installed app: the update prompt, system notifications and the calendar export.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const pwa = {
	'pwa.updateReady': 'A new version of Clearday is ready.',
	'pwa.reload': 'Reload',

	/** A system notification that stands for the alerts beyond the first few (never a flood). */
	'notify.more': (p: { count: number }, f: Formatter) => f.plural(p.count, { one: '# more alert', other: '# more alerts' }),
	'notify.moreBody': 'Open Clearday to see them.',

} satisfies CatalogShape;
