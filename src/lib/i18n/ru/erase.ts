/** Russian for erasing everything on this phone (Settings) and the screen after it. */
import type { Translation } from '../catalog';
import type { erase as english } from '../en/erase';

export const erase = {
	'erase.title': 'Стереть всё на этом телефоне',
	'erase.intro':
		'С этого телефона будут удалены ваше дело, все записи, настройки и сохранённые ссылки для близких, а также офлайн-копия приложения. После этого восстановить их с телефона не сможет никто, даже вы. Резервные копии, сохранённые в другом месте, это не затронет.',
	'erase.start': 'Стереть всё…',
	'erase.confirm.title': 'Стереть всё сейчас?',
	'erase.confirm.text': 'Это действие нельзя отменить. Без резервной копии ваши записи будут утрачены безвозвратно.',
	'erase.confirm.yes': 'Да, стереть всё',
	'erase.confirm.no': 'Отмена',
	'erase.working': 'Удаление…',
	'erase.failed': 'Часть данных удалить не удалось. Закройте другие вкладки приложения и попробуйте ещё раз.',
	'erase.done.title': 'Все данные стёрты',
	'erase.done.text': 'Теперь Clearday ничего не хранит на этом телефоне: ни дела, ни записей, ни настроек, ни сохранённых ссылок.',
	'erase.done.history':
		'В истории самого браузера ещё могут оставаться адреса страниц приложения: при необходимости очистите её в настройках браузера. Затем закройте эту вкладку.',
	'erase.done.again': 'Начать заново'
} satisfies Translation<typeof english>;
