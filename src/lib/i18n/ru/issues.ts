/**
 * Russian for validation issues (`issue.<code>`), one sentence per code of the engine's
 * issueMessages, with any local date among the parameters written the reader's way.
 */
import type { Translate } from '$lib/domain';
import type { Translation } from '../catalog';
import { sentence } from './grammar';
import type { Formatter } from '../format';
import type { issues as en } from '../en/issues';

type P = Readonly<Record<string, string | number>>;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (value: string | number | undefined, f: Formatter) => (typeof value === 'string' && LOCAL_DATE.test(value) ? f.date(value) : String(value ?? ''));

/** Check-in kinds named in `checkIn.refKind` (the engine joins them with " or "). */
const KINDS: Readonly<Record<string, string>> = { trip: '«план поездки»', change: '«изменение»' };
const kinds = (expected: string | number | undefined) =>
	String(expected ?? '')
		.split(' or ')
		.map((kind) => KINDS[kind] ?? kind)
		.join(' или ');

/** After «не более»: «не более 1 символа», «не более 200 символов». */
const characters = (limit: string | number | undefined, f: Formatter) => {
	const n = Number(limit);
	return Number.isInteger(n) ? f.plural(n, { one: '# символа', few: '# символов', many: '# символов', other: '# символа' }) : `${limit} символов`;
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** A check-in named by the chain's issues: «Платёж, 24 июн. 2026 г., 15:20» (its kind as the file writes it when Check in's names are not loaded). */
function checkIn(p: P, f: Formatter, t: Translate): string {
	const code = `checkin.kind.${p.kind}`;
	const kind = t(code);
	const at = typeof p.at === 'string' && INSTANT.test(p.at) && !Number.isNaN(Date.parse(p.at)) ? f.dateTime(new Date(p.at)) : String(p.at ?? '');
	return `${kind === code ? String(p.kind ?? '') : kind}, ${at}`;
}

