/**
 * English for backups and the record's seals: the Backup screen (and its entries on More,
 * Settings and the start screen), the reminder and the seal notice on Today and History, and the
 * notice that another tab updated the app.
 */
import type { Translate } from '$lib/domain';
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

/** A check-in named in a message: its place in recording order, its kind and when it happened. */
interface Named {
	position: number;
	count?: number;
	kind: string;
	at: string;
}

/** "a payment of 24 Jun 2026, 15:20" */
function named(p: Named, f: Formatter, t: Translate): string {
	return `${t(`checkin.kind.${p.kind}`)}, ${f.dateTime(new Date(p.at))}`;
}

export const backup = {
	'more.backup': 'Back up or restore',
	'more.backup.hint': 'Keep a copy of your record off this phone, or bring one back.',

	'backup.title': 'Backup',
	'backup.intro':
		'Your record is only on this phone. A backup is one file with your whole case: your conditions and every check-in. Keep it somewhere else (your email, a cloud drive, your lawyer), so that nothing is lost if the phone is lost or the browser clears its data.',
	'backup.last': (p: { at: string }, f: Formatter) => `Last backup of this case: ${f.dateTime(new Date(p.at))}.`,
	'backup.last.never': 'There is no backup of this case from this phone yet.',

	'backup.make': 'Make a backup',
	'backup.kind': 'What kind of file',
	'backup.kind.plain': 'A readable file',
	'backup.kind.plain.hint': 'Anyone who has the file can read everything in it. A lawyer can open it in any text editor.',
	'backup.kind.encrypted': 'Locked with a passphrase',
	'backup.kind.encrypted.hint':
		'Only someone who knows the passphrase can open it, with Clearday. If the passphrase is forgotten, nobody can open the backup: there is no way to recover it.',
	'backup.passphrase': 'Passphrase',
	'backup.passphrase.hint': 'At least 8 characters. Several words you will remember are best. Write it down somewhere safe, not with the file.',
	'backup.passphrase.again': 'The same passphrase again',
	'backup.passphrase.show': 'Show passphrase',
	'backup.passphrase.showAgain': 'Show the repeated passphrase',
	'backup.passphrase.tooShort': (p: { min: number }, f: Formatter) => f.plural(p.min, { one: 'Use at least # character.', other: 'Use at least # characters.' }),
	'backup.passphrase.mismatch': 'The two passphrases are not the same.',
	'backup.download': 'Download the backup',
	'backup.share': 'Share the backup…',
	'backup.making': 'Making the backup…',
	'backup.downloaded': (p: { name: string }) =>
		`The backup is saved as ${p.name} in your downloads. Now move it off this phone: email it to yourself, or put it in a cloud drive.`,
	'backup.shared': 'The backup was handed to the app you chose.',
	'backup.failed': 'The backup could not be made. Nothing was changed. Please try again.',
	'backup.noCase': 'There is no case on this phone to back up yet.',

	'backup.reminders': 'Reminders',
	'backup.every': 'Remind me to back up',
	'backup.every.hint': 'Today reminds you when the last backup is older than this.',
	'backup.every.days': (p: { days: number }, f: Formatter) => f.plural(p.days, { one: 'Every day', other: 'Every # days' }),
	'backup.every.saved': 'Saved.',

	'backup.restore': 'Restore from a backup',
	'backup.restore.intro': 'Choose a backup file made with Clearday. It is checked in full before anything changes on this phone.',
	'backup.restore.replaces': (p: { title: string }) => `Restoring replaces the case on this phone (“${p.title}”). You will be asked first.`,
	'backup.file': 'Backup file',
	'backup.file.hint': 'A .json file made by Clearday.',
	'backup.reading': 'Reading the file…',
	'backup.unlock.title': 'This backup is locked',
	'backup.unlock.hint': 'Type the passphrase it was made with.',
	'backup.unlock': 'Open the backup',
	'backup.unlocking': 'Opening the backup…',
	'backup.failure.too-large': (p: { megabytes: number }) => `This file is too large to be a Clearday backup (more than ${p.megabytes} MB). Nothing was changed.`,
	'backup.failure.empty': 'This file is empty. Nothing was changed.',
	'backup.failure.unreadable': 'This file is not text, so it is not a Clearday backup. Nothing was changed.',
	'backup.failure.unknown-version': 'This backup was made by a newer version of Clearday. Reload the app while online to update it, then try again. Nothing was changed.',
	'backup.failure.damaged': 'This backup file is damaged or incomplete, so it cannot be opened. Nothing was changed.',
	'backup.failure.wrong-passphrase': 'This passphrase does not open the backup. Check it (capital letters, spaces) and try again. Nothing was changed.',
	'backup.invalid': (p: { count: number }, f: Formatter) =>
		f.plural(p.count, { one: 'This file cannot be restored: it has a problem. Nothing was changed.', other: 'This file cannot be restored: it has # problems. Nothing was changed.' }),
	'backup.invalid.more': (p: { count: number }, f: Formatter) => f.plural(p.count, { one: '…and # more problem.', other: '…and # more problems.' }),
	'backup.where.file': (p: { message: string }) => `The file: ${p.message}`,
	'backup.where.case': (p: { message: string }) => `Case details: ${p.message}`,
	'backup.where.rule': (p: { number: number; message: string }) => `Condition ${p.number}: ${p.message}`,
	'backup.where.checkIn': (p: { number: number; message: string }) => `Check-in ${p.number}: ${p.message}`,
	'backup.chain.mismatch': (p: Named, f: Formatter, t: Translate) =>
		`Check-in ${p.position} in recording order (${named(p, f, t)}) does not match its seal: it, or a check-in recorded before it, was changed after the backup was made. Clearday restores a backup only as it was made.`,
	'backup.chain.missing': (p: Named, f: Formatter, t: Translate) =>
		`Check-in ${p.position} in recording order (${named(p, f, t)}) has no seal, though the others have one: the file was changed after the backup was made.`,
	'backup.summary': (p: { title: string; rules: number; checkIns: number }, f: Formatter) =>
		`The backup holds “${p.title}”: ${f.plural(p.rules, { one: '# condition', other: '# conditions' })} and ${f.plural(p.checkIns, { one: '# check-in', other: '# check-ins' })}.`,
	'backup.confirm': 'Replace the case on this phone?',
	'backup.confirm.text': (p: { current: string }) =>
		`“${p.current}” on this phone will be replaced by the case in the backup. It stays as it is until the backup is completely in; if anything goes wrong, nothing changes.`,
	'backup.confirm.replace': 'Replace it with the backup',
	'backup.restore.go': 'Restore this case',
	'backup.restoring': 'Restoring…',
	'backup.restored': (p: { title: string }) => `“${p.title}” is restored on this phone.`,
	'backup.another': 'Choose another file',

	'start.restore': 'Restore from a backup',
	'start.restore.hint': 'Bring back your case from a backup file made with Clearday, after a new phone or a cleared browser.',

	'settings.backup': 'Backup',
	'settings.backup.go': 'Back up or restore',

	'reminder.title': 'Time for a backup',
	'reminder.never': 'There is no backup of your record yet. If this phone is lost or the browser clears its data, your check-ins are gone.',
	'reminder.old': (p: { since: string }, f: Formatter) => `Your last backup is from ${f.dateTime(new Date(p.since))}. What you recorded since then is only on this phone.`,
	'reminder.at-risk':
		'This browser has not promised to keep Clearday’s data: it may clear it when the phone runs short of space. A backup is your only other copy.',
	'reminder.backUp': 'Back up now',
	'reminder.later': 'Later',

	'seal.title': 'Your record’s seals do not match',
	'seal.mismatch': (p: Named, f: Formatter, t: Translate) =>
		`Check-in ${p.position} of ${p.count} in the order they were recorded (${named(p, f, t)}) does not match its seal. It, or a check-in recorded before it, was changed outside the app, for example by a tool that edits the browser’s data.`,
	'seal.missing': (p: Named, f: Formatter, t: Translate) =>
		`Check-in ${p.position} of ${p.count} in the order they were recorded (${named(p, f, t)}) has no seal. It was added outside the app.`,
	'seal.calm':
		'Your check-ins are all still here and the app works as before. If your record matters in a dispute, show this to your lawyer; a backup made before, if you have one, shows the record as it was then.',

	'version.outdated': 'Clearday was updated in another tab. Reload this page to go on: everything you saved is kept.',
	'version.reload': 'Reload',
	'version.blocked': 'Clearday is updating how it stores your record, and another tab still has the old version open. Close Clearday in your other tabs to finish.'
} satisfies CatalogShape;
