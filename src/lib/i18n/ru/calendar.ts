/**
 * Russian for the calendar export (the .ics file and its button).
 */
import type { Translation } from '../catalog';
import type { calendar as en } from '../en/calendar';

export const calendar = {
	'calendar.name': 'Clearday',
	'calendar.export': 'Добавить сроки в мой календарь',
	'calendar.download': 'Сохранить файл календаря',
	'calendar.hint':
		'Календарь телефона будет напоминать о каждом сроке в ближайшие 12 месяцев, даже если вы не открываете Clearday. Эти сроки увидит любой, у кого есть доступ к вашему календарю.',
	'calendar.saved': (p, f) =>
		`${f.plural(p.count, { one: '# срок сохранён', few: '# срока сохранены', many: '# сроков сохранено', other: '# срока сохранено' })} в файл clearday-deadlines.ics. Чтобы добавить в календарь, откройте этот файл.`,
	'calendar.shared': (p, f) =>
		`${f.plural(p.count, { one: '# срок отправлен', few: '# срока отправлены', many: '# сроков отправлено', other: '# срока отправлено' })} в ваш календарь.`,
	'calendar.none': 'В ближайшие 12 месяцев сроков нет, добавлять нечего.',
	'calendar.failed': 'Не удалось создать файл календаря. Ничего не изменено.',
	'calendar.summary': (p) => `${p.title}: ${p.label}`,
	'calendar.description.allDay': (p) => `${p.rule}\nСрок — до конца дня (по времени ${p.zone}). Когда выполните, запишите это в Clearday.`,
	'calendar.description.timed': (p) => `${p.rule}\nСрок — до ${p.time} (по времени ${p.zone}). Когда выполните, запишите это в Clearday.`
} satisfies Translation<typeof en>;
