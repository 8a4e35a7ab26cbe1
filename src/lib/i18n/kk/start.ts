/**
 * Kazakh for the start screens: the welcome, the templates and their form, and the titles the
 * templates give the conditions they set up.
 */
import type { Translation } from '../catalog';
import type { start as english } from '../en/start';
import { sentence } from './grammar';

export const start = {
	'start.title': 'Clearday қолданбасына қош келдіңіз',
	'start.title.replace': 'Жаңа іс бастау',
	'start.intro':
		'Clearday жазаңыздың талаптарын қадағалауға көмектеседі: пробация қызметіне келу күндері, төлемдер, мерзімдер және тыйымдар. Ол мерзім жақындағанда және жоспарыңыз қандай да бір талапты бұзуы мүмкін болғанда алдын ала ескертеді.',
	'start.private': 'Бәрі осы телефонда қалады. Ештеңе ешқайда жіберілмейді, тіркелгі де жоқ.',
	'start.choose': 'Неден бастағыңыз келеді?',
	'start.template.probation-kz': 'Шартты түрде соттау / пробациялық бақылау (Қазақстан)',
	'start.template.probation-kz.hint':
		'Есепке тұру, ай сайын пробация қызметіне келу, елді мекеннен шықпау, өзгерістер туралы хабарлау; үкімде болса – тыйым және айыппұл.',
	'start.template.restriction-kz': 'Бас бостандығын шектеу',
	'start.template.restriction-kz.hint': 'Пробация қызметіне келу, аумақтан шықпау, түнде үйде болу, өзгерістер туралы хабарлау.',
	'start.template.blank': 'Бос',
	'start.template.blank.hint': 'Тек іс. Талаптарды өзіңіз қосасыз.',
	'start.demo': 'Демо істі байқап көру',
	'start.demo.hint': 'Қолданбамен танысуға арналған ойдан құрастырылған іс. Оны «Бүгін» бетінде жоюға болады.',
	'start.demo.loading': 'Демо іс жүктелуде…',

	'start.replace.warning': (p) =>
		`Бұл телефонда сізде іс бар: «${p.title}». Жаңа іс құрсаңыз, ол ескісінің орнына жазылады: оның талаптары және сіз жазғанның бәрі осы телефоннан өшіріледі.`,
	'start.replace.demoNote': 'Бұл телефонда демо іс тұр. Өз ісіңізді бастасаңыз, ол өшіріледі.',
	'start.replace.keep': 'Қазіргі ісімді қалдыру',
	'start.replace.confirm': 'Иә, қазіргі ісімнің орнына жаңасын жазу және ол бойынша жазғандарымды өшіру',
	'start.replace.confirmRequired': 'Қазіргі ісіңізді ауыстыру үшін осы белгіні қойыңыз немесе қазіргі ісіңізді қалдырыңыз.',
	'start.replace.demoConfirm': 'Ісімнің орнына демо істі қою',
	'start.replace.demoQuestion': 'Демо іс қазіргі ісіңіздің орнына жазылады, ал ол бойынша жазғандарыңыздың бәрі осы телефоннан өшіріледі.',

	'start.form.change': 'Басқаша бастау',
	'start.form.case': 'Іс',
	'start.form.sentence': 'Жаза',
	'start.form.supervisor': 'Пробация инспекторыңыз',
	'start.form.supervisorHint': 'Бәрі міндетті емес. Телефон нөмірі болса, «Баптаулар» бетінен қоңырау шалуға болады.',
	'start.form.conditions': 'Сіздің талаптарыңыз',
	'start.form.conditionsHint':
		'Бұл жазаға әдетте осындай талаптар қойылады. Үкіміңізде жоқтарының белгісін алып тастаңыз. Кез келген талапты кейін «Талаптар» бетінде өзгертуге болады.',
	'start.form.restrictionHint':
		'Үкіміңізде көрсетілген немесе пробация қызметі айтқан талаптарды ғана белгілеңіз. Кейін «Талаптар» бетінде оларды өзгертуге немесе жаңасын қосуға болады.',
	'start.field.title': 'Істің атауы',
	'start.field.titleHint': 'Оны тек сіз көресіз.',
	'start.defaultTitle.probation-kz': 'Шартты түрде соттау',
	'start.defaultTitle.restriction-kz': 'Бас бостандығын шектеу',
	'start.defaultTitle.blank': 'Менің ісім',
	'start.field.timeZone': 'Істің уақыт белдеуі',
	'start.field.timeZoneHint': 'Телефон қай жерде болса да, мерзімдер осы белдеудің уақытымен есептеледі.',
	'start.field.verdict': 'Үкім шығарылған күн',
	'start.field.inForce': 'Үкімнің заңды күшіне енген күні',
	'start.field.inForceHint': 'Пробация қызметінде есепке тұру мерзімі осы күннен бастап есептеледі.',
	'start.field.sentenceFrom': 'Жаза мерзімінің бірінші күні',
	'start.field.sentenceFromHint': 'Әдетте – үкімнің заңды күшіне енген күні.',
	'start.field.duration': 'Жаза мерзімі қанша?',
	'start.field.years': 'Жыл',
	'start.field.months': 'Ай',
	'start.sentence.until': (p, f) => sentence(`Жаза мерзімінің соңғы күні: ${f.date(p.date)}`),
	'start.field.supervisorName': 'Инспектордың аты-жөні',
	'start.field.supervisorPhone': 'Инспектордың телефон нөмірі',
	'start.field.supervisorAddress': 'Мекеменің мекенжайы',
	'start.field.supervisorHours': 'Қабылдау уақыты',

	'start.condition.registration': 'Үкім заңды күшіне енгеннен кейін 10 күн ішінде пробация қызметінде есепке тұру',
	'start.condition.registrationHint': 'Есепке тұрып қойған болсаңыз, белгіні алып тастаңыз.',
	'start.condition.reporting': 'Айына бір рет пробация қызметіне келу',
	'start.field.reportingDay': 'Айдың қай күні келесіз',
	'start.field.reportingDayHint': 'Инспекторыңыз басқа кесте белгілесе (мысалы, екінші дүйсенбі), оны кейін «Талаптар» бетінде өзгертіңіз.',
	'start.reportingDay.choose': 'Күнді таңдаңыз',
	'start.reportingDay.day': (p) => `${p.day}-күні`,
	'start.reportingDay.last': 'Айдың соңғы күні',
	'start.condition.movement': 'Рұқсатсыз қаладан немесе ауданнан шықпау',
	'start.condition.movement.restriction': 'Аумақтан шықпау',
	'start.field.area': 'Қала немесе аудан',
	'start.field.areaHint': 'Үкімде қалай аталса, солай, мысалы: «Алматы қаласы».',
	'start.condition.curfew': 'Түнде үйде болу',
	'start.field.curfewStart': 'Басталуы',
	'start.field.curfewEnd': 'Аяқталуы',
	'start.condition.notifyChange': 'Жаңа мекенжай немесе жұмыс туралы пробация қызметіне хабарлау',
	'start.field.withinDays': 'Өзгерістен кейін неше күн ішінде',
	'start.field.withinDaysHint': 'Инспекторыңыздан сұраңыз. Күн санын азырақ көрсеткен қауіпсізірек.',
	'start.condition.ban': 'Сот тыйым салған қызмет түрлері',
	'start.condition.banHint': 'Үкіміңізде тыйым салынғандарды ғана белгілеңіз. Ешнәрсеге тыйым салынбаса, ештеңе белгілемеңіз.',
	'start.condition.fine': 'Сот айыппұл да тағайындады',
	'start.field.fineAmount': 'Сомасы',
	'start.field.fineAmountHint': 'Мысалы, 400 000 немесе 40000,50.',
	'start.field.fineCurrency': 'Валюта',
	'start.field.fineDue': 'Төлеу мерзімі',
	'start.field.fineDueHint': 'Бөліп төлейсіз бе? Төлемдерді кейін «Талаптар» бетінде енгізіңіз.',

	'start.save': 'Істі құру',
	'start.saving': 'Іс құрылуда…',

	'issue.template.duration': 'Жаза мерзімін толық жылдар мен айлармен енгізіңіз: кемінде 1 ай, ең көбі 100 жыл.',
	'issue.template.reportingDay': 'Пробация қызметіне айдың қай күні келетініңізді таңдаңыз.',
	'issue.template.reportingAfterSentence':
		'Жаза мерзімі келесі келу күніне дейін аяқталады. Жаза мерзімінің күндерін тексеріңіз немесе пробация қызметіне келу белгісін алып тастаңыз.',
	'issue.template.amount': 'Соманы санмен енгізіңіз, мысалы, 400 000 немесе 40000,50.',
	'issue.template.days': 'Күн санын 1 немесе одан көп бүтін санмен енгізіңіз.',

	'template.registration.title': 'Пробация қызметінде есепке тұру',
	'template.registration.what': 'Пробация қызметінде есепке тұру',
	'template.probation.reporting.title': 'Ай сайын пробация қызметіне келу',
	'template.restriction.reporting.title': 'Ай сайын пробация қызметіне келу',
	'template.probation.movement.title': (p) => `Рұқсатсыз аумақтан шықпау: ${p.area}`,
	'template.restriction.movement.title': (p) => `Аумақтан шықпау: ${p.area}`,
	'template.curfew.title': (p) => `${p.start}–${p.end} аралығында үйде болу`,
	'template.notifyChange.title': 'Жаңа мекенжай немесе жұмыс туралы пробация қызметіне хабарлау',
	'template.ban.title': (p, f, t) => `Тыйым: ${f.list(p.categories.map((c) => t(`category.${c}`)))}`,
	'template.fine.titleNoAmount': 'Айыппұл',
	'template.fine.title': (p, f) => `Айыппұл: ${f.money(p.amount, p.currency)}`,

	'zone.group.kz': 'Қазақстан',
	'zone.group.ru': 'Ресей',
	'zone.group.all': 'Барлық уақыт белдеулері',
	'zone.label': (p) => `${p.zone} (${p.offset})`,

	'language.legend': 'Тіл',
	'language.unavailable': 'Бұл тілді жүктеу мүмкін болмады. Интернетке бір рет қосылып, қайталап көріңіз.'
} satisfies Translation<typeof english>;
