/**
 * Kazakh for the settings screens: Settings and More.
 */
import type { Translation } from '../catalog';
import type { settings as english } from '../en/settings';

export const settings = {
	'settings.title': 'Баптаулар',
	'settings.noCase': 'Бұл телефонда әлі іс жоқ.',
	'settings.setUp': 'Іс енгізу',

	'settings.officer': 'Пробация инспекторыңыз',
	'settings.officer.none': 'Байланыс деректері әлі жоқ. Оларды төмендегі «Іс деректері» бөлімінде қосыңыз.',
	'settings.officer.call': (p) => `Қоңырау шалу: ${p.name}`,
	'settings.officer.callUnnamed': 'Пробация инспекторыңызға қоңырау шалу',
	'settings.officer.phone': 'Телефон',
	'settings.officer.address': 'Мекенжай',
	'settings.officer.hours': 'Қабылдау уақыты',

	'settings.details': 'Іс деректері',
	'settings.details.sentenceUntil': 'Жаза мерзімінің соңғы күні',
	'settings.details.timeZoneHint': 'Мерзімдер осы белдеудің уақытымен есептеледі. Оны өзгертсеңіз, барлық мерзім жаңа белдеудің уақытына көшеді.',
	'settings.details.save': 'Іс деректерін сақтау',
	'settings.details.saved': 'Іс деректері сақталды.',
	'settings.details.ruleProblem': (p) => `${p.title}: ${p.problem}`,

	'settings.remind': 'Еске салу',
	'settings.remind.legend': 'Әр мерзімнің алдында еске салу',
	'settings.remind.days': (p, f) => f.plural(p.days, { one: '# күн бұрын', other: '# күн бұрын' }),
	'settings.remind.hint': 'Ешқайсысын белгілемесеңіз, Clearday 3 күн және 1 күн бұрын еске салады.',
	'settings.remind.rules':
		'Өз еске салулары бар талап («Талаптар» бетінде белгіленген) оларды сақтайды. Үйде болу уақыты басталардан бір сағат бұрын әрдайым еске салынады.',
	'settings.remind.save': 'Еске салуды сақтау',
	'settings.remind.saved': 'Еске салу сақталды.',

	'settings.notifications': 'Хабарландырулар',
	'settings.notifications.switch': 'Телефон хабарландыруларымен ескерту',
	'settings.notifications.hint':
		'Clearday қолданбасын ашқанда немесе оған қайта оралғанда телефон әр жаңа ескерту үшін бір рет хабарландыру көрсетеді. Ескертулер «Бүгін» бетінде де әрдайым көрсетіледі.',
	'settings.notifications.on': 'Хабарландырулар қосулы.',
	'settings.notifications.off': 'Хабарландырулар өшірулі.',
	'settings.notifications.refused':
		'Браузер хабарландыруларға рұқсат бермеді. Оларды алу үшін браузердің сайт баптауларында Clearday үшін хабарландыруларға рұқсат беріп, осы баптауды қайта қосыңыз. Ескертулер «Бүгін» бетінде бәрібір көрсетіледі.',
	'settings.notifications.blocked':
		'Браузердің баптауларында Clearday үшін хабарландырулар бұғатталған, сондықтан олар көрсетілмейді. Оларды алу үшін браузердің сайт баптауларында рұқсат беріңіз. Ескертулер «Бүгін» бетінде бәрібір көрсетіледі.',
	'settings.notifications.unsupported':
		'Бұл браузер хабарландыру көрсете алмайды. iPhone-да алдымен Clearday қолданбасын негізгі экранға қосып, оны сол жерден ашыңыз. Ескертулер «Бүгін» бетінде бәрібір көрсетіледі.',
	'settings.notifications.asking': 'Браузердің сұрағына жауабыңыз күтілуде…',

	'settings.storage': 'Осы телефондағы деректер',
	'settings.storage.granted': 'Браузер Clearday деректерін сақтауға келісті. Ол орын босату үшін оларды өшірмейді.',
	'settings.storage.refused':
		'Браузер Clearday деректерін сақтауға уәде бермеді. Телефонда орын таусылса, браузер оларды өшіруі мүмкін: ісіңізді, талаптарыңызды және жазғандарыңыздың бәрін.',
	'settings.storage.unsupported':
		'Бұл браузер Clearday деректерін сақтауға уәде бере алмайды. Телефонда орын таусылса, ол оларды өшіруі мүмкін: ісіңізді, талаптарыңызды және жазғандарыңыздың бәрін.',
	'settings.storage.unknown': 'Clearday браузерден деректерін сақтауды әлі сұраған жоқ.',
	'settings.storage.adviceTitle': 'Деректеріңізді сақтап қалу үшін:',
	'settings.storage.adviceSpace': 'Телефонда біраз бос орын қалдырыңыз.',
	'settings.storage.adviceInstall': 'Clearday қолданбасын негізгі экранға қосыңыз (орнатыңыз): сонда браузерлер оның деректерін жиірек сақтайды.',
	'settings.storage.ask': 'Браузерден деректерімді сақтауды сұрау',
	'settings.storage.askAgain': 'Браузерден қайта сұрау',

	'settings.startOver': 'Басынан бастау',
	'settings.newCase': 'Жаңа іс бастау',
	'settings.newCaseHint': 'Жаңа іс қазіргі істің орнына жазылады. Сізден растау сұралады.',
	'settings.removeDemo': 'Демо істі жою',
	'settings.demoNote': 'Бұл – демо іс. Телефонды бос күйінде бастау үшін оны жойыңыз.',

	'more.title': 'Тағы',
	'more.canI': 'Мұны істеуге бола ма?',
	'more.canI.hint': 'Жоспарыңызды орындамас бұрын оны тыйымдарыңызбен салыстырып тексеріңіз.',
	'more.conditions': 'Талаптар',
	'more.conditions.hint': 'Жазаңыздың талаптарын көру, қосу және өзгерту.',
	'more.history': 'Тарих',
	'more.history.hint': 'Жазғандарыңыздың бәрі, түзетулерімен бірге.',
	'more.settings': 'Баптаулар',
	'more.settings.hint': 'Іс деректері, инспектордың телефоны, еске салу, хабарландырулар, деректерді сақтау.'
} satisfies Translation<typeof english>;
