/**
 * Russian for Letters: the screen, and the letters themselves (`letter.*`), in the style of a
 * written application to the probation service (уголовно-исполнительная инспекция, служба
 * пробации): «Кому», «От», «Заявление», «Прошу…», the date. Place names and what the person typed
 * stay as typed: sentences are built so that they need no declension (after a colon, in brackets).
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import { sentence } from './grammar';
import type { letters as en } from '../en/letters';

type Money = { amount: number; total: number; currency: string; paidOn: string };

export const letters = {
	'more.letters': 'Письма',
	'more.letters.hint': 'Готовые письма в службу пробации: о поездке, о переезде или новой работе, вопрос о запрете, о платеже.',

	'letters.title': 'Письма',
	'letters.intro': 'Заполните то, что нужно для письма; остальное возьмётся из вашего дела. Перечитайте письмо перед отправкой и сохраните копию.',
	'letters.noCase': 'На этом телефоне ещё нет дела. Письма заполняются из данных вашего дела.',
	'letters.setUp': 'Заполнить данные дела',
	'letters.kind': 'Какое письмо',
	'letters.kind.travel': 'Заявление о разрешении на выезд',
	'letters.kind.change': 'Уведомление о смене адреса, работы, учёбы или телефона',
	'letters.kind.clarification': 'Заявление о разъяснении запрета',
	'letters.kind.payment': 'Сопроводительное письмо к платежу по частям',
	'letters.language': 'Язык письма',
	'letters.language.hint': 'Он может отличаться от языка приложения.',
	'letters.unavailable': 'Не удалось загрузить письма на этом языке. Подключитесь к интернету и попробуйте ещё раз.',
	'letters.rule': 'Условие',
	'letters.noRule.travel': 'В вашем деле нет ограничения на выезд, поэтому просить о поездке не нужно.',
	'letters.noRule.change': 'В вашем деле нет обязанности сообщать об изменениях.',
	'letters.noRule.clarification': 'В вашем деле нет запрета, о котором можно спросить.',
	'letters.noRule.payment': 'В вашем деле нет платежей.',

	'letters.field.name': 'Ваши фамилия, имя и отчество',
	'letters.field.name.hint': 'Как в приговоре. Остаются только в этом письме, в деле не сохраняются.',
	'letters.field.contact': 'Ваш адрес или телефон',
	'letters.field.to': 'Кому',
	'letters.field.to.hint': 'Заполнено из данных инспектора в Настройках.',
	'letters.field.date': 'Дата письма',
	'letters.field.from': 'Дата выезда',
	'letters.field.until': 'Дата возвращения',
	'letters.field.destination': 'Куда',
	'letters.field.reason': 'Цель поездки',
	'letters.field.reachAt': 'Как с вами связаться во время поездки',
	'letters.field.change': 'Какое изменение',
	'letters.field.change.new': 'Изменение, не записанное в приложении',
	'letters.field.change.recorded': (p, f, t) => `${t(`letters.change.${p.what}`)}, с ${f.date(p.on)}`,
	'letters.field.what': 'Что изменилось',
	'letters.change.residence': 'Адрес',
	'letters.change.work': 'Место работы',
	'letters.change.study': 'Место учёбы',
	'letters.change.phone': 'Номер телефона',
	'letters.field.on': 'С какого числа',
	'letters.field.details': 'Новые данные',
	'letters.field.details.hint': 'Новый адрес, работодатель, учебное заведение или номер телефона.',
	'letters.field.activity': 'Что вы хотите сделать',
	'letters.field.activity.hint': 'Опишите просто: что, где, с кем.',
	'letters.field.planned': 'Когда',
	'letters.field.payment': 'Что вы платите',
	'letters.field.payment.fine': 'Штраф',
	'letters.field.payment.damages': 'Возмещение ущерба',
	'letters.field.payment.other': 'Другую сумму, назначенную судом',
	'letters.field.amount': 'Сумма платежа',
	'letters.field.paidOn': 'Дата платежа',
	'letters.field.reference': 'Номер квитанции или платежа',

	'letters.missing': (p, f) => `Чтобы составить письмо, заполните: ${f.list(p.fields.map((field) => field.toLowerCase()))}.`,
	'letters.problem.order': 'Поездка не может закончиться раньше, чем начнётся.',
	'letters.problem.amount': 'Введите сумму числом, например 40 000.',
	'letters.letter': 'Письмо',
	'letters.copy': 'Копировать',
	'letters.copied': 'Письмо скопировано. Вставьте его в электронное письмо или сообщение.',
	'letters.copyFailed': 'Браузер не разрешил копирование. Выделите текст письма и скопируйте его вручную.',
	'letters.share': 'Поделиться',
	'letters.print': 'Печать',
	'letters.markSent': 'Отметить как отправленное',
	'letters.markSent.hint': 'Когда вы отправили или сдали письмо: приложение запишет это в историю.',
	'letters.sent': 'Записано в историю.',
	'letters.seeHistory': 'Открыть историю',

	'letters.note.travel': (p, f) => sentence(`Отправлено письмо (${p.sentTo}) с просьбой разрешить поездку: ${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`),
	'letters.note.change': (p, f, t) => sentence(`Отправлено письмо (${p.sentTo}) об изменении ${t(`change.${p.what}`)} с ${f.date(p.on)}`),
	'letters.note.payment': (p, f) => sentence(`Отправлено сопроводительное письмо (${p.sentTo}) к платежу на сумму ${f.money(p.amount, p.currency)} от ${f.date(p.paidOn)}`),
	'letters.sentTo.default': 'в службу пробации',

	'letter.to': (p) => `Кому: ${p.to}`,
	'letter.to.default': 'Кому: в службу пробации (уголовно-исполнительную инспекцию)',
	'letter.from': (p) => `От: ${p.from}`,
	'letter.case': (p) => `Дело: ${p.title}`,
	'letter.title.travel': 'Заявление о разрешении на выезд',
	'letter.title.travel.notice': 'Уведомление о выезде',
	'letter.title.change.residence': 'Уведомление о смене места жительства',
	'letter.title.change.work': 'Уведомление о смене места работы',
	'letter.title.change.study': 'Уведомление о смене места учёбы',
	'letter.title.change.phone': 'Уведомление о смене номера телефона',
	'letter.title.clarification': 'Заявление о разъяснении запрета',
	'letter.title.payment.fine': 'Сопроводительное письмо к платежу в счёт штрафа',
	'letter.title.payment.damages': 'Сопроводительное письмо к платежу в счёт возмещения ущерба',
	'letter.title.payment.other': 'Сопроводительное письмо к платежу, назначенному судом',

	'letter.context': (p, f) =>
		p.verdict && p.inForce
			? sentence(`Я состою на учёте в вашей службе по приговору суда от ${f.date(p.verdict)}, вступившему в законную силу ${f.date(p.inForce)}; установленный приговором срок истекает ${f.date(p.until)}`)
			: p.verdict
				? sentence(`Я состою на учёте в вашей службе по приговору суда от ${f.date(p.verdict)}; установленный приговором срок истекает ${f.date(p.until)}`)
				: p.inForce
					? sentence(`Я состою на учёте в вашей службе по приговору суда, вступившему в законную силу ${f.date(p.inForce)}; установленный приговором срок истекает ${f.date(p.until)}`)
					: sentence(`Я состою на учёте в вашей службе по приговору суда; установленный приговором срок истекает ${f.date(p.until)}`),

	'letter.travel.request': (p, f) =>
		`Прошу разрешить мне выезд за пределы установленной территории (${p.area}) с ${f.date(p.from)} по ${f.date(p.to)}; место назначения: ${p.destination}.`,
	'letter.travel.notice': (p, f) =>
		`Уведомляю, что с ${f.date(p.from)} по ${f.date(p.to)} выеду за пределы установленной территории (${p.area}); место назначения: ${p.destination}.`,
	'letter.travel.reason': (p) => `Цель поездки: ${p.reason}.`,
	'letter.travel.reachAt': (p) => `Во время поездки со мной можно связаться: ${p.reachAt}.`,
	'letter.travel.return': (p, f) => sentence(`Обязуюсь вернуться не позднее ${f.date(p.to)}`),

	'letter.change.residence': (p, f) => `Сообщаю, что с ${f.date(p.on)} у меня изменилось место жительства.`,
	'letter.change.work': (p, f) => `Сообщаю, что с ${f.date(p.on)} у меня изменилось место работы.`,
	'letter.change.study': (p, f) => `Сообщаю, что с ${f.date(p.on)} у меня изменилось место учёбы.`,
	'letter.change.phone': (p, f) => `Сообщаю, что с ${f.date(p.on)} у меня изменился номер телефона.`,
	'letter.change.details.residence': (p) => `Новый адрес: ${p.details}.`,
	'letter.change.details.work': (p) => `Новое место работы: ${p.details}.`,
	'letter.change.details.study': (p) => `Новое место учёбы: ${p.details}.`,
	'letter.change.details.phone': (p) => `Новый номер телефона: ${p.details}.`,

	'letter.clarification.ban': (p, f, t) => `Приговором суда мне запрещены: ${f.list(p.categories.map((category) => t(`letter.category.${category}`)))}.`,
	'letter.clarification.ask': (p) => `Прошу письменно разъяснить, распространяется ли этот запрет на следующее: ${p.activity}.`,
	'letter.clarification.planned': (p, f) => sentence(`Это запланировано на ${f.date(p.planned)}`),
	'letter.clarification.refrain': 'До получения вашего ответа я воздержусь от этого.',
	'letter.category.political': 'политическая деятельность',
	'letter.category.civic': 'общественная деятельность',
	'letter.category.journalism': 'журналистская деятельность',
	'letter.category.social-media': 'использование социальных сетей',
	'letter.category.charitable': 'благотворительная деятельность',
	'letter.category.religious': 'религиозная деятельность',
	'letter.category.assembly': 'участие в публичных мероприятиях',
	'letter.category.other': 'иная деятельность, указанная в приговоре',

	'letter.payment.fine': (p: Money, f: Formatter) =>
		`Прилагаю подтверждение платежа на сумму ${f.money(p.amount, p.currency)} от ${f.date(p.paidOn)} в счёт штрафа, назначенного приговором (всего ${f.money(p.total, p.currency)}), который я уплачиваю в рассрочку.`,
	'letter.payment.damages': (p: Money, f: Formatter) =>
		`Прилагаю подтверждение платежа на сумму ${f.money(p.amount, p.currency)} от ${f.date(p.paidOn)} в счёт возмещения ущерба по приговору (всего ${f.money(p.total, p.currency)}), которое я выплачиваю по частям.`,
	'letter.payment.other': (p: Money, f: Formatter) =>
		`Прилагаю подтверждение платежа на сумму ${f.money(p.amount, p.currency)} от ${f.date(p.paidOn)} в счёт суммы, назначенной приговором (всего ${f.money(p.total, p.currency)}), которую я выплачиваю по частям.`,
	'letter.payment.reference': (p) => `Номер квитанции или платежа: ${p.reference}.`,
	'letter.payment.payee': (p) => `Получатель: ${p.payee}.`,
	'letter.payment.schedule': 'График платежей:',
	'letter.payment.instalment': (p, f) => `– не позднее ${f.date(p.due)}: ${f.money(p.amount, p.currency)}`,

	'letter.reply': 'Прошу дать ответ в письменной форме.',
	'letter.date': (p, f) => `Дата: ${f.date(p.date)}`
} satisfies Translation<typeof en>;
