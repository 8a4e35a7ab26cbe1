/** English for the app lock: the lock screen, and setting, changing and removing it (Settings). */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const lock = {
	// The lock screen: nothing about the case, only how to open it.
	'lock.title': 'Clearday is locked',
	'lock.pin': 'PIN',
	'lock.passphrase': 'Passphrase',
	'lock.show.pin': 'Show PIN',
	'lock.show.passphrase': 'Show passphrase',
	'lock.unlock': 'Unlock',
	'lock.unlocking': 'Unlocking…',
	'lock.wrong': 'That is not it. Nothing was opened.',
	'lock.wait': (p: { seconds: number }, f: Formatter) =>
		p.seconds < 120
			? f.plural(p.seconds, { one: 'Too many wrong tries. Wait # second before the next one.', other: 'Too many wrong tries. Wait # seconds before the next one.' })
			: f.plural(Math.ceil(p.seconds / 60), { one: 'Too many wrong tries. Wait # minute before the next one.', other: 'Too many wrong tries. Wait # minutes before the next one.' }),
	'lock.empty': 'Type your PIN or passphrase first.',
	'lock.forgot': 'Forgot it?',
	'lock.forgot.text':
		'Nobody can open the data on this phone without it: not you, not us. You can erase everything and start again, then restore a backup if you made one.',

	// Settings.
	'lock.heading': 'App lock',
	'lock.intro':
		'Lock Clearday with a PIN or a passphrase. Your case, conditions and check-ins are then stored encrypted on this phone, and the app locks itself when you leave it or stop using it.',
	'lock.state.off': 'The lock is off: anyone who can open this phone can read your case in Clearday.',
	'lock.state.on': 'The lock is on. Your case is stored encrypted on this phone.',
	'lock.kind': 'Lock with',
	'lock.kind.pin': 'A PIN',
	'lock.kind.pin.hint':
		'At least 6 digits, quick to type. It stops someone who picks up the phone; it will not hold long against someone who copies the phone’s storage and tries every number.',
	'lock.kind.passphrase': 'A passphrase',
	'lock.kind.passphrase.hint': 'At least 8 characters, slower to type and far harder to guess. Choose this if the phone may be taken from you.',
	'lock.new.pin': 'New PIN',
	'lock.new.passphrase': 'New passphrase',
	'lock.again.pin': 'New PIN again',
	'lock.again.passphrase': 'New passphrase again',
	'lock.showAgain.pin': 'Show the repeated PIN',
	'lock.showAgain.passphrase': 'Show the repeated passphrase',
	'lock.problem.pinShort': (p: { min: number }, f: Formatter) => f.plural(p.min, { one: 'Use at least # digit.', other: 'Use at least # digits.' }),
	'lock.problem.pinDigits': 'A PIN has digits only.',
	'lock.problem.passphraseShort': (p: { min: number }, f: Formatter) => f.plural(p.min, { one: 'Use at least # character.', other: 'Use at least # characters.' }),
	'lock.problem.mismatch': 'The two do not match. Type the same one twice.',
	'lock.warning':
		'If you forget it, nobody can open your data again: not you, not us. The only way back is a backup, so make one first and keep it somewhere safe.',
	'lock.backupLink': 'Make a backup',
	'lock.turnOn': 'Turn the lock on',
	'lock.turningOn': 'Encrypting your case…',
	'lock.turnedOn': 'From now on Clearday asks for it whenever you come back.',
	'lock.after': 'Lock after',
	'lock.after.hint': 'Without a tap for this long. It also locks at once whenever you leave the app.',
	'lock.after.minutes': (p: { minutes: number }, f: Formatter) => f.plural(p.minutes, { one: '# minute', other: '# minutes' }),
	'lock.after.saved': 'Saved.',
	'lock.now': 'Lock now',
	'lock.change': 'Change the PIN or passphrase',
	'lock.current': 'Current PIN or passphrase',
	'lock.showCurrent': 'Show the current one',
	'lock.change.save': 'Change',
	'lock.changing': 'Encrypting your case again…',
	'lock.changed': 'Changed. Use the new one from now on.',
	'lock.remove': 'Turn the lock off',
	'lock.remove.text': 'Your case will be stored on this phone unencrypted again, readable by anyone who can open the phone.',
	'lock.remove.save': 'Turn the lock off',
	'lock.removing': 'Decrypting your case…',
	'lock.removed': 'The lock is off.',
	'lock.wrongCurrent': 'The current PIN or passphrase is not right. Nothing was changed.',
	'lock.failed': 'That did not work. Nothing was changed. Please try again.',

	// A system notification while a lock is set: it shows on the phone's own lock screen, so it names nothing.
	'lock.notify.title': 'Clearday',
	'lock.notify.body': (p: { count: number }, f: Formatter) =>
		f.plural(p.count, { one: 'Something needs your attention. Open the app to see it.', other: '# things need your attention. Open the app to see them.' })
} satisfies CatalogShape;
