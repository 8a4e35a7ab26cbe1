/**
 * Kazakh for the compliance report (/report): a printable record of the case for a lawyer or the
 * probation service, and its entries on More and History.
 *
 * The report is evidence: each sentence says what the English says, in the neutral register of
 * official documents. A reporting day is "келу күні", a missed one "келмеді"; an entry written
 * down later is "кейінірек жазылған жазба"; the hash chain's head is the record's "бақылау коды".
 * Dates, times and sums stand after a colon or a dash and take no suffix.
 */
import type { Translation } from '../catalog';
import type { report as english } from '../en/report';
import { sentence } from './grammar';

export const report = {
	'more.report': 'Талаптардың орындалуы туралы есеп',
	'more.report.hint': 'Жазылғанның бәрі – адвокатыңызға немесе пробация қызметіне арналған. Оны басып шығарыңыз немесе PDF ретінде сақтаңыз.',
	'history.reportLink': 'Талаптардың орындалуы туралы есеп: басып шығару немесе PDF ретінде сақтау',

	'report.title': 'Талаптардың орындалуы туралы есеп',
	'report.documentTitle': (p) => `Талаптардың орындалуы туралы есеп — ${p.title} — ${p.date}`,
	'report.generated': (p) => `Жасалған уақыты: ${p.date}, ${p.time}. Күндер мен уақыт істің уақыт белдеуі бойынша көрсетілген: ${p.zone}.`,
	'report.intro':
		'Осы сәттегі жағдай бойынша осы телефонда іс туралы сақталған мәліметтер: талаптар, әр келу күні, төлемдер, іс-әрекеттер, сапарлар, өзгерістер, түзетулер және кейінірек жазылған жазбалар. Бұл – қолданбаның жазбаларды түсіндіруі, құқықтық қорытынды емес.',
	'report.print': 'Басып шығару немесе PDF ретінде сақтау',
	'report.print.hint': 'Файл ретінде сақтау үшін принтер ретінде PDF-ке сақтауды таңдаңыз.',
	'report.noCase': 'Бұл телефонда әлі іс жоқ, сондықтан есепте көрсететін ештеңе жоқ.',
	'report.setUp': 'Іс енгізу',
	'report.context': (p) => `${p.section} — ${p.title}`,

	'report.fingerprint': 'Жазбалардың бақылау коды',
	'report.fingerprint.short': 'Бақылау коды',
	'report.fingerprint.full': 'Толық түрі (SHA-256)',
	'report.fingerprint.computing': 'Бақылау коды есептелуде…',
	'report.fingerprint.failed': 'Бұл браузер бақылау кодын есептей алмады. Есептің қалған бөлігі толық.',
	'report.fingerprint.empty': 'Әзірге ештеңе жазылмаған, сондықтан жазбалардың бақылау коды жоқ.',
	'report.fingerprint.what': (p, f) =>
		f.plural(p.count, {
			one: 'Сақталған # жазбадан есептелген бақылау коды. Оны жазып алыңыз немесе осы есепті сақтаңыз: егер кейін бұл жазба өзгертілсе немесе жойылса, жазбалардың бақылау коды бұдан басқа болады. Код сіз оны жазып алғаннан кейін жазбалардың өзгертілмегенін көрсетеді; жазылғанның шын екенін көрсете алмайды.',
			other:
				'Сақталған барлық # жазбадан олардың жазылу реті бойынша есептелген бақылау коды. Оны жазып алыңыз немесе осы есепті сақтаңыз: егер кейін олардың кез келгені өзгертілсе, жойылса немесе басқа ретке қойылса, жазбалардың бақылау коды бұдан басқа болады. Код сіз оны жазып алғаннан кейін жазбалардың өзгертілмегенін көрсетеді; жазылғанның шын екенін көрсете алмайды.'
		}),

	'report.case': 'Іс туралы мәліметтер',
	'report.case.title': 'Іс',
	'report.case.verdict': 'Үкім шығарылған күн',
	'report.case.inForce': 'Үкімнің заңды күшіне енген күні',
	'report.case.sentence': 'Жаза мерзімі',
	'report.case.zone': 'Уақыт белдеуі',
	'report.case.supervisor': 'Пробация инспекторы',
	'report.case.level': 'Осы сәттегі жағдай',
	'report.period': (p, f) => `${f.date(p.from)} – ${f.date(p.until)}`,

	'report.conditions': 'Талаптар',
	'report.conditions.none': 'Бірде-бір талап жазылмаған.',
	'report.condition.period': (p, f) => sentence(`Қолданылу мерзімі: ${f.date(p.from)} – ${f.date(p.until)}`),
	'report.condition.state': 'Қазіргі күйі',
	'report.condition.alerts': 'Ескертулер',

	'report.reporting': (p) => `Келу күндері: ${p.title}`,
	'report.reporting.none': 'Әзірге бірде-бір келу күні болған жоқ.',
	'report.reporting.counts': (p, f) =>
		`Осы уақытқа дейін ${f.plural(p.total, { one: '# келу күні', other: '# келу күні' })} болды, оның ішінде: уақтылы келгені – ${f.number(p.met)}, келуден босатылғаны – ${f.number(p.excused)}, келмегені – ${f.number(p.missed)}${p.open ? `, бүгінге белгіленгені – ${f.number(p.open)}` : ''}.`,
	'report.col.day': 'Келу күні',
	'report.col.outcome': 'Нәтижесі',
	'report.col.record': 'Жазылғаны',
	'report.day.by': (p) => `(уақыт шегі – ${p.time})`,
	'report.outcome.met': 'Келді',
	'report.outcome.excused': 'Келуден босатылды',
	'report.outcome.missed': 'Келмеді',
	'report.outcome.open': 'Мерзімі бүгін',
	'report.entry.report': (p) => `Келген уақыты: ${p.at}`,
	'report.entry.reportLate': (p) => `Келген уақыты: ${p.at}, яғни мерзімі өткеннен кейін`,
	'report.entry.excuse': (p) => `Келуден босату туралы жазба: ${p.at}`,
	'report.entry.written': (p) => `Жазылған уақыты: ${p.at}`,
	'report.entry.nothing': 'Ештеңе жазылмаған',
	'report.unmatched': 'Жоғарыдағы келу күндерінің ешқайсысына сәйкес келмейтін келулер мен босатулар',
	'report.unmatched.hint':
		'Олар жазылған, бірақ жоғарыда көрсетілген келу күндерінің ешқайсысына сәйкес келмейді: мысалы, басқа күнгі келу (инспектор ауыстырған күн), әлі келмеген күнге берілген босату немесе күні осы есептен кейінгі жазба.',

	'report.payments': (p) => `Төлемдер: ${p.title}`,
	'report.payments.summary': (p, f) =>
		p.overdue > 0
			? `Төленгені: ${f.money(p.paid, p.currency)}, барлығы: ${f.money(p.total, p.currency)}; мерзімі өткені: ${f.money(p.overdue, p.currency)}.`
			: `Төленгені: ${f.money(p.paid, p.currency)}, барлығы: ${f.money(p.total, p.currency)}; мерзімі өткен төлем жоқ.`,
	'report.payments.payee': (p) => `Алушы: ${p.payee}`,
	'report.payments.surplus': (p, f) => `Жалпы сомадан артық төленгені: ${f.money(p.amount, p.currency)}.`,
	'report.payments.notYet': 'Күні осы есептен кейінгі, әлі есепке алынбаған төлемдер',
	'report.payments.rule': 'Төлемдер, қашан төленгеніне қарамастан, бөліктерге олардың төлеу мерзімдерінің ретімен есептеледі.',
	'report.col.due': 'Төлеу мерзімі',
	'report.col.amount': 'Сома',
	'report.col.paidBy': 'Қай төлеммен өтелді',
	'report.col.balance': 'Төленбеген қалдық',
	'report.paidBy': (p, f) => `${f.money(p.amount, p.currency)}, төленген уақыты: ${p.at}`,
	'report.paidBy.part': (p, f) => `${f.money(p.amount, p.currency)} – төлемнің бір бөлігі (төлем сомасы: ${f.money(p.of, p.currency)}, төленген уақыты: ${p.at})`,
	'report.paidBy.none': 'Әзірге жоқ',
	'report.instalment.paid': 'Төленді',
	'report.instalment.paidLate': 'Мерзімі өткеннен кейін төленді',
	'report.instalment.overdue': 'Мерзімі өтті',
	'report.instalment.pending': 'Мерзімі әлі келген жоқ',

	'report.activities': 'Іс-әрекеттер',
	'report.activities.none': 'Бірде-бір іс-әрекет жазылмаған.',
	'report.col.date': 'Күні',
	'report.col.activity': 'Іс-әрекет',
	'report.col.assessment': 'Тыйымдарға қатысы',
	'report.activity.planned': 'Жоспарланған',
	'report.activity.done': 'Жасалды',
	'report.activity.clear': 'Осы сәтте ескерту жоқ',

	'report.trips': 'Сапарлар',
	'report.trips.none': 'Бірде-бір сапар жазылмаған.',
	'report.col.trip': 'Сапар',
	'report.col.permission': 'Рұқсат немесе хабарлау',
	'report.col.status': 'Жағдайы',
	'report.permission.granted': (p) => `Рұқсат берілді; жауап алынған уақыты: ${p.at}`,
	'report.permission.refused': (p) => `Рұқсат берілмеді; жауап алынған уақыты: ${p.at}`,
	'report.notice': (p) => `Инспекторға хабарланған уақыты: ${p.at}`,
	'report.permission.none': 'Жазылмаған',
	'report.trip.inOrder': 'Осы сәтте ескерту жоқ',
	'report.trip.inside': 'Аумақтың ішінде: ештеңе қажет емес',

	'report.changes': 'Инспекторға хабарлануы тиіс өзгерістер',
	'report.changes.none': 'Бірде-бір өзгеріс жазылмаған.',
	'report.col.change': 'Өзгеріс',
	'report.col.notified': 'Инспекторға хабарлау',
	'report.change.deadline': (p) => `Хабарлау мерзімі: ${p.at}`,
	'report.change.in-time': 'Уақтылы хабарланды',
	'report.change.late': 'Кешігіп хабарланды',
	'report.change.missed': 'Уақтылы хабарланбады',
	'report.change.pending': 'Хабарлау мерзімі әлі өткен жоқ',
	'report.change.not-required': 'Мұны талаптардың ешқайсысы талап етпейді',

	'report.corrections': 'Түзетулер',
	'report.corrections.intro': 'Ештеңе өзгертілмейді де, өшірілмейді де: түзету – бұрынғы жазбаның орнына жазылатын жаңа жазба, екеуі де осында сақталады.',
	'report.corrections.none': 'Бірде-бір жазба түзетілмеген.',
	'report.correction.original': 'Бұрынғы жазба (енді есепке алынбайды)',
	'report.correction.replacement': 'Оның орнына жазылған жазба',
	'report.correction.withdrawal': 'Қате деп белгіленді',

	'report.backdated': 'Кейінірек жазылған жазбалар',
	'report.backdated.intro':
		'Болған оқиғадан бір сағаттан астам уақыт өткен соң немесе басқа күні жазылған жазбалар. Әрқайсысы болған уақыты бойынша есепке алынады; ештеңе жасырылмауы үшін екі уақыт та көрсетілген.',
	'report.backdated.none': 'Барлық жазба бір сағат ішінде, сол күні жазылған.',
	'report.col.entry': 'Жазба',
	'report.col.happened': 'Болған уақыты',
	'report.col.recorded': 'Жазылған уақыты',

	'report.end': (p, f) => f.plural(p.count, { one: 'Есептің соңы. Барлығы # жазба.', other: 'Есептің соңы. Барлығы # жазба.' })
} satisfies Translation<typeof english>;
