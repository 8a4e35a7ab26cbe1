/**
 * Kazakh for validation issues (`issue.<code>`): loaded with the screens that have forms.
 * Local dates among the parameters are written the reader's way; the kinds of check-ins and
 * conditions the engine names in English are named in Kazakh where this file knows them.
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import type { issues as english } from '../en/issues';

type P = Readonly<Record<string, string | number>>;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A parameter as text; a local date the reader's way. */
const show = (value: string | number | undefined, f: Formatter) => (typeof value === 'string' && LOCAL_DATE.test(value) ? f.date(value) : `${value ?? ''}`);

/** The kinds of check-ins as checkin.ts names them, for the middle of a sentence. */
const CHECK_IN_KINDS: Readonly<Record<string, string>> = {
	report: 'пробация қызметіне келу',
	payment: 'төлем',
	done: 'орындалған тапсырма',
	excuse: 'келуден босату',
	activity: 'іс-әрекет',
	trip: 'сапар жоспары',
	permission: 'сапар туралы жауап',
	change: 'өзгеріс',
	notified: 'инспекторға хабарлау',
	location: 'орналасқан жер',
	note: 'ескертпе',
	'official-warning': 'ресми ескерту',
	clarification: 'тыйым туралы сұрақ'
};
const RULE_KINDS: Readonly<Record<string, string>> = {
	reporting: 'пробация қызметіне келу',
	payment: 'төлем',
	deadline: 'бір реттік мерзім',
	'activity-ban': 'қызметке тыйым',
	movement: 'жүріп-тұруды шектеу',
	curfew: 'үйде болу уақыты',
	'notify-change': 'өзгерістер туралы хабарлау'
};
/** A check-in named by its kind and when it happened, the reader's way where the time reads as one. */
const checkIn = (p: P, f: Formatter) => {
	const at = new Date(`${p.at ?? ''}`);
	return `${CHECK_IN_KINDS[`${p.kind}`] ?? p.kind}, ${Number.isNaN(at.getTime()) ? show(p.at, f) : f.dateTime(at)}`;
};
/** "trip or change" as the engine writes it, in Kazakh. */
const checkInKinds = (expected: string | number | undefined) =>
	`${expected ?? ''}`
		.split(' or ')
		.map((kind) => CHECK_IN_KINDS[kind] ?? kind)
		.join(' немесе ');

