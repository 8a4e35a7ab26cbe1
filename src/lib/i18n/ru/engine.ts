/**
 * Russian for everything the engine says: levels, states, alerts, summaries, labels, and names
 * (categories, changes, weekdays).
 *
 * Forms chosen so that the names fit every sentence they are put into:
 * - `change.*` are in the genitive («смена места жительства», «о смене номера телефона»): they
 *   are only ever used after «смена/смене» (here, in check-in and history texts, and in the
 *   description of a notify-change condition).
 * - `weekday.*` are capitalised, as labels of checkboxes and the start of a line; a sentence that
 *   lists them lowercases them.
 * - `category.*` are lowercase nominatives, read after a colon.
 * - "By a date" is «не позднее …»: the day itself is included, as in official documents.
 */
import type { Translation } from '../catalog';
import { MONTHS, WARNINGS, sentence } from './grammar';
import type { engine as en } from '../en/engine';

const plural = {
	/** «1 назначенная явка не записана», «2 … не записаны», «5 … не записано». */
	missedReports: { one: '# назначенная явка не записана', few: '# назначенные явки не записаны', many: '# назначенных явок не записано', other: '# назначенной явки не записано' },
	conflicts: {
		one: '# запись о деятельности подпадает под запрет',
		few: '# записи о деятельности подпадают под запрет',
		many: '# записей о деятельности подпадают под запрет',
		other: '# записи о деятельности подпадают под запрет'
	},
	/** After «о»: «о 1 изменении», «о 2 изменениях». */
	changes: { one: '# изменении', few: '# изменениях', many: '# изменениях', other: '# изменения' }
};

const at = (time: string) => (time ? `, ${time}` : '');

