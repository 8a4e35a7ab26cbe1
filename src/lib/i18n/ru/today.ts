/**
 * Russian for the Today screen: the banner, alerts, what is coming up, the condition cards.
 */
import type { Translation } from '../catalog';
import type { today as en } from '../en/today';

export const today = {
	'today.title': 'Сегодня',
	'today.demo': 'Это демонстрационное дело: вымышленный приговор — шесть лет условно, Алматы. Пробуйте что угодно: здесь нет ничего о вас.',
	'today.removeDemo': 'Удалить демо',
	'today.alerts': 'Предупреждения',
	'today.noAlerts': 'Предупреждений нет.',
	'today.hiddenAlerts': (p, f) => `Скрытые напоминания (${f.number(p.count)})`,
	'today.comingUp': 'Ближайшие сроки',
	'today.nothingComingUp': 'Ничего не запланировано.',
	'today.conditions': 'Ваши условия',
	'today.noConditions': 'Условий пока нет.',
	'today.addCondition': 'Добавить условие',
	'today.canI': 'Можно ли это делать?',
	'today.canIHint': 'Прежде чем что-то сделать, проверьте, не подпадает ли это под ваши запреты.',
	'today.asOf': (p) => `По состоянию на ${p.at}`,
	'today.loadFailed': 'Не удалось прочитать ваши данные на этом устройстве. Ничего не изменено.',

	'time.relativeDays': (p, f) => f.relativeDays(p.days),
	'alert.due': (p) => `Срок — ${p.relative} (${p.at})`,
	'alert.overdue': (p) => `Просрочено с ${p.date}`,
	'alert.event': (p) => `${p.at}`,
	'alert.hide': 'Скрыть',
	'alert.hideLabel': (p) => `Скрыть: ${p.text}`,
	'next.when': (p) => `${p.relative}, ${p.at}`,

	'action.reportedToday': 'Записать сегодняшнюю явку',
	'action.recordPayment': 'Записать платёж',
	'action.markDone': 'Отметить как выполненное',
	'action.planTrip': 'Запланировать поездку',
	'action.recordChange': 'Записать изменение',
	'action.checkActivity': 'Проверить план по этому запрету',
	'action.details': (p) => `Подробнее: ${p.title}`,
	'action.recorded': 'Записано.'
} satisfies Translation<typeof en>;
