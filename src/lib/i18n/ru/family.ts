/**
 * Russian for the family view (/s): a status link opened by a relative, who may never have used
 * Clearday.
 */
import type { Translation } from '../catalog';
import type { family as en } from '../en/family';

export const family = {
	'family.title': 'Статус, которым с вами поделились',
	'family.intro': 'С вами поделились статусом выполнения условий приговора из приложения Clearday.',
	'family.opening': 'Открытие ссылки…',

	'family.none.title': 'Ссылки на статус',
	'family.none':
		'Эта страница показывает статус по ссылке, которой с вами поделились из Clearday. Откройте присланную вам ссылку: она заканчивается знаком # и длинным кодом.',
	'family.none.privacy': 'Статус зашифрован в самой ссылке и расшифровывается только на этом телефоне. Учётная запись не нужна.',

	'family.asOf': (p) => `По состоянию на ${p.at} (${p.age})`,
	'family.age.minutes': (p, f) =>
		p.count < 1 ? 'только что' : f.plural(p.count, { one: '# минуту назад', few: '# минуты назад', many: '# минут назад', other: '# минуты назад' }),
	'family.age.hours': (p, f) => f.plural(p.count, { one: '# час назад', few: '# часа назад', many: '# часов назад', other: '# часа назад' }),
	'family.age.days': (p, f) => f.relativeDays(-p.days),
	'family.stale': (p, f) =>
		f.plural(p.days, {
			one: 'Статус составлен # день назад: с тех пор что-то могло измениться. Попросите новую ссылку.',
			few: 'Статус составлен # дня назад: с тех пор что-то могло измениться. Попросите новую ссылку.',
			many: 'Статус составлен # дней назад: с тех пор что-то могло измениться. Попросите новую ссылку.',
			other: 'Статус составлен # дня назад: с тех пор что-то могло измениться. Попросите новую ссылку.'
		}),
	'family.expires': (p) => `Ссылка действует до ${p.at}.`,

	'family.deadlines': 'Ближайшие сроки',
	'family.deadlines.none': 'В течение 30 дней после даты этого статуса сроков нет.',
	'family.deadline.when': (p) => `${p.relative}, ${p.at}`,
	'family.balances': 'Платежи',
	'family.balances.none': 'Платить ничего не нужно.',
	'family.balance.paid': (p) => `Уплачено ${p.paid} из ${p.total}`,
	'family.balance.overdue': (p) => `Просрочено: ${p.amount}`,
	'family.balance.notOverdue': 'Просрочек нет',
	'family.lastCheckIn': 'Последняя запись',
	'family.lastCheckIn.at': (p) => `${p.at} (${p.relative})`,
	'family.lastCheckIn.none': 'Записей пока нет.',
	'family.fingerprint': 'Цифровой отпечаток записей',
	'family.fingerprint.none': 'Записей пока нет, поэтому у них нет цифрового отпечатка.',
	'family.fingerprint.what':
		'Если вы раньше записали себе отпечаток, сравните: если он тот же, с тех пор ничего не было записано или изменено; если другой — с тех пор записи добавлялись или изменялись. Этот отпечаток можно записать себе: по нему адвокат сможет позже, имея записи этого человека, проверить, что ничего из записанного до него не было изменено.',
	'family.readOnly': 'Эта страница только показывает статус. Здесь ничего нельзя изменить.',

	'family.passphrase.title': 'Ссылка защищена кодовой фразой',
	'family.passphrase.intro': 'Человек, приславший ссылку, должен сообщить вам кодовую фразу другим способом — например, по телефону.',
	'family.passphrase': 'Кодовая фраза',
	'family.passphrase.show': 'Показать кодовую фразу',
	'family.passphrase.open': 'Открыть статус',
	'family.passphrase.empty': 'Введите кодовую фразу.',
	'family.passphrase.checking': 'Проверка кодовой фразы…',

	'family.failed.title': 'Ссылка не открылась',
	'family.failure.expired': 'Срок действия ссылки истёк. Попросите у отправителя новую.',
	'family.failure.damaged': 'Ссылка повреждена, прочитать её нельзя. Попросите прислать ссылку ещё раз или скопируйте её заново целиком.',
	'family.failure.truncated': 'Похоже, ссылка обрезана: попросите прислать её целиком. Некоторые приложения сокращают длинные ссылки; скопируйте её заново полностью.',
	'family.failure.tampered': 'Ссылка изменена: она не совпадает с отправленной. Не доверяйте тому, что она показывает; попросите прислать ссылку ещё раз.',
	'family.failure.wrong-passphrase': 'Неверная кодовая фраза. Проверьте её и попробуйте ещё раз.',
	'family.failure.unknown-version': 'Эта ссылка создана более новой версией Clearday: обновите страницу и откройте ссылку снова.',
	'family.failure.needs-passphrase': 'Для этой ссылки нужна кодовая фраза.',
	'family.failure.unexpected': 'Эту ссылку не удалось открыть в этом браузере. Попробуйте другой браузер или попросите прислать ссылку ещё раз.',

	'family.keep': 'Сохранить на этом устройстве',
	'family.keep.hint': 'Ссылка сохранится на этом телефоне, и её можно будет снова открыть здесь без сообщения. Кодовая фраза не сохраняется.',
	'family.kept': 'Сохранено на этом устройстве. Откройте эту страницу снова, чтобы увидеть статус.',
	'family.forget': 'Удалить с этого устройства',
	'family.forgotten': 'Удалено с этого устройства.',

	'family.keptList': 'Сохранено на этом устройстве',
	'family.keptList.none': 'На этом устройстве нет сохранённых ссылок.',
	'family.keptList.item': (p) => `Статус на ${p.at}`,
	'family.keptList.until': (p) => `Действует до ${p.at}`,
	'family.keptList.expired': (p) => `Срок действия истёк ${p.at}`,
	'family.keptList.openShort': 'Открыть',
	'family.keptList.open': (p) => `Открыть статус на ${p.at}`,
	'family.keptList.removeShort': 'Удалить',
	'family.keptList.remove': (p) => `Удалить статус на ${p.at}`,
	'family.keptList.back': 'Показать сохранённые ссылки',

	'family.backToApp': 'Вернуться к своему делу в Clearday',
	'family.storageFailed': 'Не удалось сохранить ссылку на этом телефоне. Ничего не изменено.'
} satisfies Translation<typeof en>;
