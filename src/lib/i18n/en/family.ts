/**
 * English for the family view (/s): a status link opened by a relative, who may never have used
 * Clearday. Every sentence of that page is here, so that a translation is one file.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const family = {
	'family.title': 'Shared status',
	'family.intro': 'Someone shared the status of their sentence conditions with you from Clearday.',
	'family.opening': 'Opening the link…',

	'family.none.title': 'Status links',
	'family.none':
		'This page shows a status link that someone shared with you from Clearday. Open the link they sent you: it ends with # and a long code.',
	'family.none.privacy': 'The status is locked inside the link itself and opened on this phone only. No account is needed.',

	'family.asOf': (p: { at: string; age: string }) => `As of ${p.at} (${p.age})`,
	'family.age.minutes': (p: { count: number }, f: Formatter) => (p.count < 1 ? 'just now' : f.plural(p.count, { one: '# minute ago', other: '# minutes ago' })),
	'family.age.hours': (p: { count: number }, f: Formatter) => f.plural(p.count, { one: '# hour ago', other: '# hours ago' }),
	'family.age.days': (p: { days: number }, f: Formatter) => f.relativeDays(-p.days),
	'family.stale': (p: { days: number }, f: Formatter) =>
		f.plural(p.days, {
			one: 'This status is # day old: things may have changed since. Ask for a fresh link.',
			other: 'This status is # days old: things may have changed since. Ask for a fresh link.'
		}),
	'family.expires': (p: { at: string }) => `This link works until ${p.at}.`,

	'family.deadlines': 'Coming up',
	'family.deadlines.none': 'Nothing is due in the 30 days after this status.',
	'family.deadline.when': (p: { relative: string; at: string }) => `${p.relative}, ${p.at}`,
	'family.balances': 'Payments',
	'family.balances.none': 'There is nothing to pay.',
	'family.balance.paid': (p: { paid: string; total: string }) => `${p.paid} paid of ${p.total}`,
	'family.balance.overdue': (p: { amount: string }) => `${p.amount} overdue`,
	'family.balance.notOverdue': 'Nothing overdue',
	'family.lastCheckIn': 'Last check-in',
	'family.lastCheckIn.at': (p: { at: string; relative: string }) => `${p.at} (${p.relative})`,
	'family.lastCheckIn.none': 'Nothing was recorded yet.',
	'family.fingerprint': 'Record fingerprint',
	'family.fingerprint.none': 'Nothing was recorded yet, so the record has no fingerprint.',
	'family.fingerprint.what':
		'If you noted a fingerprint earlier, compare: the same one means nothing was recorded or changed since; a different one means entries were added since, or changed. You can note this one: with the person’s record, a lawyer can later check that nothing recorded before it was changed.',
	'family.readOnly': 'This page only shows the status. Nothing here can be changed.',

	'family.passphrase.title': 'This link is locked with a passphrase',
	'family.passphrase.intro': 'The person who sent the link should tell you the passphrase another way, on the phone for example.',
	'family.passphrase': 'Passphrase',
	'family.passphrase.show': 'Show passphrase',
	'family.passphrase.open': 'Open the status',
	'family.passphrase.empty': 'Type the passphrase.',
	'family.passphrase.checking': 'Checking the passphrase…',

	'family.failed.title': 'This link did not open',
	'family.failure.expired': 'This link has expired. Ask the person who sent it for a new one.',
	'family.failure.damaged': 'This link is damaged and cannot be read. Ask for the link again, or copy it again in full.',
	'family.failure.truncated': 'The link seems cut off: ask for the whole link. Some apps shorten long links; copy it again in full.',
	'family.failure.tampered': 'The link was altered: it does not match what was sent. Do not trust what it says; ask for the link again.',
	'family.failure.wrong-passphrase': 'Wrong passphrase. Check it and try again.',
	'family.failure.unknown-version': 'This link was made by a newer version of Clearday: reload the page, then open the link again.',
	'family.failure.needs-passphrase': 'This link needs its passphrase.',
	'family.failure.unexpected': 'This link could not be opened on this browser. Try another browser, or ask for the link again.',

	'family.keep': 'Keep on this device',
	'family.keep.hint': 'Keeps this link on this phone, so you can open it here again without the message. A passphrase is not kept.',
	'family.kept': 'Kept on this device. Open this page again to see it.',
	'family.forget': 'Remove from this device',
	'family.forgotten': 'Removed from this device.',

	'family.keptList': 'Kept on this device',
	'family.keptList.none': 'No links are kept on this device.',
	'family.keptList.item': (p: { at: string }) => `Status as of ${p.at}`,
	'family.keptList.until': (p: { at: string }) => `Works until ${p.at}`,
	'family.keptList.expired': (p: { at: string }) => `Expired on ${p.at}`,
	'family.keptList.openShort': 'Open',
	'family.keptList.open': (p: { at: string }) => `Open the status of ${p.at}`,
	'family.keptList.removeShort': 'Remove',
	'family.keptList.remove': (p: { at: string }) => `Remove the status of ${p.at}`,
	'family.keptList.back': 'Show the kept links',

	'family.backToApp': 'Back to your own case in Clearday',
	'family.storageFailed': 'This phone could not keep the link. Nothing was changed.'
} satisfies CatalogShape;
