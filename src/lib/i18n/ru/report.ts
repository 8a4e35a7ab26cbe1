/**
 * Russian for the compliance report (/report): a printable record of the case for a lawyer or
 * the probation service, and its entries on More and History.
 *
 * The report is evidence: the register is that of an official document, and nothing is softened
 * or added. Terms:
 * - a reporting day is «день явки»; its outcomes are nouns, which carry no gender: «Явка»,
 *   «Освобождение от явки», «Неявка», «Срок — сегодня»;
 * - an entry written down later is «запись, внесённая позже» (not «задним числом», which in
 *   Russian suggests a document dated falsely); when it happened «Произошло», when it was
 *   written down «Внесено»;
 * - a correction is «исправление»; the entry it replaces «прежняя запись»;
 * - the chain head is «цифровой отпечаток записей» (the same words in share.ts and family.ts);
 *   to note it down is «записать себе».
 */
import type { Translation } from '../catalog';
import { sentence } from './grammar';
import type { report as en } from '../en/report';

/** After «всех»: «всех 3 записей», «всех 5 записей», «всех 21 записи». */
const ALL_ENTRIES = { one: '# записи', few: '# записей', many: '# записей', other: '# записи' };
const REPORTING_DAYS = { one: '# день явки', few: '# дня явки', many: '# дней явки', other: '# дня явки' };

const PROVES =
	'Он показывает, что записи не изменялись после того, как вы записали его себе, но не может подтвердить, что записанное соответствует действительности.';

