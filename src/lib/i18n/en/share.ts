/**
 * English for the Share screen: making a family status link (and its entry on More).
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const share = {
	'more.share': 'Share your status with family',
	'more.share.hint': 'A private link that shows whether everything is in order. You choose what it shows.',

	'share.title': 'Share your status',
	'share.intro':
		'Make a link for your family. It opens in any phone browser, with no account and no app, and shows your status as it is now. The link is locked: only someone who has it can read it, not even the website that shows it.',
	'share.noCase': 'There is no case on this phone yet, so there is nothing to share.',
	'share.setUp': 'Set up a case',

	'share.scope': 'What the link shows',
	'share.scope.always': 'Always: whether everything is in order',
	'share.scope.always.hint': 'All clear, something due soon, or something that may count as a violation.',
	'share.scope.deadlines': 'Upcoming deadlines',
	'share.scope.deadlines.hint': 'The deadlines of the next 30 days: reporting days, payments and other deadlines, with the names of your conditions.',
	'share.scope.balances': 'Payment balances',
	'share.scope.balances.hint': 'For each fine or damages: how much is paid, the total, and how much is overdue.',
	'share.scope.lastCheckIn': 'When you last checked in',
	'share.scope.lastCheckIn.hint': 'The date and time you last recorded something, not what it was.',
	'share.scope.fingerprint': 'Include the record’s fingerprint (chain head)',
	'share.scope.fingerprint.hint':
		'A short code worked out from everything you have recorded, in order. It changes with every new entry. Whoever notes it can later have your record checked against it: nothing recorded before it can have been changed. It says nothing about what you recorded.',
	'share.never': 'Never shared, whatever you choose',
	'share.never.text':
		'Your notes, your locations, what your activities were, where your trips go, and your probation officer’s details never go into a link.',

	'share.expiry': 'The link works for',
	'share.expiry.days': (p: { days: number }, f: Formatter) => f.plural(p.days, { one: '# day', other: '# days' }),
	'share.expiry.hint': 'After that it shows nothing. You can always make a new one.',

	'share.passphrase': 'Passphrase',
	'share.passphrase.hint':
		'If you set one, the link cannot be opened without it. Send it another way than the link: say it on the phone, for example. At least 8 characters.',
	'share.passphrase.show': 'Show passphrase',
	'share.passphrase.tooShort': (p: { min: number }, f: Formatter) => f.plural(p.min, { one: 'Use at least # character.', other: 'Use at least # characters.' }),

	'share.create': 'Create link',
	'share.creating': 'Locking the link…',
	'share.failed': 'The link could not be made. Nothing was shared. Please try again.',

	'share.ready': 'Your link is ready',
	'share.link': 'The link',
	'share.length': (p: { count: number }, f: Formatter) => f.plural(p.count, { one: '# character', other: '# characters' }),
	'share.copy': 'Copy link',
	'share.copied': 'The link is copied. Paste it into a message.',
	'share.copyFallback': 'The link is selected: copy it with your phone’s Copy.',
	'share.share': 'Share…',
	'share.qr': 'QR code of the link',
	'share.qr.hint': 'To open the link on a phone beside you, point its camera at this code.',
	'share.qr.tooLong': 'This link is too long for a QR code. Copy or share it instead.',
	'share.withPassphrase': 'This link asks for your passphrase. Tell it to your family another way than the link.',
	'share.warning': (p: { until: string }) =>
		`Anyone who has the link (and the passphrase, if you set one) can see what it shows until ${p.until}. Once you have sent it, you cannot take it back.`,
	'share.asOf': (p: { at: string }) => `It shows your status as of ${p.at}. To show a later status, make a new link.`,
	'share.again': 'Make another link'
} satisfies CatalogShape;
