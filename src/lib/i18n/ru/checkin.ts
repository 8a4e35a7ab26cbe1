/**
 * Russian for the Check in screen: choosing what happened, each kind's form, the location
 * reading, problems only the form can see, and the confirmation.
 *
 * The person's own words avoid the first-person past tense, which Russian marks for gender
 * («я явился / явилась»): nouns, the present tense and impersonal forms say the same thing.
 */
import type { Translation } from '../catalog';
import { METRES_GENITIVE } from './grammar';
import type { checkin as en } from '../en/checkin';

export const checkin = {
	'checkin.title': 'Новая запись',
	'checkin.choose': 'Что произошло?',
	'checkin.chooseHint': 'Выберите один вариант. Если вы записываете это позже, дату и время можно изменить на следующем экране.',
	'checkin.noCase': 'На этом телефоне пока нет дела.',
	'checkin.setUp': 'Создать дело',
	'checkin.chooseOther': 'Выбрать другое',

	// The big buttons: what happened, in the person's words.
	'checkin.pick.report': 'Явка в службу пробации',
	'checkin.pick.payment': 'Внесён платёж',
	'checkin.pick.done': 'Выполнена разовая задача',
	'checkin.pick.excuse': 'Инспектор освободил от явки',
	'checkin.pick.activity': 'Мероприятие или занятие — было или запланировано',
	'checkin.pick.trip': 'Планирую поездку',
	'checkin.pick.permission': 'Получен ответ по поездке',
	'checkin.pick.change': 'Сменились адрес, работа, учёба или телефон',
	'checkin.pick.notified': 'Инспектор уведомлён о поездке или изменении',
	'checkin.pick.location': 'Записать, где я сейчас',
	'checkin.pick.note': 'Написать заметку',

	// Short names of the kinds, for headings and history.
	'checkin.kind.report': 'Явка',
	'checkin.kind.payment': 'Платёж',
	'checkin.kind.done': 'Выполнено',
	'checkin.kind.excuse': 'Освобождение от явки',
	'checkin.kind.activity': 'Деятельность',
	'checkin.kind.trip': 'План поездки',
	'checkin.kind.permission': 'Ответ по поездке',
	'checkin.kind.change': 'Изменение',
	'checkin.kind.notified': 'Уведомление инспектора',
	'checkin.kind.location': 'Местоположение',
	'checkin.kind.note': 'Заметка',
	'checkin.kind.official-warning': 'Официальное предупреждение',
	'checkin.kind.clarification': 'Вопрос о запрете',

	// Form headings.
	'checkin.heading.report': 'Записать явку',
	'checkin.heading.payment': 'Записать платёж',
	'checkin.heading.done': 'Отметить разовую задачу как выполненную',
	'checkin.heading.excuse': 'Записать освобождение от явки',
	'checkin.heading.activity': 'Записать деятельность',
	'checkin.heading.trip': 'Записать план поездки',
	'checkin.heading.permission': 'Записать ответ по поездке',
	'checkin.heading.change': 'Записать изменение',
	'checkin.heading.notified': 'Записать, что инспектор уведомлён',
	'checkin.heading.location': 'Записать местоположение',
	'checkin.heading.note': 'Написать заметку',
	'checkin.heading.correct': (p, _f, t) => `Исправление: ${t(`checkin.kind.${p.kind}`)}`,

	// Save buttons (unique names a test or a screen reader can find).
	'checkin.save.report': 'Сохранить явку',
	'checkin.save.payment': 'Сохранить платёж',
	'checkin.save.done': 'Отметить как выполненное',
	'checkin.save.excuse': 'Сохранить освобождение',
	'checkin.save.activity': 'Сохранить деятельность',
	'checkin.save.trip': 'Сохранить план поездки',
	'checkin.save.permission': 'Сохранить ответ',
	'checkin.save.change': 'Сохранить изменение',
	'checkin.save.notified': 'Сохранить уведомление',
	'checkin.save.location': 'Сохранить местоположение',
	'checkin.save.note': 'Сохранить заметку',
	'checkin.save.correction': 'Сохранить исправление',
	'checkin.saving': 'Сохранение…',

	// Condition.
	'checkin.rule': 'Условие',
	'checkin.rule.hint': 'К какому из ваших условий это относится.',
	'checkin.rule.choose': 'Выберите условие',
	'checkin.rule.none': 'Без привязки к условию',
	'checkin.rule.missing.report': 'В вашем деле пока нет условия о явке, поэтому явку записывать не к чему.',
	'checkin.rule.missing.excuse': 'В вашем деле пока нет условия о явке, поэтому освобождение от явки записывать не к чему.',
	'checkin.rule.missing.payment': 'В вашем деле пока нет условия об уплате (штраф, возмещение ущерба), поэтому платёж записывать не к чему.',
	'checkin.rule.missing.done': 'В вашем деле пока нет разовой задачи (срока).',
	'checkin.rule.add': 'Добавить условие',

	// When.
	'checkin.when': 'Когда это было?',
	'checkin.when.plan': 'Когда вы это запланировали?',
	'checkin.when.permission': 'Когда вы получили ответ?',
	'checkin.when.notified': 'Когда вы сообщили?',
	'checkin.when.hint': (p) => `Указано текущее время. Измените его, если записываете позже. Время — по часовому поясу ${p.zone}.`,
	'checkin.when.date': 'Дата',
	'checkin.when.time': 'Время',
	'checkin.when.now': 'Поставить текущее время',

	'checkin.note': 'Заметка',
	'checkin.note.hint': 'Всё, что стоит запомнить: у кого вы были, номер квитанции.',
	'checkin.reason': 'Причина, названная инспектором',
	'checkin.reason.hint': 'Что сказал инспектор и новая дата, если её назначили. Позже это будет вашим доказательством.',
	'checkin.noteText': 'Ваша заметка',
	'checkin.noteText.hint': 'Не более 200 символов.',

	// Payment.
	'checkin.amount': (p) => `Сумма (${p.currency})`,
	'checkin.amount.noCurrency': 'Сумма',
	'checkin.amount.hint': 'Например: 40 000 или 40 000,50.',

	// Excuse.
	'checkin.excuseFor': 'Дата явки, от которой вас освободили',

	// Activity.
	'checkin.description': 'Что это?',
	'checkin.description.hint': 'Несколько слов, например: «Интервью местной газете».',
	'checkin.activityWhen': 'Уже было или запланировано?',
	'checkin.activity.done': 'Уже было',
	'checkin.activity.planned': 'Запланировано',
	'checkin.plannedOn': 'Запланировано на',
	'checkin.categories': 'Может ли это относиться к чему-то из перечисленного?',
	'checkin.categories.hint': 'Отметьте то, что подходит. Если не уверены, спросите адвоката.',
	'checkin.suggest': (p, f, t) => {
		const words = f.list(p.words.map((w) => `«${w}»`));
		const categories = f.list(p.categories.map((c) => t(`category.${c}`)));
		return p.words.length === 1
			? `Слово ${words} может указывать на: ${categories}. Отметьте подходящее.`
			: `Слова ${words} могут указывать на: ${categories}. Отметьте подходящее.`;
	},
	'checkin.suggest.tick': 'Отметить предложенные категории',

	// Trip.
	'checkin.tripFrom': 'Дата выезда',
	'checkin.tripTo': 'Дата возвращения',
	'checkin.destination': 'Куда',
	'checkin.destination.hint': 'Город или место и, если хотите, цель поездки: «Астана (навестить родных)».',
	'checkin.outsideArea': 'Это за пределами территории, которую нельзя покидать?',
	'checkin.outsideArea.yes': 'Да, за пределами',
	'checkin.outsideArea.no': 'Нет, в пределах территории',

	// Permission.
	'checkin.trip': 'Какая поездка?',
	'checkin.trip.choose': 'Выберите поездку',
	'checkin.tripOption': (p, f) => `${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`,
	'checkin.noTrips': 'План поездки ещё не записан. Сначала запишите поездку, затем ответ.',
	'checkin.recordTrip': 'Записать план поездки',
	'checkin.recordChange': 'Записать изменение',
	'checkin.granted': 'Ответ',
	'checkin.granted.yes': 'Разрешение получено',
	'checkin.granted.no': 'В разрешении отказано',

	// Change.
	'checkin.changeWhat': 'Что изменилось?',
	'checkin.change.residence': 'Место жительства (адрес)',
	'checkin.change.work': 'Место работы',
	'checkin.change.study': 'Место учёбы',
	'checkin.change.phone': 'Номер телефона',
	'checkin.changeOn': 'Дата изменения',

	// Notified.
	'checkin.about': 'О какой поездке или каком изменении?',
	'checkin.about.choose': 'Выберите поездку или изменение',
	'checkin.changeOption': (p, f, t) => `Смена ${t(`change.${p.what}`)} (${f.date(p.on)})`,
	'checkin.noAbout': 'Пока не записано ни плана поездки, ни изменения. Сначала запишите их, а затем — что вы сообщили инспектору.',

	// Location.
	'checkin.location.privacy': 'Приложение определяет местоположение, только когда вы нажимаете кнопку, и хранит его на этом телефоне.',
	'checkin.location.read': 'Записать моё местоположение',
	'checkin.location.again': 'Определить местоположение ещё раз',
	'checkin.location.reading': 'Определение местоположения…',
	'checkin.location.result': (p, f) => `Местоположение: ${p.lat}, ${p.lon}, точность — около ${f.plural(p.accuracy, METRES_GENITIVE)}.`,
	'checkin.location.at': (p) => `Время определения: ${p.at}.`,
	'checkin.location.denied':
		'Телефон не разрешил приложению определить местоположение. Разрешите доступ к геолокации для этого приложения в настройках браузера или телефона и попробуйте ещё раз.',
	'checkin.location.unavailable': 'Не удалось определить местоположение. Включите геолокацию, подойдите к окну или выйдите на улицу и попробуйте ещё раз.',
	'checkin.location.timeout': 'Определение местоположения заняло слишком много времени. Попробуйте ещё раз.',
	'checkin.location.unsupported': 'Этот браузер не умеет определять местоположение.',

	// Problems only the form can see.
	'checkin.problem.amount.empty': 'Укажите уплаченную сумму.',
	'checkin.problem.amount.invalid': 'Укажите сумму в виде 40 000 или 40 000,50: цифры, пробелы и одна запятая или точка перед дробной частью.',
	'checkin.problem.amount.decimals': 'В этой валюте нет столько знаков после запятой.',
	'checkin.problem.amount.zero': 'Сумма должна быть больше 0.',
	'checkin.problem.amount.tooLarge': 'Сумма слишком велика.',
	'checkin.problem.when': 'Выберите существующие дату и время.',
	'checkin.problem.future': 'Это время ещё не наступило. Выберите прошедшее время.',
	'checkin.problem.reason': 'Запишите причину, которую назвал инспектор.',
	'checkin.problem.location': 'Сначала нажмите «Записать моё местоположение».',

	// Corrections.
	'checkin.correcting': (p) =>
		`Вы исправляете запись от ${p.at}. Исправление сохраняется как новая запись; прежняя остаётся в истории с пометкой «исправлено».`,
	'checkin.correct.superseded': 'Эта запись уже исправлена. Исправить можно только её последнюю версию.',
	'checkin.correct.latest': 'Исправить последнюю версию',
	'checkin.correct.missing': 'Этой записи нет в вашей истории.',
	'checkin.toHistory': 'Перейти к истории',

	// After saving.
	'checkin.saved': 'Сохранено',
	'checkin.saved.what': (p, _f, t) => (p.rule ? `${t(`checkin.kind.${p.kind}`)} по условию «${p.rule}».` : `${t(`checkin.kind.${p.kind}`)}.`),
	'checkin.saved.backdated': (p) => `Запись сделана ${p.recordedAt}, а событие произошло ${p.at}. В истории она будет отмечена как внесённая задним числом.`,
	'checkin.saved.corrected': 'Прежняя запись остаётся в истории с пометкой «исправлено».',
	'checkin.heading.answer': 'Записать ответ',
	'checkin.answering': (p) => `Ответ записывается вместе с вопросом, заданным ${p.at}. Сам вопрос остаётся в истории.`,
	'checkin.save.answer': 'Сохранить ответ',
	'checkin.saved.answered': 'Вопрос и ответ на него сохранены в истории.',
	'checkin.backToToday': 'К экрану «Сегодня»',
	'checkin.another': 'Записать что-то ещё',
	'checkin.seeHistory': 'Открыть историю',
	'checkin.saved.letter.trip': 'Составить заявление о разрешении на выезд',
	'checkin.saved.letter.change': 'Составить уведомление об изменении'
} satisfies Translation<typeof en>;
