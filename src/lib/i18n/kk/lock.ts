/**
 * Kazakh for the app lock: the lock screen, and setting, changing and removing it (Settings).
 *
 * A PIN is "ПИН-код", a passphrase "құпия сөз" (as in backup.ts and share.ts); the encrypted
 * case is "құлыпталған күйде" and encrypting it "құлыптау", as share.ts and backup.ts say of
 * links and files; locked and unlocking are "құлыптаулы", "құлпын ашу" (as in app.ts). Where
 * English says "it" for the PIN or passphrase, Kazakh names both.
 */
import type { Translation } from '../catalog';
import type { lock as english } from '../en/lock';

export const lock = {
	'lock.title': 'Clearday құлыптаулы',
	'lock.pin': 'ПИН-код',
	'lock.passphrase': 'Құпия сөз',
	'lock.show.pin': 'ПИН-кодты көрсету',
	'lock.show.passphrase': 'Құпия сөзді көрсету',
	'lock.unlock': 'Құлпын ашу',
	'lock.unlocking': 'Құлпы ашылуда…',
	'lock.wrong': 'Бұл дұрыс емес. Ештеңе ашылған жоқ.',
	'lock.wait': (p, f) =>
		p.seconds < 120
			? f.plural(p.seconds, {
					one: 'Қате әрекет тым көп болды. Келесі әрекеттің алдында # секунд күтіңіз.',
					other: 'Қате әрекет тым көп болды. Келесі әрекеттің алдында # секунд күтіңіз.'
				})
			: f.plural(Math.ceil(p.seconds / 60), {
					one: 'Қате әрекет тым көп болды. Келесі әрекеттің алдында # минут күтіңіз.',
					other: 'Қате әрекет тым көп болды. Келесі әрекеттің алдында # минут күтіңіз.'
				}),
	'lock.empty': 'Алдымен ПИН-кодты немесе құпия сөзді енгізіңіз.',
	'lock.forgot': 'Ұмытып қалдыңыз ба?',
	'lock.forgot.text':
		'ПИН-код немесе құпия сөз болмаса, осы телефондағы деректерді ешкім аша алмайды: сіз де, біз де. Барлығын өшіріп, қайта бастауға болады, содан кейін сақтық көшірме жасаған болсаңыз, ісіңізді одан қалпына келтіре аласыз.',

	'lock.heading': 'Қолданба құлпы',
	'lock.intro':
		'Clearday қолданбасын ПИН-кодпен немесе құпия сөзбен құлыптаңыз. Сонда ісіңіз, талаптарыңыз бен жазбаларыңыз осы телефонда құлыпталған күйде сақталады, ал қолданбадан шыққанда немесе оны біраз уақыт пайдаланбағанда, ол өздігінен құлыпталады.',
	'lock.state.off': 'Құлып өшірулі: осы телефонды аша алатын кез келген адам Clearday ішіндегі ісіңізді оқи алады.',
	'lock.state.on': 'Құлып қосулы. Ісіңіз осы телефонда құлыпталған күйде сақталады.',
	'lock.kind': 'Құлыптау тәсілі',
	'lock.kind.pin': 'ПИН-код',
	'lock.kind.pin.hint':
		'Кемінде 6 цифр, тез теріледі. Телефонды жай ғана қолына алған адамды тоқтатады, бірақ телефон жадын көшіріп алып, барлық сандарды қатарынан тексеретін адамға ұзақ төтеп бермейді.',
	'lock.kind.passphrase': 'Құпия сөз',
	'lock.kind.passphrase.hint': 'Кемінде 8 таңба: теру ұзағырақ, бірақ табу әлдеқайда қиын. Телефоныңызды сізден алып қоюы мүмкін болса, осыны таңдаңыз.',
	'lock.new.pin': 'Жаңа ПИН-код',
	'lock.new.passphrase': 'Жаңа құпия сөз',
	'lock.again.pin': 'Жаңа ПИН-кодты қайталаңыз',
	'lock.again.passphrase': 'Жаңа құпия сөзді қайталаңыз',
	'lock.showAgain.pin': 'Қайталанған ПИН-кодты көрсету',
	'lock.showAgain.passphrase': 'Қайталанған құпия сөзді көрсету',
	'lock.problem.pinShort': (p, f) => f.plural(p.min, { one: 'Кемінде # цифр пайдаланыңыз.', other: 'Кемінде # цифр пайдаланыңыз.' }),
	'lock.problem.pinDigits': 'ПИН-код тек цифрлардан тұрады.',
	'lock.problem.passphraseShort': (p, f) => f.plural(p.min, { one: 'Кемінде # таңба пайдаланыңыз.', other: 'Кемінде # таңба пайдаланыңыз.' }),
	'lock.problem.mismatch': 'Екеуі бірдей емес. Екі рет бірдей етіп теріңіз.',
	'lock.warning':
		'ПИН-кодты немесе құпия сөзді ұмытсаңыз, деректеріңізді ешкім қайта аша алмайды: сіз де, біз де. Оларды қайтарудың жалғыз жолы – сақтық көшірме, сондықтан алдымен оны жасап, қауіпсіз жерде сақтаңыз.',
	'lock.backupLink': 'Сақтық көшірме жасау',
	'lock.turnOn': 'Құлыпты қосу',
	'lock.turningOn': 'Ісіңіз құлыпталуда…',
	'lock.turnedOn': 'Енді қолданбаға қайта оралған сайын Clearday ПИН-кодты немесе құпия сөзді сұрайды.',
	'lock.after': 'Қанша уақыттан кейін құлыпталады',
	'lock.after.hint': 'Экранды осынша уақыт түртпесеңіз. Ал қолданбадан шыққан сайын ол бірден құлыпталады.',
	'lock.after.minutes': (p, f) => f.plural(p.minutes, { one: '# минут', other: '# минут' }),
	'lock.after.saved': 'Сақталды.',
	'lock.now': 'Қазір құлыптау',
	'lock.change': 'ПИН-кодты немесе құпия сөзді өзгерту',
	'lock.current': 'Қазіргі ПИН-код немесе құпия сөз',
	'lock.showCurrent': 'Қазіргісін көрсету',
	'lock.change.save': 'Өзгерту',
	'lock.changing': 'Ісіңіз қайта құлыпталуда…',
	'lock.changed': 'Өзгертілді. Енді жаңасын пайдаланыңыз.',
	'lock.remove': 'Құлыпты өшіру',
	'lock.remove.text': 'Ісіңіз осы телефонда қайтадан құлыпталмаған күйде сақталады: телефонды аша алатын кез келген адам оны оқи алады.',
	'lock.remove.save': 'Құлыпты өшіру',
	'lock.removing': 'Ісіңіздің құлпы ашылуда…',
	'lock.removed': 'Құлып өшірілді.',
	'lock.wrongCurrent': 'Қазіргі ПИН-код немесе құпия сөз дұрыс емес. Ештеңе өзгертілген жоқ.',
	'lock.failed': 'Әрекет орындалмады. Ештеңе өзгертілген жоқ. Қайталап көріңіз.',

	// A system notification while the lock is on: it shows on the phone's own lock screen, so it names nothing.
	'lock.notify.title': 'Clearday',
	'lock.notify.body': (p, f) =>
		f.plural(p.count, {
			one: 'Назарыңызды қажет ететін бір нәрсе бар. Көру үшін қолданбаны ашыңыз.',
			other: 'Назарыңызды қажет ететін # нәрсе бар. Көру үшін қолданбаны ашыңыз.'
		})
} satisfies Translation<typeof english>;
