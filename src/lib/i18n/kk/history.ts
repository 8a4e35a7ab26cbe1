/**
 * Kazakh for the History screen: the timeline, its filters, the facts of each entry, and
 * corrections.
 */
import type { Translation } from '../catalog';
import type { history as english } from '../en/history';

const entries = { one: '# жазба', other: '# жазба' };

export const history = {
	'history.title': 'Тарих',
	'history.intro': 'Жазғандарыңыздың бәрі, ең жаңасы басында. Ештеңе өшірілмейді: түзету жаңа жазба ретінде қосылады, екеуі де осында қалады.',
	'history.filters': 'Сүзгі',
	'history.filter.rule': 'Талап',
	'history.filter.allRules': 'Барлық талаптар',
	'history.filter.noRule': 'Талапқа қатысы жоқ',
	'history.filter.kind': 'Жазба түрі',
	'history.filter.allKinds': 'Барлық түрлері',
	'history.count': (p, f) =>
		p.shown === p.total ? f.plural(p.total, entries) : `Көрсетілгені: ${f.number(p.shown)}, барлығы: ${f.plural(p.total, entries)}`,
	'history.empty': 'Әзірге ештеңе жазылмаған. «Белгілеу» бетінде жазғандарыңыз осында шығады.',
	'history.emptyFiltered': 'Бұл сүзгілерге сәйкес жазба жоқ.',
	'history.clearFilters': 'Барлық жазбаларды көрсету',
	'history.showOlder': (p, f) => `Бұрынғы жазбаларды көрсету (${f.plural(p.count, { one: 'тағы #', other: 'тағы #' })})`,

	'history.entryName': (p, _f, t) => `${t(`checkin.kind.${p.kind}`)}, ${p.at}`,
	'history.backdated': 'Кейінірек жазылған',
	'history.times': (p) => `Болған уақыты: ${p.at} · жазылған уақыты: ${p.recordedAt}`,

	'history.fact.amount': (p, f) => f.money(p.amount, p.currency),
	'history.fact.excuseFor': (p, f) => `${f.date(p.date)} күнгі келуден босатылды`,
	'history.fact.description': (p) => `«${p.text}»`,
	'history.fact.planned': (p, f) => `Жоспарланған күні: ${f.date(p.date)}`,
	'history.fact.activityDone': 'Жасалды',
	'history.fact.categories': (p, f, t) => `Мыналарға жатуы мүмкін: ${f.list(p.categories.map((c) => t(`category.${c}`)))}`,
	'history.fact.noCategories': 'Санат белгіленбеген',
	'history.fact.trip': (p, f) => `${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`,
	'history.fact.outside': 'Аумақтан тыс',
	'history.fact.inside': 'Аумақтың ішінде',
	'history.fact.granted': 'Рұқсат берілді',
	'history.fact.refused': 'Рұқсат берілмеді',
	'history.fact.forTrip': (p) => `Сапар: ${p.trip}`,
	'history.fact.about': (p) => `Неге қатысты: ${p.what}`,
	'history.fact.change': (p, f, t) => `${f.date(p.on)} күнгі өзгеріс: ${t(`change.${p.what}`)}`,
	'history.fact.unknownRef': 'осы тарихта жоқ жазба',
	'history.fact.location': (p, f) => `${p.lat}, ${p.lon} (дәлдігі шамамен ${f.plural(p.accuracy, { one: '# метр', other: '# метр' })})`,
	'history.fact.note': (p) => `Ескертпе: ${p.text}`,

	'history.status.corrected': 'Түзетілген',
	'history.status.withdrawn': 'Қате',
	'history.status.correction': 'Түзету',
	'history.correctedOn': (p) => `Түзетілген уақыты: ${p.at}. Бұл нұсқа енді есепке алынбайды.`,
	'history.withdrawnOn': (p) => `Қате деп белгіленген уақыты: ${p.at}. Бұл жазба енді есепке алынбайды.`,
	'history.seeCorrection': 'Түзетуін көру',
	'history.seeCorrection.label': (p) => `Түзетуін көру: ${p.entry}`,
	'history.replaces': (p) => `${p.at} уақытындағы жазбаны түзетеді.`,
	'history.withdraws': (p) => `${p.at} уақытындағы жазбаның қате екенін көрсетеді.`,
	'history.seeReplaced': 'Бұрынғы жазбаны көру',
	'history.seeReplaced.label': (p) => `Бұрынғы жазбаны көру (оны түзеткен жазба: ${p.entry})`,
	// Түсініктеме туралы сұрақ, оған кейін жауап келген (жауап оның жаңа нұсқасы ретінде жазылады).
	'history.status.answered': 'Жауап бар',
	'history.status.answer': 'Жауап',
	'history.answeredOn': (p) => `Жауап алынған күн: ${p.on}. Ол бөлек жазба ретінде сақталған.`,
	'history.answers': (p) => `${p.at} қойылған сұраққа жауап.`,
	'history.seeAnswer': 'Жауапты көру',
	'history.seeAnswer.label': (p) => `Жауапты көру: ${p.entry}`,
	'history.seeQuestion': 'Сұрақты көру',
	'history.seeQuestion.label': (p) => `Жауап берілген сұрақты көру: ${p.entry}`,

	'history.correct': 'Бұл жазбаны түзету',
	'history.correct.label': (p) => `Бұл жазбаны түзету: ${p.entry}`,
	'history.mistake': 'Бұл жазба қате болды',
	'history.mistake.label': (p) => `Бұл жазба қате болды: ${p.entry}`,
	'history.mistake.reason': 'Неліктен қате болды?',
	'history.mistake.hint': 'Қысқа себеп, мысалы, «Екі рет енгізілген». Жазба тарихыңызда «қате» деген белгімен қалады және енді есепке алынбайды.',
	'history.mistake.save': 'Қате деп белгілеу',
	'history.mistake.save.label': (p) => `Қате деп белгілеу: ${p.entry}`,
	'history.mistake.cancel': 'Болдырмау',
	'history.mistake.cancel.label': (p) => `Болдырмау: ${p.entry}`,
	'history.mistake.saved': 'Қате деп белгіленді. Жазба тарихыңызда қалады.'
} satisfies Translation<typeof english>;
