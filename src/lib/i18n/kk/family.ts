/**
 * Kazakh for the family view (/s): a status link opened by a relative, who may never have used
 * Clearday. Every sentence of that page is here, so that a translation is one file.
 */
import type { Translation } from '../catalog';
import type { family as english } from '../en/family';

export const family = {
	'family.title': 'Бөлісілген жағдай',
	'family.intro': 'Біреу Clearday арқылы өз жазасы талаптарының орындалу жағдайымен сізбен бөлісті.',
	'family.opening': 'Сілтеме ашылуда…',

	'family.none.title': 'Жағдай сілтемелері',
	'family.none':
		'Бұл бетте біреу Clearday арқылы сізбен бөліскен жағдай сілтемесі көрсетіледі. Сізге жіберілген сілтемені ашыңыз: ол # белгісімен және ұзын кодпен аяқталады.',
	'family.none.privacy': 'Жағдай сілтеменің ішінде құлыпталған және тек осы телефонда ашылады. Тіркелгі қажет емес.',

	'family.asOf': (p) => `${p.at} жағдайы бойынша (${p.age})`,
	'family.age.minutes': (p, f) => (p.count < 1 ? 'жаңа ғана' : f.plural(p.count, { one: '# минут бұрын', other: '# минут бұрын' })),
	'family.age.hours': (p, f) => f.plural(p.count, { one: '# сағат бұрын', other: '# сағат бұрын' }),
	'family.age.days': (p, f) => f.relativeDays(-p.days),
	'family.stale': (p, f) =>
		f.plural(p.days, {
			one: 'Бұл мәлімет # күн бұрынғы: содан бері жағдай өзгеруі мүмкін. Жаңа сілтеме сұраңыз.',
			other: 'Бұл мәлімет # күн бұрынғы: содан бері жағдай өзгеруі мүмкін. Жаңа сілтеме сұраңыз.'
		}),
	'family.expires': (p) => `Сілтеменің жарамдылық мерзімі: ${p.at}.`,

	'family.deadlines': 'Алдағы мерзімдер',
	'family.deadlines.none': 'Осы мәліметтен кейінгі 30 күнде мерзімі келетін ештеңе жоқ.',
	'family.deadline.when': (p) => `${p.relative}, ${p.at}`,
	'family.balances': 'Төлемдер',
	'family.balances.none': 'Төлейтін ештеңе жоқ.',
	'family.balance.paid': (p) => `Төленгені: ${p.paid}, барлығы: ${p.total}`,
	'family.balance.overdue': (p) => `Мерзімі өткені: ${p.amount}`,
	'family.balance.notOverdue': 'Мерзімі өткен төлем жоқ',
	'family.lastCheckIn': 'Соңғы жазба',
	'family.lastCheckIn.at': (p) => `${p.at} (${p.relative})`,
	'family.lastCheckIn.none': 'Әзірге ештеңе жазылмаған.',
	'family.fingerprint': 'Жазбалардың бақылау коды',
	'family.fingerprint.none': 'Әзірге ештеңе жазылмаған, сондықтан жазбалардың бақылау коды жоқ.',
	'family.fingerprint.what':
		'Бұрын бақылау кодын жазып алған болсаңыз, салыстырыңыз: код бірдей болса, содан бері ештеңе жазылмаған да, өзгертілмеген де; басқа болса, содан бері жаңа жазбалар қосылған немесе жазбалар өзгертілген. Бұл кодты жазып алуға болады: кейін адвокат осы адамның жазбалары бойынша одан бұрын жазылғанның ешқайсысы өзгертілмегенін тексере алады.',
	'family.readOnly': 'Бұл бет тек жағдайды көрсетеді. Мұнда ештеңені өзгертуге болмайды.',

	'family.passphrase.title': 'Бұл сілтеме құпия сөзбен құлыпталған',
	'family.passphrase.intro': 'Сілтемені жіберген адам құпия сөзді сізге басқа жолмен, мысалы, телефонмен айтуы керек.',
	'family.passphrase': 'Құпия сөз',
	'family.passphrase.show': 'Құпия сөзді көрсету',
	'family.passphrase.open': 'Жағдайды ашу',
	'family.passphrase.empty': 'Құпия сөзді теріңіз.',
	'family.passphrase.checking': 'Құпия сөз тексерілуде…',

	'family.failed.title': 'Бұл сілтеме ашылмады',
	'family.failure.expired': 'Бұл сілтеменің мерзімі өтіп кеткен. Оны жіберген адамнан жаңасын сұраңыз.',
	'family.failure.damaged': 'Бұл сілтеме бүлінген, оны оқу мүмкін емес. Сілтемені қайта сұраңыз немесе оны толығымен қайта көшіріңіз.',
	'family.failure.truncated': 'Сілтеме қиылып қалған сияқты: толық сілтемені сұраңыз. Кейбір қолданбалар ұзын сілтемелерді қысқартады; оны толығымен қайта көшіріңіз.',
	'family.failure.tampered':
		'Сілтеме өзгертілген: ол жіберілген сілтемеге сәйкес келмейді. Онда жазылғанға сенбеңіз; сілтемені қайта сұраңыз.',
	'family.failure.wrong-passphrase': 'Құпия сөз қате. Оны тексеріп, қайталап көріңіз.',
	'family.failure.unknown-version': 'Бұл сілтемені Clearday қолданбасының жаңарақ нұсқасы жасаған: бетті қайта жүктеп, сілтемені қайта ашыңыз.',
	'family.failure.needs-passphrase': 'Бұл сілтемені ашу үшін оның құпия сөзі қажет.',
	'family.failure.unexpected': 'Бұл сілтемені осы браузерде ашу мүмкін болмады. Басқа браузерді пайдаланып көріңіз немесе сілтемені қайта сұраңыз.',

	'family.keep': 'Осы құрылғыда сақтау',
	'family.keep.hint': 'Бұл сілтемені осы телефонда сақтайды, сонда оны хабарламасыз-ақ осы жерден қайта аша аласыз. Құпия сөз сақталмайды.',
	'family.kept': 'Осы құрылғыда сақталды. Оны көру үшін осы бетті қайта ашыңыз.',
	'family.forget': 'Осы құрылғыдан жою',
	'family.forgotten': 'Осы құрылғыдан жойылды.',

	'family.keptList': 'Осы құрылғыда сақталғандар',
	'family.keptList.none': 'Осы құрылғыда сақталған сілтеме жоқ.',
	'family.keptList.item': (p) => `${p.at} кезіндегі жағдай`,
	'family.keptList.until': (p) => `Жарамдылық мерзімі: ${p.at}`,
	'family.keptList.expired': (p) => `Мерзімі өтті: ${p.at}`,
	'family.keptList.openShort': 'Ашу',
	'family.keptList.open': (p) => `${p.at} кезіндегі жағдайды ашу`,
	'family.keptList.removeShort': 'Жою',
	'family.keptList.remove': (p) => `${p.at} кезіндегі жағдайды жою`,
	'family.keptList.back': 'Сақталған сілтемелерді көрсету',

	'family.backToApp': 'Clearday қолданбасындағы өз ісіңізге оралу',
	'family.storageFailed': 'Бұл телефон сілтемені сақтай алмады. Ештеңе өзгертілген жоқ.'
} satisfies Translation<typeof english>;
