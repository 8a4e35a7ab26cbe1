/**
 * Russian for the installed app: the update prompt and system notifications.
 */
import type { Translation } from '../catalog';
import type { pwa as en } from '../en/pwa';

export const pwa = {
	'pwa.updateReady': 'Готова новая версия Clearday.',
	'pwa.reload': 'Обновить',

	'notify.more': (p, f) => f.plural(p.count, { one: 'Ещё # предупреждение', few: 'Ещё # предупреждения', many: 'Ещё # предупреждений', other: 'Ещё # предупреждения' }),
	'notify.moreBody': 'Откройте Clearday, чтобы их увидеть.'
} satisfies Translation<typeof en>;
