/**
 * Russian for the settings screens: Settings and More.
 */
import type { Translation } from '../catalog';
import type { settings as en } from '../en/settings';

export const settings = {
	'settings.title': 'Настройки',
	'settings.noCase': 'На этом телефоне пока нет дела.',
	'settings.setUp': 'Создать дело',

	'settings.officer': 'Ваш инспектор пробации',
	'settings.officer.none': 'Контакт пока не указан. Добавьте его ниже, в разделе «Сведения о деле».',
	'settings.officer.call': (p) => `Позвонить: ${p.name}`,
	'settings.officer.callUnnamed': 'Позвонить инспектору',
	'settings.officer.phone': 'Телефон',
	'settings.officer.address': 'Адрес',
	'settings.officer.hours': 'Часы приёма',

	'settings.details': 'Сведения о деле',
	'settings.details.sentenceUntil': 'Последний день срока',
	'settings.details.timeZoneHint': 'Сроки отсчитываются по времени этого пояса. Если его изменить, все сроки будут считаться по времени нового пояса.',
	'settings.details.save': 'Сохранить сведения о деле',
	'settings.details.saved': 'Сведения о деле сохранены.',
	'settings.details.ruleProblem': (p) => `${p.title}: ${p.problem}`,

	'settings.remind': 'Напоминания',
	'settings.remind.legend': 'Напоминать перед каждым сроком',
	'settings.remind.days': (p, f) =>
		f.plural(p.days, { one: 'за # день до срока', few: 'за # дня до срока', many: 'за # дней до срока', other: 'за # дня до срока' }),
	'settings.remind.hint': 'Если ничего не отметить, Clearday напомнит за 3 дня и за 1 день до срока.',
	'settings.remind.rules':
		'Если для условия заданы собственные напоминания (на экране «Условия»), они сохраняются. О часах, когда нужно быть дома, приложение всегда напоминает за час до их начала.',
	'settings.remind.save': 'Сохранить напоминания',
	'settings.remind.saved': 'Напоминания сохранены.',

	'settings.notifications': 'Уведомления',
	'settings.notifications.switch': 'Предупреждать уведомлениями на телефоне',
	'settings.notifications.hint':
		'Когда вы открываете Clearday или возвращаетесь в него, телефон один раз показывает уведомление о каждом новом предупреждении. Кроме того, предупреждения всегда видны на экране «Сегодня».',
	'settings.notifications.on': 'Уведомления включены.',
	'settings.notifications.off': 'Уведомления выключены.',
	'settings.notifications.refused':
		'Браузер не разрешил уведомления. Чтобы получать их, разрешите уведомления для Clearday в настройках сайта в браузере и снова включите этот переключатель. Предупреждения по-прежнему видны на экране «Сегодня».',
	'settings.notifications.blocked':
		'Уведомления для Clearday заблокированы в настройках браузера, поэтому их нельзя показать. Чтобы получать их, разрешите уведомления в настройках сайта в браузере. Предупреждения по-прежнему видны на экране «Сегодня».',
	'settings.notifications.unsupported':
		'Этот браузер не умеет показывать уведомления. На iPhone сначала добавьте Clearday на экран «Домой» и открывайте его оттуда. Предупреждения по-прежнему видны на экране «Сегодня».',
	'settings.notifications.asking': 'Браузер ждёт вашего ответа…',

	'settings.storage': 'Хранение данных на этом телефоне',
	'settings.storage.granted': 'Браузер согласился хранить данные Clearday и не станет удалять их, чтобы освободить место.',
	'settings.storage.refused':
		'Браузер не обещал хранить данные Clearday. Если на телефоне закончится место, браузер может их удалить: ваше дело, ваши условия и всё, что вы записали.',
	'settings.storage.unsupported':
		'Этот браузер не может гарантировать, что данные Clearday сохранятся. Если на телефоне закончится место, он может их удалить: ваше дело, ваши условия и всё, что вы записали.',
	'settings.storage.unknown': 'Приложение ещё не просило браузер сохранить его данные.',
	'settings.storage.adviceTitle': 'Чтобы ваши данные были в сохранности:',
	'settings.storage.adviceSpace': 'Оставляйте на телефоне свободное место.',
	'settings.storage.adviceInstall': 'Добавьте Clearday на главный экран (установите приложение): тогда браузеры чаще сохраняют его данные.',
	'settings.storage.ask': 'Попросить браузер сохранить мои данные',
	'settings.storage.askAgain': 'Попросить браузер ещё раз',

	'settings.startOver': 'Начать заново',
	'settings.newCase': 'Новое дело',
	'settings.newCaseHint': 'Новое дело заменит текущее. Вас попросят это подтвердить.',
	'settings.removeDemo': 'Удалить демо',
	'settings.demoNote': 'Это демонстрационное дело. Удалите его, чтобы начать с чистого листа.',

	'more.title': 'Ещё',
	'more.canI': 'Можно ли это делать?',
	'more.canI.hint': 'Прежде чем что-то сделать, проверьте, не подпадает ли это под ваши запреты.',
	'more.conditions': 'Условия',
	'more.conditions.hint': 'Просмотр, добавление и изменение условий вашего приговора.',
	'more.history': 'История',
	'more.history.hint': 'Всё, что вы записали, вместе с исправлениями.',
	'more.settings': 'Настройки',
	'more.settings.hint': 'Сведения о деле, телефон инспектора, напоминания, уведомления, хранение данных.'
} satisfies Translation<typeof en>;
