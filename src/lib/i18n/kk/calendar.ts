/**
 * Kazakh for the calendar export (the .ics file and its button): loaded with the More screen.
 */
import type { Translation } from '../catalog';
import type { calendar as english } from '../en/calendar';

const deadlines = { one: '# мерзім', other: '# мерзім' };

export const calendar = {
	'calendar.name': 'Clearday',
	'calendar.export': 'Мерзімдерді күнтізбеме қосу',
	'calendar.download': 'Күнтізбе файлын сақтау',
	'calendar.hint':
		'Clearday қолданбасын ашпасаңыз да, телефоныңыздың күнтізбесі алдағы 12 айдағы әр мерзімді еске салады. Күнтізбеңізді көре алатын кез келген адам оларды да көреді.',
	'calendar.saved': (p, f) =>
		`${f.plural(p.count, deadlines)} clearday-deadlines.ics файлына сақталды. Оларды күнтізбеңізге қосу үшін файлды ашыңыз.`,
	'calendar.shared': (p, f) => `${f.plural(p.count, deadlines)} күнтізбеңізге жіберілді.`,
	'calendar.none': 'Алдағы 12 айда мерзімі келетін ештеңе жоқ, сондықтан қосатын ештеңе жоқ.',
	'calendar.failed': 'Күнтізбе файлын жасау мүмкін болмады. Ештеңе өзгертілген жоқ.',
	'calendar.summary': (p) => `${p.title}: ${p.label}`,
	'calendar.description.allDay': (p) =>
		`${p.rule}\nМерзімі – күннің соңына дейін (${p.zone} уақыты бойынша). Орындалған соң, оны Clearday қолданбасында белгілеңіз.`,
	'calendar.description.timed': (p) =>
		`${p.rule}\nМерзімінің соңғы уақыты – ${p.time} (${p.zone} уақыты бойынша). Орындалған соң, оны Clearday қолданбасында белгілеңіз.`
} satisfies Translation<typeof english>;