export const issues = {
	'issue.json.invalid': () => 'Бұл оқылатын іс файлы емес (жарамды JSON емес).',
	'issue.format.unknown': () => 'Бұл Clearday іс файлы емес.',
	'issue.version.unsupported': (p: P, f: Formatter) => `Бұл іс файлының нұсқасы – ${show(p.received, f)}, бұл қолданба оны оқи алмайды.`,
	'issue.value.required': () => 'Бұл өрісті толтыру міндетті.',
	'issue.value.type': (p: P, f: Formatter) => `Күтілгені: ${show(p.expected, f)}, табылғаны: ${show(p.received, f)}.`,
	'issue.value.notAllowed': (p: P, f: Formatter) => `Күтілгені – мына мәндердің бірі: ${show(p.expected, f)}; табылғаны: ${show(p.received, f)}.`,
	'issue.key.unknown': (p: P, f: Formatter) => `Белгісіз өріс: ${show(p.received, f)}.`,
	'issue.id.empty': () => 'Идентификатор бос болмауы керек.',
	'issue.id.duplicate': (p: P, f: Formatter) => `«${show(p.id, f)}» идентификаторы бірнеше рет қолданылған.`,
	'issue.text.empty': () => 'Бұл бос болмауы керек.',
	'issue.text.tooLong': (p: P, f: Formatter) => `Бұл тым ұзын (ең көбі ${show(p.expected, f)} таңба).`,
	'issue.date.invalid': () => 'Бұл күнтізбеде бар күн емес (ЖЖЖЖ-АА-КК).',
	'issue.time.invalid': () => 'Бұл тәулік уақыты емес (СС:мм, 00:00–23:59).',
	'issue.instant.invalid': () => 'Бұл UTC ығысуы көрсетілген күн мен уақыт емес (мысалы, 2024-03-05T10:15:00+05:00).',
	'issue.timeZone.unknown': () => 'Белгісіз уақыт белдеуі: Asia/Almaty сияқты IANA атауын пайдаланыңыз.',
	'issue.money.invalid': () => 'Сома ұсақ бірліктердің (тиын, цент) оң бүтін саны болуы керек.',
	'issue.hash.invalid': () => 'Бұл жазбаның хеші бола алмайды: хеш он алтылық жүйедегі 64 таңбадан (0–9, a–f) тұрады.',
	'issue.chain.mismatch': (p: P, f: Formatter) =>
		`Жазылу реті бойынша ${show(p.position, f)}-жазба (${checkIn(p, f)}) өз хешіне сәйкес келмейді: жазылғаннан кейін осы жазба немесе одан бұрын жазылған бір жазба өзгертілген.`,
	'issue.chain.missing': (p: P, f: Formatter) =>
		`Жазылу реті бойынша ${show(p.position, f)}-жазбаның (${checkIn(p, f)}) хеші жоқ, ал осы файлдағы басқа жазбаларда хеш бар.`,
	'issue.currency.invalid': () => 'Валюта – KZT сияқты үш әріптен тұратын ISO 4217 коды.',
	'issue.currency.mismatch': (p: P, f: Formatter) => `Бұл төлемнің валютасы – ${show(p.received, f)}, ал талаптың валютасы – ${show(p.expected, f)}.`,
	'issue.duration.invalid': () => 'Бұл еске салу уақыты емес (P3D немесе PT1H сияқты ISO 8601 ұзақтығы).',
	'issue.remind.tooMany': () => 'Еске салу 10-нан аспауы керек.',
	'issue.period.order': () => 'Аяқталу күні басталу күнінен бұрын тұр.',
	'issue.case.inForceBeforeVerdict': () => 'Үкім шығарылмай тұрып заңды күшіне ене алмайды.',
	'issue.geo.latitude': () => 'Ендік -90 мен 90 аралығында болуы керек.',
	'issue.geo.longitude': () => 'Бойлық -180 мен 180 аралығында болуы керек.',
	'issue.geo.radius': () => 'Радиус 0 км-ден көп болуы керек.',
	'issue.geo.accuracy': () => 'Дәлдік 0 м немесе одан көп болуы керек.',
	'issue.number.wholeDays': () => 'Күн саны 0 немесе одан көп бүтін сан болуы керек (мұнда 1 немесе одан көп).',
	'issue.rule.kindUnknown': (p: P, f: Formatter) => `Талаптың белгісіз түрі: ${show(p.received, f)}.`,
	'issue.case.idChanged': () => 'Істің идентификаторын өзгертуге болмайды.',
	'issue.case.missing': () => 'Бұл іс енді осы құрылғыда жоқ.',
	'issue.rule.missing': () => 'Бұл талап енді осы құрылғыда жоқ.',
	'issue.rule.endNotEarlier': (p: P, f: Formatter) =>
		`Талапты мерзімінен бұрын тоқтату үшін оның қазіргі соңғы күнін (${show(p.until, f)}) немесе одан ертерек күнді таңдаңыз.`,
	'issue.rule.kindInUse': () => 'Бұл талап бойынша жазылған жазбалар талаптың осы түріне сәйкес келмейді.',
	'issue.rule.currencyInUse': () => 'Бұл талап бойынша жазылған төлемдер басқа валютада.',
	'issue.rule.idInUse': () => 'Бұл талап бойынша жазбалар бар, сондықтан оның идентификаторын өзгертуге болмайды.',
	'issue.checkIn.kind': (p: P, f: Formatter) => `Жазбаның белгісіз түрі: ${show(p.received, f)}.`,
	'issue.checkIn.ruleMissing': (p: P, f: Formatter) => `«${show(p.ruleId, f)}» идентификаторы бар талап жоқ.`,
	'issue.checkIn.ruleRequired': () => 'Бұл жазбада оның қай талапқа қатысты екені көрсетілуі керек.',
	'issue.checkIn.ruleKind': (p: P) => `Бұл түрдегі жазба «${RULE_KINDS[`${p.received}`] ?? p.received}» түріндегі талапқа қатысты бола алмайды.`,
	'issue.checkIn.recordedBeforeAt': () => 'Жазба болған оқиғадан бұрын жазылуы мүмкін емес.',
	'issue.checkIn.refMissing': (p: P, f: Formatter) => `«${show(p.id, f)}» идентификаторы бар жазба жоқ.`,
	'issue.checkIn.refKind': (p: P, f: Formatter) => `«${show(p.id, f)}» жазбасы мұнда сәйкес келмейді: ол ${checkInKinds(p.expected)} болуы керек.`,
	'issue.supersede.self': () => 'Жазба өзін-өзі түзете алмайды.',
	'issue.supersede.twice': (p: P, f: Formatter) => `«${show(p.id, f)}» жазбасы басқа жазбамен түзетіліп қойған.`,
	'issue.supersede.cycle': () => 'Бұл түзетулер бір-біріне сілтеп, тұйық шеңбер құрайды.',
	'issue.supersede.order': () => 'Түзету өзі түзететін жазбадан бұрын жазылуы мүмкін емес.',
	'issue.window.order': () => 'Қабылдау уақыты басталған соң, сол күні аяқталуы керек.',
	'issue.rrule.empty': () => 'Кесте бос.',
	'issue.rrule.syntax': (p: P, f: Formatter) => `Кестенің бір бөлігі қате жазылған: ${show(p.expected, f)}.`,
	'issue.rrule.unsupported': (p: P, f: Formatter) => `Кестеде қолдау көрсетілмейтін бөлік бар: ${show(p.expected, f)}.`,
	'issue.rrule.repeated': (p: P, f: Formatter) => `Кестеде бір бөлік екі рет берілген: ${show(p.expected, f)}.`,
	'issue.rrule.value': (p: P, f: Formatter) => `Кестенің мына бөлігінің мәні қате: ${show(p.expected, f)}.`,
	'issue.rrule.noFreq': () => 'Кестеде FREQ болуы керек.',
	'issue.rrule.countAndUntil': () => 'Кестеде COUNT пен UNTIL бірге бола алмайды.',
	'issue.rrule.untilDate': () => 'UNTIL күн болуы керек (ЖЖЖЖААКК).',
	'issue.rrule.ordinalNeedsMonthOrYear': () => 'Нөмірленген апта күндері (мысалы, 2MO) тек айлық немесе жылдық кестеде болады.',
	'issue.rrule.monthDayWithWeekly': () => 'BYMONTHDAY апталық кестеде қолданылмайды.',
	'issue.rrule.setPosAlone': () => 'BYSETPOS тағы бір BY… бөлігімен бірге ғана қолданылады.',
	'issue.reporting.startAfterPeriod': () => 'Кесте талап аяқталғаннан кейін басталады.',
	'issue.schedule.empty': () => 'Төлем талабында кемінде бір төлем болуы керек.',
	'issue.schedule.tooLong': () => 'Төлемдер 1 000-нан аспауы керек.',
	'issue.payment.dueOutsidePeriod': (p: P, f: Formatter) => `Төлемдер ${show(p.from, f)} – ${show(p.until, f)} аралығында болуы керек.`,
	'issue.payment.dueRepeated': () => 'Екі төлем бір күнге келеді: оларды біріктіріңіз.',
	'issue.deadline.dueOrAfter': () => 'Не мерзімнің күнін, не үкімнен кейінгі күн санын көрсетіңіз, екеуін бірге емес.',
	'issue.deadline.anchorMissing': (p: P) =>
		p.anchor === 'verdict'
			? 'Істе мерзім есептелетін үкім шығарылған күн көрсетілмеген.'
			: 'Істе мерзім есептелетін үкімнің заңды күшіне енген күні көрсетілмеген.',
	'issue.deadline.dueOutOfRange': () => 'Бұл күндерді бастапқы күннен санағанда 9999 жылдан асып кетеді.',
	'issue.deadline.calendar': () => 'Күнтізбелік күндермен немесе жұмыс күндерімен санаңыз.',
	'issue.anchor.unknown': () => 'Үкім шығарылған күннен немесе оның заңды күшіне енген күнінен бастап санаңыз.',
	'issue.categories.empty': () => 'Тыйым салынған кемінде бір санатты таңдаңыз.',
	'issue.category.unknown': (p: P, f: Formatter) => `Белгісіз санат: ${show(p.received, f)}.`,
	'issue.category.duplicate': () => 'Бір санат екі рет көрсетілген.',
	'issue.keywords.tooMany': () => 'Кілт сөздер 200-ден аспауы керек.',
	'issue.movement.permission': () => 'Мыналардың бірін таңдаңыз: рұқсатпен, хабарлап немесе мүлдем болмайды.',
	'issue.weekday.unknown': (p: P, f: Formatter) => `Белгісіз апта күні: ${show(p.received, f)}.`,
	'issue.weekday.duplicate': () => 'Бір апта күні екі рет көрсетілген.',
	'issue.days.empty': () => 'Кемінде бір күнді таңдаңыз немесе күн сайын болса, ешқайсысын таңдамаңыз.',
	'issue.curfew.emptyWindow': () => 'Үйде болу уақыты басталған сәтте аяқтала алмайды: аяқталу уақыты басқа болуы керек.',
	'issue.changes.empty': () => 'Өзгерістің кемінде бір түрін таңдаңыз.',
	'issue.change.unknown': (p: P, f: Formatter) => `Өзгерістің белгісіз түрі: ${show(p.received, f)}.`,
	'issue.change.duplicate': () => 'Өзгерістің бір түрі екі рет көрсетілген.',
	'issue.number.months': () => 'Ай саны 1-ден 600-ге дейінгі бүтін сан болуы керек.',
	'issue.jurisdiction.unknown': (p: P, f: Formatter) => `Белгісіз юрисдикция: ${show(p.received, f)}.`,
	'issue.holiday.kind': () => 'Демалыс күнін немесе жұмыс күнін таңдаңыз.',
	'issue.holiday.duplicate': () => 'Бір күн екі рет көрсетілген: әр күнді бір-ақ рет қалдырыңыз.',
	'issue.holidays.tooMany': () => 'Күндер 1 000-нан аспауы керек.',
	'issue.clarification.via': (p: P, f: Formatter) => `Сұраудың белгісіз тәсілі: ${show(p.received, f)}.`,
	'issue.file.tooLarge': (p: P, f: Formatter) => `Элементтер тым көп (ең көбі ${show(p.expected, f)}).`
} satisfies Translation<typeof english>;
