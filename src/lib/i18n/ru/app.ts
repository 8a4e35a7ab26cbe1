/**
 * Russian for the app's frame: its name, navigation and common actions.
 */
import type { Translation } from '../catalog';
import type { app as en } from '../en/app';

export const app = {
	'app.name': 'Clearday',
	'app.tagline': 'Условия вашего приговора, сроки и записи — только на вашем телефоне.',

	'nav.label': 'Главное меню',
	'nav.today': 'Сегодня',
	'nav.checkIn': 'Записать',
	'nav.conditions': 'Условия',
	'nav.history': 'История',
	'nav.more': 'Ещё',
	'common.save': 'Сохранить',
	'common.cancel': 'Отмена',
	'common.back': 'Назад',
	'common.loading': 'Загрузка…',
	'common.optional': 'необязательно',
	'common.fixProblems': 'Исправьте ошибки ниже. Ничего не сохранено.',
	'error.storage.quota': 'В памяти телефона не осталось места. Ничего не сохранено. Освободите место и попробуйте ещё раз.',
	'error.storage.unavailable': 'Этот браузер не позволяет приложению хранить данные (возможно, включён режим инкогнито). Ничего не сохранено.',
	'error.storage.locked': 'Clearday заблокирован. Ничего не сохранено. Разблокируйте приложение и попробуйте ещё раз.',
	'error.storage.unknown': 'Телефону не удалось это сохранить. Ничего не сохранено. Попробуйте ещё раз.',
	'error.unexpected': 'Что-то пошло не так. Ничего не изменено. Перезагрузите приложение.'
} satisfies Translation<typeof en>;