export const report = {
	'more.report': 'Отчёт о соблюдении условий',
	'more.report.hint': 'Всё, что записано, — для вашего адвоката или службы пробации. Отчёт можно распечатать или сохранить в PDF.',
	'history.reportLink': 'Отчёт о соблюдении условий: распечатать или сохранить в PDF',

	'report.title': 'Отчёт о соблюдении условий',
	'report.documentTitle': (p) => `Отчёт о соблюдении условий — ${p.title} — ${p.date}`,
	'report.generated': (p) => `Отчёт составлен ${p.date} в ${p.time}. Даты и время указаны по часовому поясу дела — ${p.zone}.`,
	'report.intro':
		'В отчёте приведено всё, что хранится на этом телефоне по делу на момент его составления: условия, каждый день явки, платежи, деятельность, поездки, изменения, исправления и записи, внесённые позже. Это оценка записей, сделанная приложением, а не юридическое заключение.',
	'report.print': 'Распечатать или сохранить в PDF',
	'report.print.hint': 'Чтобы сохранить файл, выберите в качестве принтера «Сохранить как PDF».',
	'report.noCase': 'На этом телефоне пока нет дела, поэтому составить отчёт не из чего.',
	'report.setUp': 'Создать дело',
	'report.context': (p) => `${p.section} — ${p.title}`,

	'report.fingerprint': 'Цифровой отпечаток записей',
	'report.fingerprint.short': 'Отпечаток',
	'report.fingerprint.full': 'Полностью (SHA-256)',
	'report.fingerprint.computing': 'Вычисление отпечатка…',
	'report.fingerprint.failed': 'Этот браузер не смог вычислить отпечаток. Остальное содержание отчёта приведено полностью.',
	'report.fingerprint.empty': 'Пока ничего не записано, поэтому у записей нет цифрового отпечатка.',
	'report.fingerprint.what': (p, f) =>
		p.count === 1
			? `Цифровой отпечаток единственной записи. Запишите его себе или сохраните этот отчёт: если эту запись позже изменить или удалить, у записей будет уже другой отпечаток. ${PROVES}`
			: `Цифровой отпечаток всех ${f.plural(p.count, ALL_ENTRIES)} в том порядке, в котором они были внесены. Запишите его себе или сохраните этот отчёт: если какую-либо из них позже изменить, удалить или поставить в другом порядке, у записей будет уже другой отпечаток. ${PROVES}`,

	'report.case': 'Дело',
	'report.case.title': 'Название дела',
	'report.case.verdict': 'Дата приговора',
	'report.case.inForce': 'Дата вступления приговора в законную силу',
	'report.case.sentence': 'Срок',
	'report.case.zone': 'Часовой пояс',
	'report.case.supervisor': 'Инспектор пробации',
	'report.case.level': 'Статус на момент составления отчёта',
	'report.period': (p, f) => `${f.date(p.from)} – ${f.date(p.until)}`,

	'report.conditions': 'Условия',
	'report.conditions.none': 'Условия не внесены.',
	'report.condition.period': (p, f) => sentence(`Действует с ${f.date(p.from)} по ${f.date(p.until)}`),
	'report.condition.state': 'На момент отчёта',
	'report.condition.alerts': 'Предупреждения',

	'report.reporting': (p) => `Дни явки: ${p.title}`,
	'report.reporting.none': 'Ни один день явки ещё не наступил.',
	'report.reporting.counts': (p, f) =>
		`${f.plural(p.total, REPORTING_DAYS)} на момент отчёта: явка в срок — ${f.number(p.met)}, освобождение от явки — ${f.number(p.excused)}, неявка — ${f.number(p.missed)}${p.open ? `, срок явки сегодня — ${f.number(p.open)}` : ''}.`,
	'report.col.day': 'День явки',
	'report.col.outcome': 'Результат',
	'report.col.record': 'Что записано',
	'report.day.by': (p) => `не позднее ${p.time}`,
	'report.outcome.met': 'Явка',
	'report.outcome.excused': 'Освобождение от явки',
	'report.outcome.missed': 'Неявка',
	'report.outcome.open': 'Срок — сегодня',
	'report.entry.report': (p) => `Явка: ${p.at}`,
	'report.entry.reportLate': (p) => `Явка: ${p.at}, после истечения срока`,
	'report.entry.excuse': (p) => `Записано освобождение от явки: ${p.at}`,
	'report.entry.written': (p) => `Запись внесена ${p.at}`,
	'report.entry.nothing': 'Ничего не записано',
	'report.unmatched': 'Явки и освобождения от явки, не относящиеся ни к одному из дней явки выше',
	'report.unmatched.hint':
		'Они записаны, но не совпадают ни с одним из перечисленных выше дней явки: например, явка в другой день (если инспектор её перенёс), освобождение от явки на день, который ещё не наступил, или запись с датой позже этого отчёта.',

	'report.payments': (p) => `Платежи: ${p.title}`,
	'report.payments.summary': (p, f) =>
		p.overdue > 0
			? `Уплачено ${f.money(p.paid, p.currency)} из ${f.money(p.total, p.currency)}; просрочено ${f.money(p.overdue, p.currency)}.`
			: `Уплачено ${f.money(p.paid, p.currency)} из ${f.money(p.total, p.currency)}; просроченных сумм нет.`,
	'report.payments.payee': (p) => `Получатель: ${p.payee}`,
	'report.payments.surplus': (p, f) => `Сверх общей суммы уплачено ${f.money(p.amount, p.currency)}.`,
	'report.payments.notYet': 'Платежи с датой позже этого отчёта (ещё не учтены)',
	'report.payments.rule': 'Платежи засчитываются в счёт взносов в порядке наступления сроков их уплаты, независимо от того, когда был внесён каждый платёж.',
	'report.col.due': 'Срок уплаты',
	'report.col.amount': 'Сумма',
	'report.col.paidBy': 'Зачтённые платежи',
	'report.col.balance': 'Осталось уплатить',
	'report.paidBy': (p, f) => `${f.money(p.amount, p.currency)}, уплачено ${p.at}`,
	'report.paidBy.part': (p, f) => `${f.money(p.amount, p.currency)} из платежа ${f.money(p.of, p.currency)}, внесённого ${p.at}`,
	'report.paidBy.none': 'Пока ничего',
	'report.instalment.paid': 'Уплачено',
	'report.instalment.paidLate': 'Уплачено после истечения срока',
	'report.instalment.overdue': 'Просрочено',
	'report.instalment.pending': 'Срок ещё не наступил',

	'report.activities': 'Деятельность',
	'report.activities.none': 'Записей о деятельности нет.',
	'report.col.date': 'Дата',
	'report.col.activity': 'Деятельность',
	'report.col.assessment': 'Проверка по запретам',
	'report.activity.planned': 'Запланировано',
	'report.activity.done': 'Состоялось',
	'report.activity.clear': 'На момент отчёта предупреждений нет',

	'report.trips': 'Поездки',
	'report.trips.none': 'Записей о поездках нет.',
	'report.col.trip': 'Поездка',
	'report.col.permission': 'Разрешение или уведомление',
	'report.col.status': 'Статус',
	'report.permission.granted': (p) => `Разрешение получено ${p.at}`,
	'report.permission.refused': (p) => `В разрешении отказано ${p.at}`,
	'report.notice': (p) => `Инспектор уведомлён ${p.at}`,
	'report.permission.none': 'Не записано',
	'report.trip.inOrder': 'На момент отчёта предупреждений нет',
	'report.trip.inside': 'В пределах территории: ничего не требуется',

	'report.changes': 'Изменения, о которых нужно сообщать инспектору',
	'report.changes.none': 'Записей об изменениях нет.',
	'report.col.change': 'Изменение',
	'report.col.notified': 'Уведомление инспектора',
	'report.change.deadline': (p) => `Срок — не позднее ${p.at}`,
	'report.change.in-time': 'Сообщено в срок',
	'report.change.late': 'Сообщено после истечения срока',
	'report.change.missed': 'Не сообщено в срок',
	'report.change.pending': 'Срок ещё не истёк',
	'report.change.not-required': 'Ни одно условие этого не требует',

	'report.corrections': 'Исправления',
	'report.corrections.intro':
		'Записи никогда не изменяются и не удаляются: исправление — это новая запись, которая заменяет прежнюю, и здесь приводятся обе.',
	'report.corrections.none': 'Исправленных записей нет.',
	'report.correction.original': 'Прежняя запись (больше не учитывается)',
	'report.correction.replacement': 'Заменена записью',
	'report.correction.withdrawal': 'Отмечена как ошибочная',

	'report.backdated': 'Записи, внесённые позже',
	'report.backdated.intro':
		'Записи, внесённые более чем через час после того, что в них отражено, или в другой день. Каждая учитывается с момента, когда это произошло; указаны оба времени, чтобы ничего не было скрыто.',
	'report.backdated.none': 'Все записи внесены в течение часа и в тот же день.',
	'report.col.entry': 'Запись',
	'report.col.happened': 'Произошло',
	'report.col.recorded': 'Внесено',

	'report.end': (p, f) => `Конец отчёта. Всего записей: ${f.number(p.count)}.`
} satisfies Translation<typeof en>;
