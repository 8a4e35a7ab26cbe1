/**
 * Russian for the History screen: the timeline, its filters, the facts of each entry, and
 * corrections («Исправить запись», «Это ошибочная запись»).
 */
import type { Translation } from '../catalog';
import { ENTRIES, METRES_GENITIVE } from './grammar';
import type { history as en } from '../en/history';

/** After «из»: «из 1 записи», «из 5 записей», «из 21 записи». */
const OF_ENTRIES = { one: '# записи', few: '# записей', many: '# записей', other: '# записи' };

export const history = {
	'history.title': 'История',
	'history.intro': 'Всё, что вы записали, — сначала новые записи. Ничего не удаляется: исправление добавляется как новая запись, и обе остаются здесь.',
	'history.filters': 'Фильтр',
	'history.filter.rule': 'Условие',
	'history.filter.allRules': 'Все условия',
	'history.filter.noRule': 'Без привязки к условию',
	'history.filter.kind': 'Тип записи',
	'history.filter.allKinds': 'Все типы',
	'history.count': (p, f) => (p.shown === p.total ? f.plural(p.total, ENTRIES) : `Показано ${f.number(p.shown)} из ${f.plural(p.total, OF_ENTRIES)}`),
	'history.empty': 'Пока ничего не записано. Здесь появится всё, что вы записываете на экране «Записать».',
	'history.emptyFiltered': 'Нет записей, подходящих под выбранный фильтр.',
	'history.clearFilters': 'Показать все записи',
	'history.showOlder': (p, f) => `Показать более ранние записи (ещё ${f.number(p.count)})`,

	'history.entryName': (p, _f, t) => `${t(`checkin.kind.${p.kind}`)}, ${p.at}`,
	'history.backdated': 'Задним числом',
	'history.times': (p) => `Произошло ${p.at} · записано ${p.recordedAt}`,

	'history.fact.amount': (p, f) => f.money(p.amount, p.currency),
	'history.fact.excuseFor': (p, f) => `Освобождение от явки ${f.date(p.date)}`,
	'history.fact.description': (p) => `«${p.text}»`,
	'history.fact.planned': (p, f) => `Запланировано на ${f.date(p.date)}`,
	'history.fact.activityDone': 'Уже было',
	'history.fact.categories': (p, f, t) => `Может относиться к: ${f.list(p.categories.map((c) => t(`category.${c}`)))}`,
	'history.fact.noCategories': 'Категории не отмечены',
	'history.fact.trip': (p, f) => `${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`,
	'history.fact.outside': 'За пределами территории',
	'history.fact.inside': 'В пределах территории',
	'history.fact.granted': 'Разрешение получено',
	'history.fact.refused': 'В разрешении отказано',
	'history.fact.forTrip': (p) => `К поездке: ${p.trip}`,
	'history.fact.about': (p) => `Касается: ${p.what}`,
	'history.fact.change': (p, f, t) => `Смена ${t(`change.${p.what}`)} (${f.date(p.on)})`,
	'history.fact.unknownRef': 'запись, которой нет в этой истории',
	'history.fact.location': (p, f) => `${p.lat}, ${p.lon} (точность — около ${f.plural(p.accuracy, METRES_GENITIVE)})`,
	'history.fact.note': (p) => `Заметка: ${p.text}`,

	'history.status.corrected': 'Исправлено',
	'history.status.withdrawn': 'Ошибка',
	'history.status.correction': 'Исправление',
	'history.correctedOn': (p) => `Исправлено ${p.at}. Эта версия больше не учитывается.`,
	'history.withdrawnOn': (p) => `Отмечено как ошибочное ${p.at}. Больше не учитывается.`,
	'history.seeCorrection': 'Показать исправление',
	'history.seeCorrection.label': (p) => `Показать исправление записи: ${p.entry}`,
	'history.replaces': (p) => `Исправляет запись от ${p.at}.`,
	'history.withdraws': (p) => `Отмечает запись от ${p.at} как ошибочную.`,
	'history.seeReplaced': 'Показать прежнюю запись',
	'history.seeReplaced.label': (p) => `Показать прежнюю запись, исправленную записью: ${p.entry}`,
	// Вопрос о разъяснении, на который позже пришёл ответ (ответ записан как его новая версия).
	'history.status.answered': 'Есть ответ',
	'history.status.answer': 'Ответ',
	'history.answeredOn': (p) => `Ответ получен ${p.on}. Он записан отдельной записью.`,
	'history.answers': (p) => `Ответ на вопрос, заданный ${p.at}.`,
	'history.seeAnswer': 'Показать ответ',
	'history.seeAnswer.label': (p) => `Показать ответ на запись: ${p.entry}`,
	'history.seeQuestion': 'Показать вопрос',
	'history.seeQuestion.label': (p) => `Показать вопрос, на который отвечает запись: ${p.entry}`,

	'history.correct': 'Исправить запись',
	'history.correct.label': (p) => `Исправить запись: ${p.entry}`,
	'history.mistake': 'Это ошибочная запись',
	'history.mistake.label': (p) => `Это ошибочная запись: ${p.entry}`,
	'history.mistake.reason': 'Почему запись ошибочна?',
	'history.mistake.hint': 'Коротко укажите причину, например: «Записано дважды». Запись останется в истории с пометкой «ошибка» и больше не будет учитываться.',
	'history.mistake.save': 'Отметить как ошибочную',
	'history.mistake.save.label': (p) => `Отметить как ошибочную: ${p.entry}`,
	'history.mistake.cancel': 'Отмена',
	'history.mistake.cancel.label': (p) => `Отмена: ${p.entry}`,
	'history.mistake.saved': 'Запись отмечена как ошибочная и остаётся в истории.'
} satisfies Translation<typeof en>;