export const engine = {
	'level.ok': 'Всё в порядке',
	'level.attention': 'Внимание',
	'level.at-risk': 'Риск нарушения',
	'level.ok.detail': 'Ближайших сроков нет, ничего не просрочено.',
	'level.attention.detail': 'Приближается срок.',
	'level.at-risk.detail': 'Что-то может быть расценено как нарушение. Посмотрите предупреждения ниже.',

	'state.inactive': 'Ещё не действует',
	'state.ok': 'В порядке',
	'state.due-soon': 'Скоро срок',
	'state.breach-risk': 'Риск нарушения',
	'state.done': 'Выполнено',
	'state.ended': 'Завершено',

	'severity.info': 'Напоминание',
	'severity.warning': 'Предупреждение',
	'severity.critical': 'Возможное нарушение',

	'alert.caveat': 'Это может быть расценено как нарушение. Прежде чем что-либо предпринимать, посоветуйтесь с адвокатом.',

	'category.political': 'политическая деятельность',
	'category.civic': 'общественная деятельность',
	'category.journalism': 'журналистская деятельность',
	'category.social-media': 'социальные сети',
	'category.charitable': 'благотворительная деятельность',
	'category.religious': 'религиозная деятельность',
	'category.assembly': 'мирные собрания (митинги, пикеты)',
	'category.other': 'иная деятельность',

	'change.residence': 'места жительства',
	'change.work': 'места работы',
	'change.study': 'места учёбы',
	'change.phone': 'номера телефона',

	'weekday.MO': 'Понедельник',
	'weekday.TU': 'Вторник',
	'weekday.WE': 'Среда',
	'weekday.TH': 'Четверг',
	'weekday.FR': 'Пятница',
	'weekday.SA': 'Суббота',
	'weekday.SU': 'Воскресенье',

	'reporting.due': (p, f) => sentence(`Явиться в службу пробации ${f.date(p.date)}`),
	'reporting.missed': (p, f) => `Явка, назначенная на ${f.date(p.date)}, не записана.`,
	'reporting.label': (p, f) => `Явка ${f.date(p.date)}`,
	'reporting.summary.missed': (p, f) => `${f.plural(p.count, plural.missedReports)} (первая — ${f.date(p.since)}).`,
	'reporting.summary.onTrack': 'На каждый прошедший день явки есть запись о явке или об освобождении от неё.',
	'reporting.summary.complete': 'Все дни явки пройдены.',

	'payment.due': (p, f) => `Не позднее ${f.date(p.date)} нужно уплатить ${f.money(p.amount, p.currency)}.`,
	'payment.missed': (p, f) => `${f.money(p.amount, p.currency)} нужно было уплатить не позднее ${f.date(p.date)}; эта сумма не уплачена.`,
	'payment.label': (p, f) => `Уплатить ${f.money(p.amount, p.currency)} не позднее ${f.date(p.date)}`,
	'payment.summary.paid': (p, f) => `Уплачено полностью: ${f.money(p.total, p.currency)}.`,
	'payment.summary.progress': (p, f) => `Уплачено ${f.money(p.paid, p.currency)} из ${f.money(p.total, p.currency)}.`,
	'payment.summary.overdue': (p, f) =>
		`Уплачено ${f.money(p.paid, p.currency)} из ${f.money(p.total, p.currency)}; просрочено ${f.money(p.overdue, p.currency)}.`,

	'deadline.due': (p, f) => sentence(`Срок — не позднее ${f.date(p.date)}${at(p.time)}`),
	'deadline.missed': (p, f) => `Срок (${f.date(p.date)}${at(p.time)}) истёк, а задача не отмечена как выполненная.`,
	'deadline.label': (p, f) => `Срок: ${f.date(p.date)}${at(p.time)}`,
	'deadline.summary.done': (p, f) => sentence(`Выполнено ${f.date(p.doneOn)}`),
	'deadline.summary.doneLate': (p, f) => `Выполнено ${f.date(p.doneOn)}, уже после истечения срока (${f.date(p.date)}).`,
	'deadline.summary.missed': (p, f) => sentence(`Не выполнено; выполнить нужно было не позднее ${f.date(p.date)}`),
	'deadline.summary.pending': (p, f) => sentence(`Срок — не позднее ${f.date(p.date)}${at(p.time)}`),

	'activity-ban.planned': (p, f, t) =>
		`Деятельность, запланированная на ${f.date(p.date)}, подпадает под запрет: ${f.list(p.categories.map((c) => t(`category.${c}`)))}.`,
	'activity-ban.conflict': (p, f, t) =>
		`Записанная деятельность от ${f.date(p.date)} подпадает под запрет: ${f.list(p.categories.map((c) => t(`category.${c}`)))}.`,
	'activity-ban.summary': (p, f) => (p.conflicts ? `${f.plural(p.conflicts, plural.conflicts)}.` : 'Ни одна запись о деятельности не подпадает под запрет.'),

	'movement.permission.due': (p, f) => `Для поездки с ${f.date(p.date)} нужно получить разрешение до выезда.`,
	'movement.permission.missed': (p, f) => `Разрешение на поездку с ${f.date(p.date)} не было записано вовремя.`,
	'movement.notice.due': (p, f) => sentence(`Сообщите в службу пробации о поездке с ${f.date(p.date)}`),
	'movement.notice.missed': (p, f) => `О поездке с ${f.date(p.date)} не было сообщено вовремя.`,
	'movement.forbiddenPlanned': (p, f) => `Поездка с ${f.date(p.date)} означала бы выезд за пределы территории, которую нельзя покидать.`,
	'movement.forbidden': (p, f) => `Поездка с ${f.date(p.date)} — выезд за пределы территории, которую нельзя покидать.`,
	'movement.refusedPlanned': (p, f) => `В разрешении на поездку с ${f.date(p.date)} отказано.`,
	'movement.refused': (p, f) => `Поездка с ${f.date(p.date)} началась, хотя в разрешении было отказано.`,
	'movement.outside': (p, f) => `Местоположение, записанное ${f.date(p.date)}, находится за пределами территории.`,
	'movement.maybeOutside': (p, f) => `Местоположение, записанное ${f.date(p.date)}, возможно, находится за пределами территории (точность определения низкая).`,
	'movement.label.required': (p, f) => `Разрешение на поездку с ${f.date(p.date)}`,
	'movement.label.notice': (p, f) => `Уведомление о поездке с ${f.date(p.date)}`,
	'movement.summary.required': (p) => `Территория: ${p.area}. Выезжать за её пределы — только с разрешения.`,
	'movement.summary.notice': (p) => `Территория: ${p.area}. Перед выездом за её пределы сообщайте в службу пробации.`,
	'movement.summary.forbidden': (p) => `Территория: ${p.area}. Покидать её нельзя.`,

	'curfew.due': (p) => `Нужно находиться дома с ${p.start} до ${p.end}.`,
	'curfew.outside': (p, f) => `В часы, когда нужно быть дома (${f.date(p.date)}), записано местоположение вне дома.`,
	'curfew.maybeOutside': (p, f) =>
		`В часы, когда нужно быть дома (${f.date(p.date)}), записано местоположение, которое, возможно, находится вне дома (точность определения низкая).`,
	'curfew.label': (p) => `Дома ${p.start}–${p.end}`,
	'curfew.summary': (p) => `Находиться дома с ${p.start} до ${p.end}.`,
	'curfew.summary.now': (p) => `Сейчас нужно быть дома — до ${p.end}.`,

	'notify-change.due': (p, f, t) => sentence(`Сообщите в службу пробации о смене ${t(`change.${p.what}`)} не позднее ${f.date(p.date)}`),
	'notify-change.missed': (p, f, t) =>
		sentence(`О смене ${t(`change.${p.what}`)} (${f.date(p.on)}) не было сообщено в срок — не позднее ${f.date(p.date)}`),
	'notify-change.label': (p, f, t) => `Сообщить о смене ${t(`change.${p.what}`)} не позднее ${f.date(p.date)}`,
	'notify-change.summary': (p, f) =>
		p.pending ? `Нужно сообщить в службу пробации о ${f.plural(p.pending, plural.changes)}.` : 'Изменений, о которых нужно сообщить, нет.',

	'revocation.oneMore': (p, f) =>
		sentence(
			`${f.plural(p.count, WARNINGS)} за ${f.plural(p.months, MONTHS)} — это ваш предел: ещё одно будет уже сверх него. Самое раннее из них перестанет учитываться ${f.date(p.until)}`
		),
	'revocation.crossed': (p, f) =>
		`${f.plural(p.count, WARNINGS)} за ${f.plural(p.months, MONTHS)} — это больше вашего предела (${f.number(p.moreThan)}). Обсудите это со своим адвокатом.`,
	'clarification.unanswered': (p, f) => `На ваш вопрос от ${f.date(p.date)} ответа пока нет: задайте его ещё раз письменно.`
} satisfies Translation<typeof en>;
