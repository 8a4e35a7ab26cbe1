/**
 * Kazakh for Letters: the screen, and the letters themselves (`letter.*`), in the style of a
 * written application to the probation service (пробация қызметі): «Кімге», «Кімнен», «Өтініш»,
 * «…сұраймын», the date. Dates are followed by «күні», «күнінен бастап», «аралығында» so that no
 * ending is glued to a formatted date; place names and what the person typed stay as typed.
 */
import type { Translation } from '../catalog';
import type { Formatter } from '../format';
import { sentence } from './grammar';
import type { letters as en } from '../en/letters';

type Money = { amount: number; total: number; currency: string; paidOn: string };

export const letters = {
	'more.letters': 'Хаттар',
	'more.letters.hint': 'Пробация қызметіне дайын хаттар: сапар, мекенжай не жұмыс өзгерісі, тыйым туралы сұрақ, төлем.',

	'letters.title': 'Хаттар',
	'letters.intro': 'Хатқа қажеттісін толтырыңыз; қалғаны ісіңізден алынады. Жібермес бұрын хатты оқып шығып, көшірмесін сақтаңыз.',
	'letters.noCase': 'Бұл телефонда әлі іс жоқ. Хаттар ісіңіздің деректерінен толтырылады.',
	'letters.setUp': 'Істі толтыру',
	'letters.kind': 'Қай хат',
	'letters.kind.travel': 'Жол жүруге рұқсат сұрау туралы өтініш',
	'letters.kind.change': 'Мекенжайдың, жұмыстың, оқудың не телефонның өзгергені туралы хабарлама',
	'letters.kind.clarification': 'Тыйымның аясын түсіндіру туралы өтініш',
	'letters.kind.payment': 'Бөліп төлеу кезіндегі төлемге ілеспе хат',
	'letters.language': 'Хаттың тілі',
	'letters.language.hint': 'Ол қолданбаның тілінен өзгеше болуы мүмкін.',
	'letters.unavailable': 'Осы тілдегі хаттар жүктелмеді. Интернетке бір рет қосылып, қайталап көріңіз.',
	'letters.rule': 'Талап',
	'letters.noRule.travel': 'Ісіңізде жүріп-тұруды шектейтін талап жоқ, сондықтан сапарға рұқсат сұраудың қажеті жоқ.',
	'letters.noRule.change': 'Ісіңізде өзгерістер туралы хабарлау міндеті жоқ.',
	'letters.noRule.clarification': 'Ісіңізде сұрауға болатын тыйым жоқ.',
	'letters.noRule.payment': 'Ісіңізде төлемдер жоқ.',

	'letters.field.name': 'Тегіңіз, атыңыз, әкеңіздің аты',
	'letters.field.name.hint': 'Үкімдегідей. Тек осы хатта қалады, іске сақталмайды.',
	'letters.field.contact': 'Мекенжайыңыз не телефоныңыз',
	'letters.field.to': 'Кімге',
	'letters.field.to.hint': 'Баптаулардағы инспектор деректерінен толтырылды.',
	'letters.field.date': 'Хаттың күні',
	'letters.field.from': 'Шығатын күн',
	'letters.field.until': 'Оралатын күн',
	'letters.field.destination': 'Қайда',
	'letters.field.reason': 'Сапардың мақсаты',
	'letters.field.reachAt': 'Сапар кезінде сізбен қалай байланысуға болады',
	'letters.field.change': 'Қай өзгеріс',
	'letters.field.change.new': 'Қолданбада жазылмаған өзгеріс',
	'letters.field.change.recorded': (p, f, t) => `${t(`letters.change.${p.what}`)}, ${f.date(p.on)} күнінен бастап`,
	'letters.field.what': 'Не өзгерді',
	'letters.change.residence': 'Мекенжай',
	'letters.change.work': 'Жұмыс орны',
	'letters.change.study': 'Оқу орны',
	'letters.change.phone': 'Телефон нөмірі',
	'letters.field.on': 'Қай күннен бастап',
	'letters.field.details': 'Жаңа деректер',
	'letters.field.details.hint': 'Жаңа мекенжай, жұмыс беруші, оқу орны не телефон нөмірі.',
	'letters.field.activity': 'Не істегіңіз келеді',
	'letters.field.activity.hint': 'Қарапайым сипаттаңыз: не, қайда, кіммен.',
	'letters.field.planned': 'Қашан',
	'letters.field.payment': 'Не төлейсіз',
	'letters.field.payment.fine': 'Айыппұл',
	'letters.field.payment.damages': 'Залалды өтеу',
	'letters.field.payment.other': 'Сот тағайындаған басқа сома',
	'letters.field.amount': 'Төлем сомасы',
	'letters.field.paidOn': 'Төлем күні',
	'letters.field.reference': 'Түбіртек не төлем нөмірі',

	'letters.missing': (p, f) => `Хатты жазу үшін мыналарды толтырыңыз: ${f.list(p.fields.map((field) => field.toLowerCase()))}.`,
	'letters.problem.order': 'Сапар басталмай тұрып аяқтала алмайды.',
	'letters.problem.amount': 'Соманы санмен енгізіңіз, мысалы 40 000.',
	'letters.letter': 'Хат',
	'letters.copy': 'Көшіру',
	'letters.copied': 'Хат көшірілді. Оны электрондық хатқа не хабарламаға қойыңыз.',
	'letters.copyFailed': 'Браузер көшіруге рұқсат бермеді. Хат мәтінін белгілеп, қолмен көшіріңіз.',
	'letters.share': 'Бөлісу',
	'letters.print': 'Басып шығару',
	'letters.markSent': 'Жіберілді деп белгілеу',
	'letters.markSent.hint': 'Хатты жіберген не тапсырған соң: қолданба оны тарихқа жазады.',
	'letters.sent': 'Тарихқа жазылды.',
	'letters.seeHistory': 'Тарихты ашу',

	'letters.note.travel': (p, f) => sentence(`Сапарға рұқсат сұраған хат жіберілді (${p.sentTo}): ${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`),
	'letters.note.change': (p, f, t) => `Өзгеріс туралы хат жіберілді (${p.sentTo}): ${t(`change.${p.what}`)}, ${f.date(p.on)} күнінен бастап.`,
	'letters.note.payment': (p, f) => `${f.date(p.paidOn)} күнгі ${f.money(p.amount, p.currency)} төлемге ілеспе хат жіберілді (${p.sentTo}).`,
	'letters.sentTo.default': 'пробация қызметі',

	'letter.to': (p) => `Кімге: ${p.to}`,
	'letter.to.default': 'Кімге: пробация қызметіне',
	'letter.from': (p) => `Кімнен: ${p.from}`,
	'letter.case': (p) => `Іс: ${p.title}`,
	'letter.title.travel': 'Жол жүруге рұқсат сұрау туралы өтініш',
	'letter.title.travel.notice': 'Жол жүру туралы хабарлама',
	'letter.title.change.residence': 'Тұрғылықты жердің өзгергені туралы хабарлама',
	'letter.title.change.work': 'Жұмыс орнының өзгергені туралы хабарлама',
	'letter.title.change.study': 'Оқу орнының өзгергені туралы хабарлама',
	'letter.title.change.phone': 'Телефон нөмірінің өзгергені туралы хабарлама',
	'letter.title.clarification': 'Тыйымның аясын түсіндіру туралы өтініш',
	'letter.title.payment.fine': 'Айыппұл төлеміне ілеспе хат',
	'letter.title.payment.damages': 'Залалды өтеу төлеміне ілеспе хат',
	'letter.title.payment.other': 'Сот тағайындаған төлемге ілеспе хат',

	'letter.context': (p, f) =>
		p.verdict && p.inForce
			? `Мен ${f.date(p.verdict)} күнгі сот үкімі бойынша (үкім ${f.date(p.inForce)} күні заңды күшіне енді) сіздің қызметіңізде есепте тұрмын; үкіммен белгіленген мерзім ${f.date(p.until)} күні аяқталады.`
			: p.verdict
				? `Мен ${f.date(p.verdict)} күнгі сот үкімі бойынша сіздің қызметіңізде есепте тұрмын; үкіммен белгіленген мерзім ${f.date(p.until)} күні аяқталады.`
				: p.inForce
					? `Мен ${f.date(p.inForce)} күні заңды күшіне енген сот үкімі бойынша сіздің қызметіңізде есепте тұрмын; үкіммен белгіленген мерзім ${f.date(p.until)} күні аяқталады.`
					: `Мен сот үкімі бойынша сіздің қызметіңізде есепте тұрмын; үкіммен белгіленген мерзім ${f.date(p.until)} күні аяқталады.`,

	'letter.travel.request': (p, f) =>
		`${f.date(p.from)} – ${f.date(p.to)} аралығында белгіленген аумақтан (${p.area}) тыс жерге шығуыма рұқсат беруіңізді сұраймын; баратын жерім: ${p.destination}.`,
	'letter.travel.notice': (p, f) =>
		`${f.date(p.from)} – ${f.date(p.to)} аралығында белгіленген аумақтан (${p.area}) тыс жерге шығатынымды хабарлаймын; баратын жерім: ${p.destination}.`,
	'letter.travel.reason': (p) => `Сапардың мақсаты: ${p.reason}.`,
	'letter.travel.reachAt': (p) => `Сапар кезінде менімен байланысу: ${p.reachAt}.`,
	'letter.travel.return': (p, f) => `${f.date(p.to)} күнінен кешіктірмей оралуға міндеттенемін.`,

	'letter.change.residence': (p, f) => `${f.date(p.on)} күнінен бастап тұрғылықты жерім өзгергенін хабарлаймын.`,
	'letter.change.work': (p, f) => `${f.date(p.on)} күнінен бастап жұмыс орным өзгергенін хабарлаймын.`,
	'letter.change.study': (p, f) => `${f.date(p.on)} күнінен бастап оқу орным өзгергенін хабарлаймын.`,
	'letter.change.phone': (p, f) => `${f.date(p.on)} күнінен бастап телефон нөмірім өзгергенін хабарлаймын.`,
	'letter.change.details.residence': (p) => `Жаңа мекенжайым: ${p.details}.`,
	'letter.change.details.work': (p) => `Жаңа жұмыс орным: ${p.details}.`,
	'letter.change.details.study': (p) => `Жаңа оқу орным: ${p.details}.`,
	'letter.change.details.phone': (p) => `Жаңа телефон нөмірім: ${p.details}.`,

	'letter.clarification.ban': (p, f, t) => `Сот үкімімен маған мыналарға тыйым салынған: ${f.list(p.categories.map((category) => t(`letter.category.${category}`)))}.`,
	'letter.clarification.ask': (p) => `Бұл тыйым мына іс-әрекетке қолданыла ма, соны жазбаша түсіндіріп беруіңізді сұраймын: ${p.activity}.`,
	'letter.clarification.planned': (p, f) => `Ол ${f.date(p.planned)} күні өтуі тиіс.`,
	'letter.clarification.refrain': 'Жауабыңызды алғанға дейін мұны істемеймін.',
	'letter.category.political': 'саяси қызмет',
	'letter.category.civic': 'қоғамдық қызмет',
	'letter.category.journalism': 'журналистік қызмет',
	'letter.category.social-media': 'әлеуметтік желілерді пайдалану',
	'letter.category.charitable': 'қайырымдылық қызмет',
	'letter.category.religious': 'діни қызмет',
	'letter.category.assembly': 'жария іс-шараларға қатысу',
	'letter.category.other': 'үкімде аталған өзге де қызмет',

	'letter.payment.fine': (p: Money, f: Formatter) =>
		`Үкіммен тағайындалған айыппұл (барлығы ${f.money(p.total, p.currency)}) есебіне ${f.date(p.paidOn)} күні ${f.money(p.amount, p.currency)} төлегенімді растайтын құжатты қоса беремін; айыппұлды бөліп төлеп келемін.`,
	'letter.payment.damages': (p: Money, f: Formatter) =>
		`Үкім бойынша залалды өтеу (барлығы ${f.money(p.total, p.currency)}) есебіне ${f.date(p.paidOn)} күні ${f.money(p.amount, p.currency)} төлегенімді растайтын құжатты қоса беремін; соманы бөліп төлеп келемін.`,
	'letter.payment.other': (p: Money, f: Formatter) =>
		`Үкіммен тағайындалған сома (барлығы ${f.money(p.total, p.currency)}) есебіне ${f.date(p.paidOn)} күні ${f.money(p.amount, p.currency)} төлегенімді растайтын құжатты қоса беремін; соманы бөліп төлеп келемін.`,
	'letter.payment.reference': (p) => `Түбіртек не төлем нөмірі: ${p.reference}.`,
	'letter.payment.payee': (p) => `Алушы: ${p.payee}.`,
	'letter.payment.schedule': 'Төлем кестесі:',
	'letter.payment.instalment': (p, f) => `– мерзімі ${f.date(p.due)}: ${f.money(p.amount, p.currency)}`,

	'letter.reply': 'Жауабыңызды жазбаша түрде беруіңізді сұраймын.',
	'letter.date': (p, f) => `Күні: ${f.date(p.date)}`
} satisfies Translation<typeof en>;
