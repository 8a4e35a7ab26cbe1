/**
 * Russian for official warnings, questions about what a ban covers and the revocation policy: the
 * Check in forms of the two kinds, their facts in History, «Можно ли это делать?» citing the
 * answers, and the policy and the person's own days off in Settings.
 *
 * The law's terms: «отмена условного осуждения», «испытательный срок», «систематическое
 * неисполнение», «скрылся от контроля» (УК РФ ст. 74; УК РК ст. 64). The app counts what is
 * recorded against the numbers entered; nothing here says what a court will decide.
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import type { revocation as en } from '../en/revocation';

const quoted = (items: string[], f: Formatter) => f.list(items.map((item) => `«${item}»`));

export const revocation = {
	'checkin.pick.official-warning': 'Вынесено официальное предупреждение',
	'checkin.pick.clarification': 'Вопрос о том, что охватывает запрет, или ответ на него',
	'checkin.heading.official-warning': 'Записать официальное предупреждение',
	'checkin.heading.clarification': 'Записать вопрос о запрете',
	'checkin.save.official-warning': 'Сохранить предупреждение',
	'checkin.save.clarification': 'Сохранить вопрос',
	'checkin.rule.missing.clarification': 'В вашем деле нет запрета заниматься определённой деятельностью, поэтому спрашивать не о чем.',

	'warning.when': 'Когда оно вынесено',
	'clarify.when': 'Когда вы спросили',
	'warning.issuedBy': 'Кто его вынес',
	'warning.issuedBy.hint': 'Служба пробации, фамилия инспектора или суд.',
	'warning.text': 'Что в нём сказано',
	'warning.photo': 'Где хранится его фотография',
	'warning.photo.hint': 'Например, имя файла в галерее. Сама фотография остаётся на своём месте.',
	'warning.disputed': 'Я оспариваю это предупреждение',
	'warning.disputeNote': 'Почему вы его оспариваете',
	'warning.disputed.hint': 'Оспоренное предупреждение учитывается, пока его не отменят. Храните вместе с ним копию своей жалобы.',

	'clarify.question': 'Ваш вопрос',
	'clarify.question.hint': 'Спрашивайте письменно и сохраняйте копию: письменный ответ вас защищает.',
	'clarify.askedTo': 'Кому вы его задали',
	'clarify.via': 'Как вы спросили',
	'clarify.via.letter': 'Письмом',
	'clarify.via.email': 'По электронной почте',
	'clarify.via.in-person': 'Лично',
	'clarify.via.phone': 'По телефону',
	'clarify.via.court': 'Через суд',
	'clarify.via.other': 'Другим способом',
	'clarify.remindAfter': 'Напомнить спросить снова после',
	'clarify.remindAfter.hint': 'Если к этому дню ответа не будет, приложение вам напомнит.',
	'clarify.answered': 'Ответ получен',
	'clarify.answerOn': 'Дата ответа',
	'clarify.answerSource': 'Кто ответил и в каком документе',
	'clarify.answerSource.hint': 'Например: постановление районного суда, письмо службы пробации.',
	'clarify.answerText': 'Что сказано в ответе',
	'clarify.covers': 'Что, согласно ответу, входит в запрет',
	'clarify.excludes': 'Что, согласно ответу, не входит в запрет',
	'clarify.items.hint': 'По одному в строке, так, как это названо в ответе. Где окончания меняются, поставьте *: пикет*.',

	'clarify.cited': 'Что говорят ответы на ваши вопросы',
	'clarify.verdict.covered': 'Входит в запрет:',
	'clarify.verdict.excluded': 'Не входит в запрет:',
	'clarify.said.covered': (p, f) => `${p.source}, ${f.date(p.date)}: запрет распространяется на это (${quoted(p.items, f)}).`,
	'clarify.said.excluded': (p, f) => `${p.source}, ${f.date(p.date)}: запрет на это не распространяется (${quoted(p.items, f)}).`,
	'clarify.unclear': 'Неясно — спросите письменно и запишите ответ.',
	'clarify.unclear.detail': (p, f, t) =>
		`Ваш план (${quoted(p.words, f)}) близок к тому, что вам запрещено: ${f.list(p.categories.map((category) => t(`category.${category}`)))}. Ни в одной вашей записи не сказано, входит ли он в запрет.`,
	'clarify.ask': 'Спросить письменно',
	'clarify.letter': 'Составить письмо',
	'clarify.open': 'Вопросы, на которые ещё нет ответа',
	'clarify.recordAnswer': 'Записать ответ',

	'history.fact.issuedBy': (p) => `Кто вынес: ${p.by}`,
	'history.fact.photo': (p) => `Фотография: ${p.photo}`,
	'history.fact.disputed': 'Оспаривается (учитывается, пока не отменено)',
	'history.fact.disputedBecause': (p) => `Оспаривается (учитывается, пока не отменено): ${p.text}`,
	'history.fact.question': (p) => `Вопрос (кому: ${p.to}): «${p.text}»`,
	'history.fact.answer': (p, f) => `Ответ: ${p.source}, ${f.date(p.date)}${p.text ? `: «${p.text}»` : ''}`,
	'history.fact.noAnswer': 'Ответа пока нет',

	'holidays.heading': 'Ваши выходные и рабочие дни',
	'holidays.intro':
		'Для сроков, которые считаются в рабочих днях. Добавьте местный праздник или дни, которые правительство переносит каждый год (будний день, ставший выходным, или субботу, ставшую рабочей): об этих постановлениях приложение не знает.',
	'holidays.dayOff': (p, f) => `${f.date(p.date)}: выходной`,
	'holidays.workingDay': (p, f) => `${f.date(p.date)}: рабочий день`,
	'holidays.remove': (p, f) => `Удалить ${f.date(p.date)}`,
	'holidays.removeShort': 'Удалить',
	'holidays.date': 'Дата',
	'holidays.kind': 'Какой это день',
	'holidays.kind.day-off': 'Выходной',
	'holidays.kind.working-day': 'Рабочий день',
	'holidays.name': 'Причина (например, постановление)',
	'holidays.add': 'Добавить день',
	'holidays.saved': 'Сохранено.',

	'policy.heading': 'Отмена условного осуждения: ваш предел',
	'policy.intro':
		'Когда суд может отменить условное осуждение там, где рассматривается ваше дело? Укажите, что говорит закон, или попросите сделать это адвоката. Приложение только сравнивает с этими числами то, что вы записываете; оно никогда не предсказывает, как поступит суд.',
	'policy.jurisdiction': 'Страна, где ведётся дело',
	'policy.jurisdiction.hint': 'Её праздничные дни учитываются в сроках, которые считаются в рабочих днях.',
	'policy.country.KZ': 'Казахстан',
	'policy.country.RU': 'Россия',
	'policy.template.KZ': 'Заполнить по закону Казахстана',
	'policy.template.RU': 'Заполнить по закону России',
	'policy.moreThan': '«Систематическое» неисполнение — это больше такого числа нарушений или предупреждений…',
	'policy.withinMonths': '…в течение такого числа месяцев',
	'policy.hidingDays': '«Скрылся от контроля» — местонахождение не установлено дольше такого числа дней',
	'policy.extensionMonths': 'Испытательный срок может быть продлён не более чем на столько месяцев',
	'policy.askLawyer': 'Точно не известно: спросите адвоката.',
	'policy.notes': 'Статьи и заметки',
	'policy.save': 'Сохранить',
	'policy.saved': 'Сохранено.'
} satisfies Translation<typeof en>;
