/**
 * Kazakh for the installed app: the update prompt and system notifications.
 */
import type { Translation } from '../catalog';
import type { pwa as english } from '../en/pwa';

export const pwa = {
	'pwa.updateReady': 'Clearday қолданбасының жаңа нұсқасы дайын.',
	'pwa.reload': 'Қайта жүктеу',

	/** A system notification that stands for the alerts beyond the first few (never a flood). */
	'notify.more': (p, f) => f.plural(p.count, { one: 'Тағы # ескерту', other: 'Тағы # ескерту' }),
	'notify.moreBody': 'Оларды көру үшін Clearday қолданбасын ашыңыз.'
} satisfies Translation<typeof english>;