export const issues = {
	'issue.json.invalid': () => 'Файл не удаётся прочитать как файл дела: это некорректный JSON.',
	'issue.format.unknown': () => 'Это не файл дела Clearday.',
	'issue.version.unsupported': (p: P) => `У этого файла дела версия ${p.received}, которую это приложение не умеет читать.`,
	'issue.value.required': () => 'Это поле обязательно.',
	'issue.value.type': (p: P) => `Ожидалось: ${p.expected}; получено: ${p.received}.`,
	'issue.value.notAllowed': (p: P) => `Ожидалось одно из значений: ${p.expected}; получено: ${p.received}.`,
	'issue.key.unknown': (p: P) => `Неизвестное поле ${p.received}.`,
	'issue.id.empty': () => 'Идентификатор не может быть пустым.',
	'issue.id.duplicate': (p: P) => `Идентификатор «${p.id}» используется больше одного раза.`,
	'issue.text.empty': () => 'Это поле не может быть пустым.',
	'issue.text.tooLong': (p: P, f) => `Слишком длинный текст: не более ${characters(p.expected, f)}.`,
	'issue.date.invalid': () => 'Такой даты нет в календаре (формат ГГГГ-ММ-ДД).',
	'issue.time.invalid': () => 'Это не время суток (формат ЧЧ:ММ, от 00:00 до 23:59).',
	'issue.instant.invalid': () => 'Это не дата и время со смещением от UTC (например, 2024-03-05T10:15:00+05:00).',
	'issue.timeZone.unknown': () => 'Неизвестный часовой пояс: укажите название по базе IANA, например Asia/Almaty.',
	'issue.money.invalid': () => 'Сумма должна быть положительным целым числом в наименьших единицах валюты (тиынах, центах).',
	'issue.hash.invalid': () => 'Это не хеш записи (64 шестнадцатеричные цифры в нижнем регистре).',
	'issue.chain.mismatch': (p: P, f, t) =>
		`Запись № ${p.position} по порядку внесения (${checkIn(p, f, t)}) не совпадает со своим хешем: эту запись или одну из внесённых до неё изменили уже после того, как она была сделана.`,
	'issue.chain.missing': (p: P, f, t) => `У записи № ${p.position} по порядку внесения (${checkIn(p, f, t)}) нет хеша, хотя у других записей в этом файле он есть.`,
	'issue.currency.invalid': () => 'Валюта указывается трёхбуквенным кодом ISO 4217, например KZT.',
	'issue.currency.mismatch': (p: P) => `Этот платёж указан в валюте ${p.received}, а условие — в валюте ${p.expected}.`,
	'issue.duration.invalid': () => 'Это не срок напоминания (длительность в формате ISO 8601, например P3D или PT1H).',
	'issue.remind.tooMany': () => 'Не более 10 напоминаний.',
	'issue.period.order': () => 'Дата окончания раньше даты начала.',
	'issue.case.inForceBeforeVerdict': () => 'Приговор не может вступить в законную силу раньше, чем он вынесен.',
	'issue.geo.latitude': () => 'Широта должна быть от -90 до 90.',
	'issue.geo.longitude': () => 'Долгота должна быть от -180 до 180.',
	'issue.geo.radius': () => 'Радиус должен быть больше 0 км.',
	'issue.geo.accuracy': () => 'Точность должна быть не меньше 0 м.',
	'issue.number.wholeDays': () => 'Количество дней должно быть целым числом, не меньше 0 (здесь — не меньше 1).',
	'issue.rule.kindUnknown': (p: P) => `Неизвестный вид условия: ${p.received}.`,
	'issue.case.idChanged': () => 'Идентификатор дела нельзя изменить.',
	'issue.case.missing': () => 'Этого дела больше нет на этом устройстве.',
	'issue.rule.missing': () => 'Этого условия больше нет на этом устройстве.',
	'issue.rule.endNotEarlier': (p: P, f) =>
		`Чтобы досрочно прекратить условие, выберите день не позже его нынешнего последнего дня (${date(p.until, f)}).`,
	'issue.rule.kindInUse': () => 'Записи, уже сделанные по этому условию, не подходят к такому виду условия.',
	'issue.rule.currencyInUse': () => 'Платежи, уже записанные по этому условию, указаны в другой валюте.',
	'issue.rule.idInUse': () => 'По этому условию уже есть записи, поэтому его идентификатор нельзя изменить.',
	'issue.checkIn.kind': (p: P) => `Неизвестный вид записи: ${p.received}.`,
	'issue.checkIn.ruleMissing': (p: P) => `Нет условия с идентификатором «${p.ruleId}».`,
	'issue.checkIn.ruleRequired': () => 'В этой записи нужно указать условие, к которому она относится.',
	'issue.checkIn.ruleKind': (p: P) => `Запись такого вида не может относиться к условию вида ${p.received}.`,
	'issue.checkIn.recordedBeforeAt': () => 'Запись не может быть сделана раньше, чем произошло то, что в ней записано.',
	'issue.checkIn.refMissing': (p: P) => `Нет записи с идентификатором «${p.id}».`,
	'issue.checkIn.refKind': (p: P) => `Запись «${p.id}» — не ${kinds(p.expected)}.`,
	'issue.supersede.self': () => 'Запись не может исправлять саму себя.',
	'issue.supersede.twice': (p: P) => `Запись «${p.id}» уже исправлена другой записью.`,
	'issue.supersede.cycle': () => 'Эти исправления ссылаются друг на друга по кругу.',
	'issue.supersede.order': () => 'Исправление не может быть записано раньше исправляемой записи.',
	'issue.window.order': () => 'Часы приёма должны заканчиваться позже, чем начинаются (в пределах одного дня).',
	'issue.rrule.empty': () => 'Расписание пустое.',
	'issue.rrule.syntax': (p: P) => `В расписании есть неправильно записанная часть: ${p.expected}.`,
	'issue.rrule.unsupported': (p: P) => `В расписании используется ${p.expected}, а это не поддерживается.`,
	'issue.rrule.repeated': (p: P) => `В расписании ${p.expected} указано дважды.`,
	'issue.rrule.value': (p: P) => `В расписании неверное значение для ${p.expected}.`,
	'issue.rrule.noFreq': () => 'В расписании должна быть часть FREQ.',
	'issue.rrule.countAndUntil': () => 'В расписании не может быть одновременно COUNT и UNTIL.',
	'issue.rrule.untilDate': () => 'Значение UNTIL должно быть датой (ГГГГММДД).',
	'issue.rrule.ordinalNeedsMonthOrYear': () => 'Дни недели с номером (например, 2MO) возможны только в ежемесячном или ежегодном расписании.',
	'issue.rrule.monthDayWithWeekly': () => 'BYMONTHDAY нельзя использовать в еженедельном расписании.',
	'issue.rrule.setPosAlone': () => 'Для BYSETPOS нужна ещё одна часть BY….',
	'issue.reporting.startAfterPeriod': () => 'Расписание начинается после окончания действия условия.',
	'issue.schedule.empty': () => 'В графике должен быть хотя бы один платёж.',
	'issue.schedule.tooLong': () => 'Не более 1000 платежей.',
	'issue.payment.dueOutsidePeriod': (p: P, f) => sentence(`Сроки платежей должны быть в пределах с ${date(p.from, f)} по ${date(p.until, f)}`),
	'issue.payment.dueRepeated': () => 'Два платежа приходятся на одну дату: объедините их.',
	'issue.deadline.dueOrAfter': () => 'Укажите либо дату, либо количество дней после приговора, но не то и другое сразу.',
	'issue.deadline.anchorMissing': (p: P) =>
		`В деле не указана дата ${p.anchor === 'verdict' ? 'вынесения приговора' : 'вступления приговора в законную силу'}, от которой ведётся отсчёт.`,
	'issue.deadline.dueOutOfRange': () => 'Если отсчитать столько дней, срок выходит за 9999 год.',
	'issue.deadline.calendar': () => 'Выберите, как считать дни: календарные или рабочие.',
	'issue.anchor.unknown': () => 'Выберите начало отсчёта: дату приговора или дату его вступления в законную силу.',
	'issue.categories.empty': () => 'Выберите хотя бы одну запрещённую категорию.',
	'issue.category.unknown': (p: P) => `Неизвестная категория: ${p.received}.`,
	'issue.category.duplicate': () => 'Категория указана дважды.',
	'issue.keywords.tooMany': () => 'Не более 200 ключевых слов.',
	'issue.movement.permission': () => 'Выберите один из вариантов: только с разрешения, после уведомления или запрещён.',
	'issue.weekday.unknown': (p: P) => `Неизвестный день недели: ${p.received}.`,
	'issue.weekday.duplicate': () => 'День недели указан дважды.',
	'issue.days.empty': () => 'Выберите хотя бы один день — или не выбирайте ни одного, тогда каждый день.',
	'issue.curfew.emptyWindow': () => 'Время окончания должно отличаться от времени начала.',
	'issue.changes.empty': () => 'Выберите хотя бы один вид изменений.',
	'issue.change.unknown': (p: P) => `Неизвестный вид изменения: ${p.received}.`,
	'issue.change.duplicate': () => 'Вид изменения указан дважды.',
	'issue.number.months': () => 'Количество месяцев должно быть целым числом от 1 до 600.',
	'issue.jurisdiction.unknown': (p: P) => `Неизвестная страна дела: ${p.received}.`,
	'issue.holiday.kind': () => 'Выберите, какой это день: выходной или рабочий.',
	'issue.holiday.duplicate': () => 'Одна и та же дата указана дважды: оставьте её один раз.',
	'issue.holidays.tooMany': () => 'Не более 1000 дней.',
	'issue.clarification.via': (p: P) => `Неизвестный способ обращения: ${p.received}.`,
	'issue.file.tooLarge': (p: P) => `Слишком много элементов (не более ${p.expected}).`
} satisfies Translation<typeof en>;
