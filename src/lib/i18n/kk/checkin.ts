/**
 * Kazakh for the Check in screen: choosing what happened, each kind's form, the location
 * reading, problems only the form can see, and the confirmation.
 */
import type { Translation } from '../catalog';
import type { checkin as english } from '../en/checkin';
import { capital, sentence } from './grammar';

export const checkin = {
	'checkin.title': 'Белгілеу',
	'checkin.choose': 'Не болды?',
	'checkin.chooseHint': 'Біреуін таңдаңыз. Кейінірек жазып жатсаңыз, келесі бетте күн мен уақытты өзгертуге болады.',
	'checkin.noCase': 'Бұл телефонда әлі іс жоқ.',
	'checkin.setUp': 'Ісіңізді енгізу',
	'checkin.chooseOther': 'Басқасын таңдау',

	// The big buttons: what happened, in the person's words.
	'checkin.pick.report': 'Пробация қызметіне бардым',
	'checkin.pick.payment': 'Төлем жасадым',
	'checkin.pick.done': 'Бір реттік тапсырманы орындадым',
	'checkin.pick.excuse': 'Инспектор мені келуден босатты',
	'checkin.pick.activity': 'Іс-әрекет: жасалған немесе жоспарланған',
	'checkin.pick.trip': 'Сапар жоспарлап отырмын',
	'checkin.pick.permission': 'Сапар туралы жауап алдым',
	'checkin.pick.change': 'Мекенжайым, жұмысым, оқу орным немесе телефоным өзгерді',
	'checkin.pick.notified': 'Инспекторға сапар немесе өзгеріс туралы хабарладым',
	'checkin.pick.location': 'Қазір қай жерде екенімді жазу',
	'checkin.pick.note': 'Ескертпе жазу',

	// Short names of the kinds, for headings and history.
	'checkin.kind.report': 'Пробация қызметіне келу',
	'checkin.kind.payment': 'Төлем',
	'checkin.kind.done': 'Орындалды',
	'checkin.kind.excuse': 'Келуден босату',
	'checkin.kind.activity': 'Іс-әрекет',
	'checkin.kind.trip': 'Сапар жоспары',
	'checkin.kind.permission': 'Сапар туралы жауап',
	'checkin.kind.change': 'Өзгеріс',
	'checkin.kind.notified': 'Инспекторға хабарланды',
	'checkin.kind.location': 'Орналасқан жер',
	'checkin.kind.note': 'Ескертпе',
	'checkin.kind.official-warning': 'Ресми ескерту',
	'checkin.kind.clarification': 'Тыйым туралы сұрақ',

	// Form headings.
	'checkin.heading.report': 'Пробация қызметіне келгеніңізді жазу',
	'checkin.heading.payment': 'Төлемді жазу',
	'checkin.heading.done': 'Бір реттік тапсырманы орындалды деп белгілеу',
	'checkin.heading.excuse': 'Келуден босатылғаныңызды жазу',
	'checkin.heading.activity': 'Іс-әрекетті жазу',
	'checkin.heading.trip': 'Сапар жоспарын жазу',
	'checkin.heading.permission': 'Сапар туралы жауапты жазу',
	'checkin.heading.change': 'Өзгерісті жазу',
	'checkin.heading.notified': 'Инспекторға хабарлағаныңызды жазу',
	'checkin.heading.location': 'Орналасқан жеріңізді жазу',
	'checkin.heading.note': 'Ескертпе жазу',
	'checkin.heading.correct': (p, _f, t) => `Түзету: ${t(`checkin.kind.${p.kind}`)}`,

	// Save buttons (unique names a test or a screen reader can find).
	'checkin.save.report': 'Келуді сақтау',
	'checkin.save.payment': 'Төлемді сақтау',
	'checkin.save.done': 'Орындалды деп сақтау',
	'checkin.save.excuse': 'Босатуды сақтау',
	'checkin.save.activity': 'Іс-әрекетті сақтау',
	'checkin.save.trip': 'Сапар жоспарын сақтау',
	'checkin.save.permission': 'Жауапты сақтау',
	'checkin.save.change': 'Өзгерісті сақтау',
	'checkin.save.notified': 'Хабарлауды сақтау',
	'checkin.save.location': 'Орналасқан жерді сақтау',
	'checkin.save.note': 'Ескертпені сақтау',
	'checkin.save.correction': 'Түзетуді сақтау',
	'checkin.saving': 'Сақталуда…',

	// Condition.
	'checkin.rule': 'Талап',
	'checkin.rule.hint': 'Бұл сіздің қай талабыңызға қатысты.',
	'checkin.rule.choose': 'Талапты таңдаңыз',
	'checkin.rule.none': 'Белгілі бір талапқа қатысты емес',
	'checkin.rule.missing.report': 'Ісіңізде әлі пробация қызметіне келу талабы жоқ, сондықтан келуді жазатын ештеңе жоқ.',
	'checkin.rule.missing.excuse': 'Ісіңізде әлі пробация қызметіне келу талабы жоқ, сондықтан босатылатын келу жоқ.',
	'checkin.rule.missing.payment': 'Ісіңізде әлі төлем талабы (айыппұл, залалды өтеу) жоқ, сондықтан төлейтін ештеңе жоқ.',
	'checkin.rule.missing.done': 'Ісіңізде әлі бір реттік тапсырма (мерзім) жоқ.',
	'checkin.rule.add': 'Талап қосу',

	// When.
	'checkin.when': 'Бұл қашан болды?',
	'checkin.when.plan': 'Бұл жоспарды қашан құрдыңыз?',
	'checkin.when.permission': 'Жауапты қашан алдыңыз?',
	'checkin.when.notified': 'Оларға қашан хабарладыңыз?',
	'checkin.when.hint': (p) => `Өзгертпесеңіз, қазіргі уақыт жазылады: кейінірек жазып жатсаңыз, өзгертіңіз. Уақыт белдеуі: ${p.zone}.`,
	'checkin.when.date': 'Күні',
	'checkin.when.time': 'Уақыты',
	'checkin.when.now': 'Қазіргі уақытты қою',

	'checkin.note': 'Ескертпе',
	'checkin.note.hint': 'Есте сақтауға тұрарлық кез келген нәрсе: кіммен кездестіңіз, түбіртек нөмірі.',
	'checkin.reason': 'Инспектор келтірген себеп',
	'checkin.reason.hint': 'Инспектордың не айтқанын және, егер болса, жаңа күнді жазыңыз. Кейін бұл сіздің дәлеліңіз болады.',
	'checkin.noteText': 'Ескертпеңіз',
	'checkin.noteText.hint': 'Ең көбі 200 таңба.',

	// Payment.
	'checkin.amount': (p) => `Сома (${p.currency})`,
	'checkin.amount.noCurrency': 'Сома',
	'checkin.amount.hint': 'Мысалы, 40 000 немесе 40 000,50.',

	// Excuse.
	'checkin.excuseFor': 'Сіз босатылған келу күні',

	// Activity.
	'checkin.description': 'Бұл не?',
	'checkin.description.hint': 'Бірнеше сөзбен, мысалы: «Жергілікті газетке сұхбат».',
	'checkin.activityWhen': 'Жасалды ма, әлде жоспарланып отыр ма?',
	'checkin.activity.done': 'Жасалып қойды',
	'checkin.activity.planned': 'Жоспарланған',
	'checkin.plannedOn': 'Жоспарланған күні',
	'checkin.categories': 'Бұлардың біріне жатуы мүмкін бе?',
	'checkin.categories.hint': 'Сәйкес келетінін белгілеңіз. Сенімді болмасаңыз, адвокатыңыздан сұраңыз.',
	'checkin.suggest': (p, f, t) =>
		`${f.list(p.words.map((w) => `«${w}»`))} деген сөздер мыналарға қатысты болуы мүмкін: ${f.list(p.categories.map((c) => t(`category.${c}`)))}. Сәйкес келсе, белгілеңіз.`,
	'checkin.suggest.tick': 'Ұсынылған санаттарды белгілеу',

	// Trip.
	'checkin.tripFrom': 'Жолға шығатын күн',
	'checkin.tripTo': 'Оралатын күн',
	'checkin.destination': 'Қайда',
	'checkin.destination.hint': 'Қала немесе жер, қаласаңыз, себебін де жазыңыз: «Астана (туыстарға бару)».',
	'checkin.outsideArea': 'Бұл сізге рұқсат етілген аумақтан тыс па?',
	'checkin.outsideArea.yes': 'Иә, аумақтан тыс',
	'checkin.outsideArea.no': 'Жоқ, аумақтың ішінде',

	// Permission.
	'checkin.trip': 'Қай сапар?',
	'checkin.trip.choose': 'Сапарды таңдаңыз',
	'checkin.tripOption': (p, f) => `${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`,
	'checkin.noTrips': 'Әзірге сапар жоспары жазылмаған. Алдымен сапарды, содан кейін жауапты жазыңыз.',
	'checkin.recordTrip': 'Сапар жоспарын жазу',
	'checkin.recordChange': 'Өзгерісті жазу',
	'checkin.granted': 'Жауап',
	'checkin.granted.yes': 'Рұқсат берілді',
	'checkin.granted.no': 'Рұқсат берілмеді',

	// Change.
	'checkin.changeWhat': 'Не өзгерді?',
	'checkin.change.residence': 'Тұратын жерім (мекенжай)',
	'checkin.change.work': 'Жұмысым',
	'checkin.change.study': 'Оқу орным',
	'checkin.change.phone': 'Телефон нөмірім',
	'checkin.changeOn': 'Өзгеріс болған күн',

	// Notified.
	'checkin.about': 'Қай сапар немесе өзгеріс туралы?',
	'checkin.about.choose': 'Сапарды немесе өзгерісті таңдаңыз',
	'checkin.changeOption': (p, f, t) => `${capital(t(`change.${p.what}`))} өзгерді: ${f.date(p.on)}`,
	'checkin.noAbout': 'Әзірге сапар жоспары немесе өзгеріс жазылмаған. Алдымен соны жазыңыз, содан кейін инспекторға хабарлағаныңызды жазыңыз.',

	// Location.
	'checkin.location.privacy': 'Қолданба орналасқан жеріңізді тек батырманы басқанда ғана оқиды және оны осы телефонда сақтайды.',
	'checkin.location.read': 'Орналасқан жерімді қазір жазу',
	'checkin.location.again': 'Орналасқан жерімді қайта оқу',
	'checkin.location.reading': 'Орналасқан жеріңіз анықталуда…',
	'checkin.location.result': (p, f) => `Орналасқан жері: ${p.lat}, ${p.lon}, дәлдігі шамамен ${f.plural(p.accuracy, { one: '# метр', other: '# метр' })}.`,
	'checkin.location.at': (p) => `Оқылған уақыты: ${p.at}.`,
	'checkin.location.denied':
		'Телефон қолданбаға орналасқан жеріңізді оқуға рұқсат бермеді. Браузердің немесе телефонның баптауларында осы қолданбаға геолокацияны пайдалануға рұқсат беріп, қайталап көріңіз.',
	'checkin.location.unavailable': 'Орналасқан жеріңізді анықтау мүмкін болмады. Геолокацияны қосып, терезеге жақындаңыз немесе сыртқа шығып, қайталап көріңіз.',
	'checkin.location.timeout': 'Орналасқан жеріңізді анықтау тым ұзаққа созылды. Қайталап көріңіз.',
	'checkin.location.unsupported': 'Бұл браузер орналасқан жеріңізді оқи алмайды.',

	// Problems only the form can see.
	'checkin.problem.amount.empty': 'Төлеген сомаңызды жазыңыз.',
	'checkin.problem.amount.invalid': 'Соманы 40 000 немесе 40 000,50 сияқты жазыңыз: цифрлар, бос орындар және бөлшек бөлігі үшін бір үтір не нүкте.',
	'checkin.problem.amount.decimals': 'Бұл валютада бөлшек бөлігінде мұнша цифр болмайды.',
	'checkin.problem.amount.zero': 'Сома 0-ден көп болуы керек.',
	'checkin.problem.amount.tooLarge': 'Бұл сома тым үлкен.',
	'checkin.problem.when': 'Нақты күн мен уақытты таңдаңыз.',
	'checkin.problem.future': 'Бұл уақыт әлі келген жоқ. Өтіп кеткен уақытты таңдаңыз.',
	'checkin.problem.reason': 'Инспектор келтірген себепті жазыңыз.',
	'checkin.problem.location': 'Алдымен «Орналасқан жерімді қазір жазу» батырмасын басыңыз.',

	// Corrections.
	'checkin.correcting': (p) =>
		`Сіз ${p.at} уақытындағы жазбаны түзетіп жатырсыз. Түзетуіңіз жаңа жазба ретінде сақталады; ескісі тарихыңызда «түзетілген» деген белгімен қалады.`,
	'checkin.correct.superseded': 'Бұл жазба бұрын түзетілген. Тек оның соңғы нұсқасын түзетуге болады.',
	'checkin.correct.latest': 'Соңғы нұсқасын түзету',
	'checkin.correct.missing': 'Бұл жазба тарихыңызда жоқ.',
	'checkin.toHistory': 'Тарихқа өту',

	// After saving.
	'checkin.saved': 'Сақталды',
	'checkin.saved.what': (p, _f, t) => (p.rule ? `${t(`checkin.kind.${p.kind}`)} – «${p.rule}».` : sentence(t(`checkin.kind.${p.kind}`))),
	'checkin.saved.backdated': (p) => `Жазылған уақыты: ${p.recordedAt}; болған уақыты: ${p.at}. Тарихыңызда кейінірек жазылған деп көрсетіледі.`,
	'checkin.saved.corrected': 'Бұрынғы жазба тарихыңызда «түзетілген» деген белгімен қалады.',
	'checkin.heading.answer': 'Жауапты жазу',
	'checkin.answering': (p) => `Жауап ${p.at} қойылған сұрақпен бірге жазылады. Сұрақтың өзі тарихыңызда қалады.`,
	'checkin.save.answer': 'Жауапты сақтау',
	'checkin.saved.answered': 'Сұрақ пен оның жауабы тарихыңызда сақталды.',
	'checkin.backToToday': '«Бүгін» бетіне оралу',
	'checkin.another': 'Тағы бір нәрсе жазу',
	'checkin.seeHistory': 'Тарихты көру',
	'checkin.saved.letter.trip': 'Жол жүруге рұқсат сұрау хатын құрастыру',
	'checkin.saved.letter.change': 'Өзгеріс туралы хабарлама хатын құрастыру'
} satisfies Translation<typeof english>;
