/**
 * Kazakh for everything the engine says: levels, states, alerts, summaries, labels, and names
 * (categories, changes, weekdays). Conditions in words are in describe.ts, validation issues in
 * issues.ts.
 *
 * Dates, sums and times come from the formatter and take no suffix: a date stands before
 * "күні" ("on"), "күнгі" ("of that day") or after a colon.
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import type { engine as english } from '../en/engine';
import { capital, sentence } from './grammar';

type F = Formatter;

/** "The change of …": each kind of change in the genitive, as the reader's own. */
const CHANGE_OF: Readonly<Record<string, string>> = {
	residence: 'тұрғылықты жеріңіздің',
	work: 'жұмыс орныңыздың',
	study: 'оқу орныңыздың',
	phone: 'телефон нөміріңіздің'
};
const changeOf = (what: string) => CHANGE_OF[what] ?? what;

const categories = (codes: string[], f: F, t: (code: string) => string) => f.list(codes.map((c) => t(`category.${c}`)));
const at = (date: string, time: string, f: F) => `${f.date(date)}${time ? `, ${time}` : ''}`;
const tripFrom = (date: string, f: F) => `${f.date(date)} күні басталатын сапар`;

export const engine = {
	'level.ok': 'Бәрі дұрыс',
	'level.attention': 'Назар аударыңыз',
	'level.at-risk': 'Қауіп бар',
	'level.ok.detail': 'Мерзімі жақындаған да, өтіп кеткен де ештеңе жоқ.',
	'level.attention.detail': 'Бір нәрсенің мерзімі жақындап қалды.',
	'level.at-risk.detail': 'Бір нәрсе бұзушылық деп саналуы мүмкін. Төмендегі ескертулерді қараңыз.',

	'state.inactive': 'Әлі басталған жоқ',
	'state.ok': 'Тәртіпте',
	'state.due-soon': 'Мерзімі жақын',
	'state.breach-risk': 'Қауіп бар',
	'state.done': 'Орындалды',
	'state.ended': 'Аяқталды',

	'severity.info': 'Еске салу',
	'severity.warning': 'Ескерту',
	'severity.critical': 'Бұзушылық болуы мүмкін',

	'alert.caveat': 'Бұл бұзушылық деп саналуы мүмкін. Осыған байланысты бірдеңе істемес бұрын адвокатыңызбен сөйлесіңіз.',

	'category.political': 'саяси қызмет',
	'category.civic': 'қоғамдық қызмет',
	'category.journalism': 'журналистік қызмет',
	'category.social-media': 'әлеуметтік желілер',
	'category.charitable': 'қайырымдылық қызметі',
	'category.religious': 'діни қызмет',
	'category.assembly': 'бейбіт жиналыстар',
	'category.other': 'басқа да қызмет түрлері',

	'change.residence': 'тұрғылықты жер',
	'change.work': 'жұмыс орны',
	'change.study': 'оқу орны',
	'change.phone': 'телефон нөмірі',

	'weekday.MO': 'Дүйсенбі',
	'weekday.TU': 'Сейсенбі',
	'weekday.WE': 'Сәрсенбі',
	'weekday.TH': 'Бейсенбі',
	'weekday.FR': 'Жұма',
	'weekday.SA': 'Сенбі',
	'weekday.SU': 'Жексенбі',

	'reporting.due': (p, f) => `${f.date(p.date)} күні пробация қызметіне келуіңіз керек.`,
	'reporting.missed': (p, f) => `Пробация қызметіне ${f.date(p.date)} күні келгеніңіз туралы жазба жоқ.`,
	'reporting.label': (p, f) => `Пробация қызметіне келу: ${f.date(p.date)}`,
	'reporting.summary.missed': (p, f) =>
		`${f.plural(p.count, { one: '# келу күні', other: '# келу күні' })} бойынша келгеніңіз туралы жазба жоқ (біріншісі: ${f.date(p.since)}).`,
	'reporting.summary.onTrack': 'Осы уақытқа дейінгі әр келу күні бойынша келгеніңіз немесе келуден босатылғаныңыз туралы жазба бар.',
	'reporting.summary.complete': 'Барлық келу күндері орындалды.',

	'payment.due': (p, f) => sentence(`Төлеу керек: ${f.money(p.amount, p.currency)}, мерзімі – ${f.date(p.date)}`),
	'payment.missed': (p, f) => `${f.money(p.amount, p.currency)} төленбеген: төлеу мерзімі (${f.date(p.date)}) өтіп кетті.`,
	'payment.label': (p, f) => `${f.money(p.amount, p.currency)} төлеу, мерзімі – ${f.date(p.date)}`,
	'payment.summary.paid': (p, f) => `Толық төленді: ${f.money(p.total, p.currency)}.`,
	'payment.summary.progress': (p, f) => `Төленгені: ${f.money(p.paid, p.currency)}, барлығы: ${f.money(p.total, p.currency)}.`,
	'payment.summary.overdue': (p, f) =>
		`Төленгені: ${f.money(p.paid, p.currency)}, барлығы: ${f.money(p.total, p.currency)}; мерзімі өткені: ${f.money(p.overdue, p.currency)}.`,

	'deadline.due': (p, f) => sentence(`Мерзімі: ${at(p.date, p.time, f)}`),
	'deadline.missed': (p, f) => `Мерзімі (${at(p.date, p.time, f)}) өтіп кетті, ал орындалғаны белгіленбеген.`,
	'deadline.label': (p, f) => `Мерзімі: ${at(p.date, p.time, f)}`,
	'deadline.summary.done': (p, f) => sentence(`Орындалған күні: ${f.date(p.doneOn)}`),
	'deadline.summary.doneLate': (p, f) => `Орындалған күні: ${f.date(p.doneOn)}, яғни мерзімі (${f.date(p.date)}) өткеннен кейін.`,
	'deadline.summary.missed': (p, f) => sentence(`Орындалмаған; мерзімі: ${f.date(p.date)}`),
	'deadline.summary.pending': (p, f) => sentence(`Мерзімі: ${at(p.date, p.time, f)}`),

	'activity-ban.planned': (p, f, t) => `${f.date(p.date)} күніне жоспарланған іс-әрекет тыйым аясына кіреді (${categories(p.categories, f, t)}).`,
	'activity-ban.conflict': (p, f, t) => `${f.date(p.date)} күнгі іс-әрекет тыйым аясына кіреді (${categories(p.categories, f, t)}).`,
	'activity-ban.summary': (p, f) =>
		p.conflicts
			? `${f.plural(p.conflicts, { one: 'Жазылған # іс-әрекет', other: 'Жазылған # іс-әрекет' })} тыйым аясына кіреді.`
			: 'Жазылған іс-әрекеттердің ешқайсысы тыйым аясына кірмейді.',

	'movement.permission.due': (p, f) => `${tripFrom(p.date, f)} үшін жолға шықпас бұрын рұқсат алу керек.`,
	'movement.permission.missed': (p, f) => `${tripFrom(p.date, f)} үшін уақтылы алынған рұқсат туралы жазба жоқ.`,
	'movement.notice.due': (p, f) => `${tripFrom(p.date, f)} туралы пробация қызметіне хабарлаңыз.`,
	'movement.notice.missed': (p, f) => `${tripFrom(p.date, f)} туралы пробация қызметіне уақтылы хабарланбаған.`,
	'movement.forbiddenPlanned': (p, f) => `${tripFrom(p.date, f)} сізге шығуға болмайтын аумақтан тыс жерге жоспарланған.`,
	'movement.forbidden': (p, f) => `${f.date(p.date)} күні басталған сапар сізге шығуға болмайтын аумақтан тыс жерге жасалған.`,
	'movement.refusedPlanned': (p, f) => `${tripFrom(p.date, f)} үшін рұқсат берілмеді.`,
	'movement.refused': (p, f) => `Рұқсат берілмегеніне қарамастан, сапар ${f.date(p.date)} күні басталды.`,
	'movement.outside': (p, f) => `${f.date(p.date)} күні жазылған орналасқан жеріңіз аумақтан тыс.`,
	'movement.maybeOutside': (p, f) => `${f.date(p.date)} күні жазылған орналасқан жеріңіз аумақтан тыс болуы мүмкін (оның дәлдігі төмен).`,
	'movement.label.required': (p, f) => `${tripFrom(p.date, f)} үшін рұқсат`,
	'movement.label.notice': (p, f) => `${tripFrom(p.date, f)} туралы хабарлау`,
	'movement.summary.required': (p) => sentence(`Шегінен шықпауға тиіс аумақ: ${p.area}. Одан тыс сапарларға рұқсат қажет`),
	'movement.summary.notice': (p) => sentence(`Шегінен шықпауға тиіс аумақ: ${p.area}. Одан тыс сапар алдында пробация қызметіне хабарлаңыз`),
	'movement.summary.forbidden': (p) => sentence(`Шығуға болмайтын аумақ: ${p.area}`),

	'curfew.due': (p) => `Үйде болу уақыты: ${p.start}–${p.end}.`,
	'curfew.outside': (p, f) => `${f.date(p.date)} күнгі үйде болу уақытында жазылған орналасқан жеріңіз үйден тыс.`,
	'curfew.maybeOutside': (p, f) => `${f.date(p.date)} күнгі үйде болу уақытында жазылған орналасқан жеріңіз үйден тыс болуы мүмкін (оның дәлдігі төмен).`,
	'curfew.label': (p) => `Үйде болу: ${p.start}–${p.end}`,
	'curfew.summary': (p) => `${p.start}–${p.end} аралығында үйде болу керек.`,
	'curfew.summary.now': (p) => `Қазір үйде болу уақыты; аяқталуы – ${p.end}.`,

	'notify-change.due': (p, f) => sentence(`Пробация қызметіне ${changeOf(p.what)} өзгергені туралы хабарлаңыз; мерзімі – ${f.date(p.date)}`),
	'notify-change.missed': (p, f) =>
		`${capital(changeOf(p.what))} ${f.date(p.on)} күні өзгергені туралы пробация қызметіне белгіленген мерзімде (${f.date(p.date)}) хабарланбаған.`,
	'notify-change.label': (p, f) => `${capital(changeOf(p.what))} өзгергені туралы хабарлау, мерзімі – ${f.date(p.date)}`,
	'notify-change.summary': (p, f) =>
		p.pending ? `Хабарлануы тиіс ${f.plural(p.pending, { one: '# өзгеріс', other: '# өзгеріс' })} бар.` : 'Хабарлануын күтіп тұрған өзгеріс жоқ.',

	'revocation.oneMore': (p, f) =>
		`${f.number(p.months)} ай ішінде ${f.number(p.count)} ескерту немесе бұзушылық жазылған, бұл – баптауларыңыздағы шек: тағы біреуі одан асады. Ең ертедегісі ${f.date(p.until)} күні есептен шығады.`,
	'revocation.crossed': (p, f) =>
		`${f.number(p.months)} ай ішінде ${f.number(p.count)} ескерту немесе бұзушылық жазылған, бұл баптауларыңыздағы шектен (${f.number(p.moreThan)}) көп. Адвокатыңызбен сөйлесіңіз.`,
	'clarification.unanswered': (p, f) => `${f.date(p.date)} күнгі сұрағыңызға әлі жауап жоқ: жазбаша қайта сұраңыз.`
} satisfies Translation<typeof english>;
