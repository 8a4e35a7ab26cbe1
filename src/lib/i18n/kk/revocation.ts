/**
 * Kazakh for official warnings, questions about what a ban covers and the revocation policy
 * (English: en/revocation.ts): the Check in forms of the two kinds, their history facts, "Can I
 * do this?" citing the answers, the person's own days off and working days, and the policy in
 * Settings. Revocation is "шартты соттаудың күшін жою" (ҚР ҚК 64-бап); the app never says what a
 * court will do, only how what was recorded compares with the numbers of the policy.
 *
 * Texts the person wrote (who issued a warning, who answered) stand after a colon or as the
 * subject, so that they need no case ending.
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import type { revocation as english } from '../en/revocation';
import type { Translate } from '$lib/domain';
import { sentence } from './grammar';

type F = Formatter;

const quoted = (items: string[], f: F) => f.list(items.map((item) => `«${item}»`));

export const revocation = {
	'checkin.pick.official-warning': 'Ресми ескерту алдым',
	'checkin.pick.clarification': 'Тыйымның нені қамтитынын сұрадым немесе жауап алдым',
	'checkin.heading.official-warning': 'Ресми ескертуді жазу',
	'checkin.heading.clarification': 'Тыйым туралы сұрақты жазу',
	'checkin.save.official-warning': 'Ескертуді сақтау',
	'checkin.save.clarification': 'Сұрақты сақтау',
	'checkin.rule.missing.clarification': 'Ісіңізде қызметке тыйым талабы жоқ, сондықтан сұрайтын тыйым да жоқ.',

	'warning.when': 'Қашан берілді',
	'clarify.when': 'Қашан сұрадыңыз',
	'warning.issuedBy': 'Кім берді',
	'warning.issuedBy.hint': 'Пробация қызметі, инспектордың аты-жөні немесе сот.',
	'warning.text': 'Онда не жазылған',
	'warning.photo': 'Оның суреті қайда сақтаулы',
	'warning.photo.hint': 'Мысалы, галереяңыздағы файлдың атауы. Суреттің өзі сол жерде қала береді.',
	'warning.disputed': 'Бұл ескертуге дау айтамын',
	'warning.disputeNote': 'Неге дау айтасыз',
	'warning.disputed.hint': 'Дау айтылған ескерту кері қайтарылғанша есепке алына береді. Шағымыңызды немесе апелляциялық арызыңызды онымен бірге сақтаңыз.',

	'clarify.question': 'Сұрағыңыз',
	'clarify.question.hint': 'Жазбаша сұраңыз және көшірмесін сақтаңыз: жазбаша жауап сізді қорғайды.',
	'clarify.askedTo': 'Кімнен сұрадыңыз',
	'clarify.via': 'Қалай сұрадыңыз',
	'clarify.via.letter': 'Хат арқылы',
	'clarify.via.email': 'Электрондық пошта арқылы',
	'clarify.via.in-person': 'Жеке өзім барып',
	'clarify.via.phone': 'Телефон арқылы',
	'clarify.via.court': 'Сот арқылы',
	'clarify.via.other': 'Басқа жолмен',
	'clarify.remindAfter': 'Қайта сұрауды мына күннен кейін еске салу',
	'clarify.remindAfter.hint': 'Сол күнге дейін жауап келмесе, қолданба еске салады.',
	'clarify.answered': 'Жауап алдым',
	'clarify.answerOn': 'Жауап берілген күн',
	'clarify.answerSource': 'Кім жауап берді және қандай құжатта',
	'clarify.answerSource.hint': 'Мысалы: аудандық соттың қаулысы, пробация қызметінің хаты.',
	'clarify.answerText': 'Жауапта не делінген',
	'clarify.covers': 'Жауап бойынша тыйым аясына кіретін іс-әрекеттер',
	'clarify.excludes': 'Жауап бойынша тыйым аясына кірмейтін іс-әрекеттер',
	'clarify.items.hint': 'Әр жолға біреуден, жауапта қалай аталса, солай жазыңыз. Жалғауы өзгеретін сөздің соңына * қойыңыз: сұхбат*.',

	'clarify.cited': 'Сұрақтарыңызға берілген жауаптарда не делінген',
	'clarify.verdict.covered': 'Тыйым аясына кіреді:',
	'clarify.verdict.excluded': 'Тыйым аясына кірмейді:',
	'clarify.said.covered': (p, f) => `${f.date(p.date)} күні берілген жауапта бұл тыйым аясына кіретіні айтылған (${quoted(p.items, f)}). Жауап көзі: ${sentence(p.source)}`,
	'clarify.said.excluded': (p, f) => `${f.date(p.date)} күні берілген жауапта бұл тыйым аясына кірмейтіні айтылған (${quoted(p.items, f)}). Жауап көзі: ${sentence(p.source)}`,
	'clarify.unclear': 'Анық емес: жазбаша сұраңыз және жауабын жазып қойыңыз.',
	'clarify.unclear.detail': (p, f, t: Translate) =>
		`Жоспарыңыз (${quoted(p.words, f)}) тыйымыңыз қамтитын санатқа жақын (${f.list(p.categories.map((category) => t(`category.${category}`)))}), ал жазбаларыңыздың ешқайсысында оның тыйым аясына кіретін-кірмейтіні айтылмаған.`,
	'clarify.ask': 'Жазбаша сұрау',
	'clarify.letter': 'Хат құрастыру',
	'clarify.open': 'Жауап күтіп тұрған сұрақтар',
	'clarify.recordAnswer': 'Жауапты жазу',

	'history.fact.issuedBy': (p) => `Берген: ${p.by}`,
	'history.fact.photo': (p) => `Суреті: ${p.photo}`,
	'history.fact.disputed': 'Дау айтылған (кері қайтарылғанша есепке алынады)',
	'history.fact.disputedBecause': (p) => `Дау айтылған (кері қайтарылғанша есепке алынады): ${p.text}`,
	'history.fact.question': (p) => `Кімнен сұралды: ${p.to}. Сұрақ: «${p.text}»`,
	'history.fact.answer': (p, f) => `Жауап: ${p.source}, ${f.date(p.date)}${p.text ? `: «${p.text}»` : ''}`,
	'history.fact.noAnswer': 'Әзірге жауап жоқ',

	'holidays.heading': 'Өзіңіз қосқан демалыс және жұмыс күндері',
	'holidays.intro':
		'Жұмыс күндерімен есептелетін мерзімдер үшін. Жергілікті мереке күнін немесе үкімет жыл сайын ауыстыратын күндерді қосыңыз (демалыс болған жұмыс күні, жұмыс күні болған сенбі): қолданба ол қаулыларды білмейді.',
	'holidays.dayOff': (p, f) => `${f.date(p.date)}: демалыс күні`,
	'holidays.workingDay': (p, f) => `${f.date(p.date)}: жұмыс күні`,
	'holidays.remove': (p, f) => `Өшіру: ${f.date(p.date)}`,
	'holidays.removeShort': 'Өшіру',
	'holidays.date': 'Күні',
	'holidays.kind': 'Бұл қандай күн',
	'holidays.kind.day-off': 'Демалыс күні',
	'holidays.kind.working-day': 'Жұмыс күні',
	'holidays.name': 'Себебі (мысалы, қаулы)',
	'holidays.add': 'Күнді қосу',
	'holidays.saved': 'Сақталды.',

	'policy.heading': 'Шартты соттаудың күшін жою шегіне дейінгі аралық',
	'policy.intro':
		'Сіздің елде сот шартты соттаудың күшін қандай жағдайда жоя алады? Заңда не жазылғанын толтырыңыз немесе мұны адвокатыңызға тапсырыңыз. Қолданба тек жазбаларыңызды осы сандармен салыстырып санайды; соттың қандай шешім шығаратынын ол ешқашан болжамайды.',
	'policy.jurisdiction': 'Іс қаралған ел',
	'policy.jurisdiction.hint': 'Жұмыс күндерімен есептелетін мерзімдерде осы елдің мереке күндері саналмайды.',
	'policy.country.KZ': 'Қазақстан',
	'policy.country.RU': 'Ресей',
	'policy.template.KZ': 'Қазақстан заңы бойынша толтыру',
	'policy.template.RU': 'Ресей заңы бойынша толтыру',
	'policy.moreThan': '«Жүйелі түрде» дегеніміз – бұзушылық немесе ескерту саны мынадан көп болса…',
	'policy.withinMonths': '…мынша ай ішінде',
	'policy.hidingDays': '«Бақылаудан жасырыну» дегеніміз – мынадан көп күн бойы қайда екеніңіз белгісіз болса',
	'policy.extensionMonths': 'Сынақ мерзімін ұзартуға болатын ең көп ай саны',
	'policy.askLawyer': 'Нақты белгісіз: адвокатыңыздан сұраңыз.',
	'policy.notes': 'Баптар және ескертпелер',
	'policy.save': 'Сақтау',
	'policy.saved': 'Сақталды.'
} satisfies Translation<typeof english>;
