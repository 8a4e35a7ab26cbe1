/**
 * Russian for the start screens: the welcome, the templates and their form, and the titles the
 * templates give the conditions they set up.
 */
import type { Translation } from '../catalog';
import { sentence } from './grammar';
import type { start as en } from '../en/start';

/** What a ban is on, after «Запрет на»: «Запрет на политическую деятельность». */
const BANNED: Readonly<Record<string, string>> = {
	political: 'политическую деятельность',
	civic: 'общественную деятельность',
	journalism: 'журналистскую деятельность',
	'social-media': 'использование социальных сетей',
	charitable: 'благотворительную деятельность',
	religious: 'религиозную деятельность',
	assembly: 'участие в мирных собраниях',
	other: 'иную деятельность'
};

export const start = {
	'start.title': 'Добро пожаловать в Clearday',
	'start.title.replace': 'Новое дело',
	'start.intro':
		'Clearday следит за условиями вашего приговора: днями явки, платежами, сроками и запретами. Приложение предупреждает перед наступлением срока, а также если задуманное может нарушить какое-либо условие.',
	'start.private': 'Все данные хранятся только на этом телефоне. Ничего никуда не отправляется, учётная запись не нужна.',
	'start.choose': 'С чего начать?',
	'start.template.probation-kz': 'Условное осуждение / пробационный контроль (Казахстан)',
	'start.template.probation-kz.hint':
		'Постановка на учёт, ежемесячная явка, запрет покидать населённый пункт, уведомление об изменениях; запрет на деятельность и штраф — если они есть в приговоре.',
	'start.template.restriction-kz': 'Ограничение свободы',
	'start.template.restriction-kz.hint': 'Явка, запрет покидать территорию, нахождение дома в ночное время, уведомление об изменениях.',
	'start.template.blank': 'С чистого листа',
	'start.template.blank.hint': 'Только сведения о деле. Условия вы добавите сами.',
	'start.demo': 'Посмотреть демонстрационное дело',
	'start.demo.hint': 'Вымышленное дело, чтобы осмотреться. Его можно удалить на экране «Сегодня».',
	'start.demo.loading': 'Загрузка демонстрационного дела…',

	'start.replace.warning': (p) =>
		`На этом телефоне уже есть дело: «${p.title}». Новое дело заменит его: его условия и всё, что вы записали, будут удалены с этого телефона.`,
	'start.replace.demoNote': 'На этом телефоне открыто демонстрационное дело. Когда вы создадите своё, оно будет удалено.',
	'start.replace.keep': 'Оставить текущее дело',
	'start.replace.confirm': 'Да, заменить текущее дело и удалить всё, что по нему записано',
	'start.replace.confirmRequired': 'Отметьте этот пункт, чтобы заменить текущее дело, или оставьте текущее дело.',
	'start.replace.demoConfirm': 'Заменить моё дело демонстрационным',
	'start.replace.demoQuestion': 'Демонстрационное дело заменит ваше текущее дело, и всё, что вы по нему записали, будет удалено с этого телефона.',

	'start.form.change': 'Выбрать другой вариант',
	'start.form.case': 'Дело',
	'start.form.sentence': 'Срок',
	'start.form.supervisor': 'Ваш инспектор пробации',
	'start.form.supervisorHint': 'Все поля необязательны. Если указать телефон, инспектору можно будет позвонить с экрана «Настройки».',
	'start.form.conditions': 'Ваши условия',
	'start.form.conditionsHint':
		'Это типичные условия для такого приговора. Снимите отметку со всего, чего нет в вашем приговоре. Любое условие можно будет изменить позже на экране «Условия».',
	'start.form.restrictionHint':
		'Отметьте только то, что указано в вашем приговоре или что вам сказали в службе пробации. Изменить или добавить условия можно позже на экране «Условия».',
	'start.field.title': 'Название дела',
	'start.field.titleHint': 'Его видите только вы.',
	'start.defaultTitle.probation-kz': 'Условное осуждение',
	'start.defaultTitle.restriction-kz': 'Ограничение свободы',
	'start.defaultTitle.blank': 'Моё дело',
	'start.field.timeZone': 'Часовой пояс дела',
	'start.field.timeZoneHint': 'Сроки отсчитываются по времени этого пояса, где бы ни находился телефон.',
	'start.field.verdict': 'Дата приговора',
	'start.field.inForce': 'Дата вступления приговора в законную силу',
	'start.field.inForceHint': 'Срок постановки на учёт в службе пробации отсчитывается от этой даты.',
	'start.field.sentenceFrom': 'Первый день срока',
	'start.field.sentenceFromHint': 'Обычно это день вступления приговора в законную силу.',
	'start.field.duration': 'Продолжительность срока',
	'start.field.years': 'Годы',
	'start.field.months': 'Месяцы',
	'start.sentence.until': (p, f) => sentence(`Последний день срока — ${f.date(p.date)}`),
	'start.field.supervisorName': 'ФИО инспектора',
	'start.field.supervisorPhone': 'Телефон инспектора',
	'start.field.supervisorAddress': 'Адрес службы пробации',
	'start.field.supervisorHours': 'Часы приёма',

	'start.condition.registration': 'Встать на учёт в службе пробации в течение 10 дней после вступления приговора в законную силу',
	'start.condition.registrationHint': 'Снимите отметку, если вы уже встали на учёт.',
	'start.condition.reporting': 'Являться в службу пробации раз в месяц',
	'start.field.reportingDay': 'Число месяца, когда нужно являться',
	'start.field.reportingDayHint':
		'Если инспектор установил другое расписание (например, второй понедельник месяца), измените его позже на экране «Условия».',
	'start.reportingDay.choose': 'Выберите число',
	'start.reportingDay.day': (p) => `${p.day}-е число`,
	'start.reportingDay.last': 'Последний день месяца',
	'start.condition.movement': 'Не выезжать без разрешения за пределы своего города или района',
	'start.condition.movement.restriction': 'Не покидать свою территорию',
	'start.field.area': 'Город или район',
	'start.field.areaHint': 'Как в приговоре, например «Алматы».',
	'start.condition.curfew': 'Находиться дома в ночное время',
	'start.field.curfewStart': 'С',
	'start.field.curfewEnd': 'До',
	'start.condition.notifyChange': 'Сообщать в службу пробации о смене адреса или работы',
	'start.field.withinDays': 'В течение скольких дней после изменения',
	'start.field.withinDaysHint': 'Уточните у инспектора. Чем короче срок, тем надёжнее.',
	'start.condition.ban': 'Деятельность, запрещённая судом',
	'start.condition.banHint': 'Отметьте только то, что запрещено вашим приговором. Если приговор ничего не запрещает, ничего не отмечайте.',
	'start.condition.fine': 'Суд также назначил штраф',
	'start.field.fineAmount': 'Сумма',
	'start.field.fineAmountHint': 'Например: 400 000 или 40000,50.',
	'start.field.fineCurrency': 'Валюта',
	'start.field.fineDue': 'Уплатить не позднее',
	'start.field.fineDueHint': 'Платите частями? Настройте график позже на экране «Условия».',

	'start.save': 'Создать дело',
	'start.saving': 'Создание дела…',

	'issue.template.duration': 'Укажите срок в целых годах и месяцах: не меньше 1 месяца и не больше 100 лет.',
	'issue.template.reportingDay': 'Выберите число месяца, когда нужно являться.',
	'issue.template.reportingAfterSentence': 'Срок заканчивается раньше ближайшего дня явки. Проверьте даты срока или снимите отметку с явки.',
	'issue.template.amount': 'Укажите сумму числом, например 400 000 или 40000,50.',
	'issue.template.days': 'Укажите целое число дней — 1 или больше.',

	'template.registration.title': 'Встать на учёт в службе пробации',
	'template.registration.what': 'Встать на учёт в службе пробации',
	'template.probation.reporting.title': 'Ежемесячная явка в службу пробации',
	'template.restriction.reporting.title': 'Ежемесячная явка в службу пробации',
	'template.probation.movement.title': (p) => `Не покидать без разрешения: ${p.area}`,
	'template.restriction.movement.title': (p) => `Не покидать территорию: ${p.area}`,
	'template.curfew.title': (p) => `Находиться дома с ${p.start} до ${p.end}`,
	'template.notifyChange.title': 'Сообщать в службу пробации о смене адреса или работы',
	'template.ban.title': (p, f) => `Запрет на ${f.list(p.categories.map((c) => BANNED[c] ?? c))}`,
	'template.fine.titleNoAmount': 'Штраф',
	'template.fine.title': (p, f) => `Штраф ${f.money(p.amount, p.currency)}`,

	'zone.group.kz': 'Казахстан',
	'zone.group.ru': 'Россия',
	'zone.group.all': 'Все часовые пояса',
	'zone.label': (p) => `${p.zone} (${p.offset})`,

	'language.legend': 'Язык',
	'language.unavailable': 'Не удалось загрузить этот язык. Подключитесь к интернету и попробуйте ещё раз.'
} satisfies Translation<typeof en>;
