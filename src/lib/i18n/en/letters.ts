/**
 * English for Letters: the screen (`letters.*`, in the reader's language) and the letters
 * themselves (`letter.*`, in the letter's own language, which the person picks apart from the
 * app's: a letter in Russian is written from ru/letters.ts even when the app is in English).
 * Every `letter.*` entry is a whole sentence or line; the builder (src/lib/letters/letters.ts)
 * leaves out a line whose facts the case or the form do not have, never a blank in a sentence.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';
import type { Translate } from '$lib/domain';

type Period = { from: string; to: string };

export const letters = {
	'more.letters': 'Letters',
	'more.letters.hint': 'Ready-to-send letters to the probation service: a trip, a change, a question about a ban, a payment.',

	'letters.title': 'Letters',
	'letters.intro': 'Fill in what the letter needs; the rest comes from your case. Read it before you send it, and keep a copy.',
	'letters.noCase': 'There is no case on this phone yet. Letters are filled in from your case.',
	'letters.setUp': 'Set up your case',
	'letters.kind': 'Which letter',
	'letters.kind.travel': 'Request for permission to travel',
	'letters.kind.change': 'Notice of a change of address, work, study or phone',
	'letters.kind.clarification': 'Request to clarify what a ban covers',
	'letters.kind.payment': 'Cover note for a payment by instalments',
	'letters.language': 'Language of the letter',
	'letters.language.hint': 'It can differ from the app’s language.',
	'letters.unavailable': 'Letters in that language could not be loaded. Connect to the internet once and try again.',
	'letters.rule': 'Condition',
	'letters.noRule.travel': 'Your case has no condition limiting movement, so there is no trip to ask about.',
	'letters.noRule.change': 'Your case has no condition to report changes.',
	'letters.noRule.clarification': 'Your case has no activity ban to ask about.',
	'letters.noRule.payment': 'Your case has no payment to make.',

	'letters.field.name': 'Your full name',
	'letters.field.name.hint': 'As in the verdict. Kept only in this letter, not in your case.',
	'letters.field.contact': 'Your address or phone',
	'letters.field.to': 'To',
	'letters.field.to.hint': 'Filled in from your officer’s details in Settings.',
	'letters.field.date': 'Date of the letter',
	'letters.field.from': 'Leaving on',
	'letters.field.until': 'Back on',
	'letters.field.destination': 'Where to',
	'letters.field.reason': 'Why you are going',
	'letters.field.reachAt': 'Where you can be reached during the trip',
	'letters.field.change': 'Which change',
	'letters.field.change.new': 'A change not recorded in the app',
	'letters.field.change.recorded': (p: { what: string; on: string }, f: Formatter, t: Translate) => `${t(`letters.change.${p.what}`)}, since ${f.date(p.on)}`,
	'letters.field.what': 'What changed',
	'letters.change.residence': 'Address',
	'letters.change.work': 'Work',
	'letters.change.study': 'Place of study',
	'letters.change.phone': 'Phone number',
	'letters.field.on': 'Since',
	'letters.field.details': 'The new details',
	'letters.field.details.hint': 'The new address, employer, school or phone number.',
	'letters.field.activity': 'What you want to do',
	'letters.field.activity.hint': 'Describe it plainly: what, where, with whom.',
	'letters.field.planned': 'When you would do it',
	'letters.field.payment': 'What you are paying',
	'letters.field.payment.fine': 'A fine',
	'letters.field.payment.damages': 'Damages',
	'letters.field.payment.other': 'Another sum ordered by the court',
	'letters.field.amount': 'Amount paid',
	'letters.field.paidOn': 'Paid on',
	'letters.field.reference': 'Receipt or payment number',

	'letters.missing': (p: { fields: string[] }, f: Formatter) => `To write the letter, fill in: ${f.list(p.fields)}.`,
	'letters.problem.order': 'The trip cannot end before it starts.',
	'letters.problem.amount': 'Enter the amount as a number, for example 40 000.',
	'letters.letter': 'The letter',
	'letters.copy': 'Copy',
	'letters.copied': 'The letter is copied. Paste it into your email or message.',
	'letters.copyFailed': 'This browser did not allow copying. Select the letter’s text and copy it by hand.',
	'letters.share': 'Share',
	'letters.print': 'Print',
	'letters.markSent': 'Mark as sent',
	'letters.markSent.hint': 'Once you have sent or handed in the letter: the app records it in your history.',
	'letters.sent': 'Recorded in your history.',
	'letters.seeHistory': 'See history',

	'letters.note.travel': (p: { destination: string; from: string; to: string; sentTo: string }, f: Formatter) =>
		`Sent a letter to ${p.sentTo} asking for permission to travel to ${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}.`,
	'letters.note.change': (p: { what: string; on: string; sentTo: string }, f: Formatter, t: Translate) =>
		`Sent a letter to ${p.sentTo} giving notice of the change of ${t(`change.${p.what}`)} since ${f.date(p.on)}.`,
	'letters.note.payment': (p: { amount: number; currency: string; paidOn: string; sentTo: string }, f: Formatter) =>
		`Sent a cover note to ${p.sentTo} with the payment of ${f.money(p.amount, p.currency)} made on ${f.date(p.paidOn)}.`,
	'letters.sentTo.default': 'the probation service',

	// The letters. Labels, then one entry per sentence.
	'letter.to': (p: { to: string }) => `To: ${p.to}`,
	'letter.to.default': 'To: the probation service',
	'letter.from': (p: { from: string }) => `From: ${p.from}`,
	'letter.case': (p: { title: string }) => `Case: ${p.title}`,
	'letter.title.travel': 'Request for permission to travel',
	'letter.title.travel.notice': 'Notice of a trip',
	'letter.title.change.residence': 'Notice of a change of residence',
	'letter.title.change.work': 'Notice of a change of work',
	'letter.title.change.study': 'Notice of a change of place of study',
	'letter.title.change.phone': 'Notice of a change of phone number',
	'letter.title.clarification': 'Request to clarify the scope of a ban',
	'letter.title.payment.fine': 'Cover note to a payment of the fine',
	'letter.title.payment.damages': 'Cover note to a payment of damages',
	'letter.title.payment.other': 'Cover note to a payment ordered by the court',

	'letter.context': (p: { verdict?: string; inForce?: string; until: string }, f: Formatter) =>
		p.verdict && p.inForce
			? `I am under your supervision under the court’s verdict of ${f.date(p.verdict)}, which entered into force on ${f.date(p.inForce)}; the term it set ends on ${f.date(p.until)}.`
			: p.verdict
				? `I am under your supervision under the court’s verdict of ${f.date(p.verdict)}; the term it set ends on ${f.date(p.until)}.`
				: p.inForce
					? `I am under your supervision under the court’s verdict, which entered into force on ${f.date(p.inForce)}; the term it set ends on ${f.date(p.until)}.`
					: `I am under your supervision under the court’s verdict; the term it set ends on ${f.date(p.until)}.`,

	'letter.travel.request': (p: Period & { area: string; destination: string }, f: Formatter) =>
		`I ask for your permission to leave ${p.area} from ${f.date(p.from)} to ${f.date(p.to)} to travel to ${p.destination}.`,
	'letter.travel.notice': (p: Period & { area: string; destination: string }, f: Formatter) =>
		`I give notice that I will leave ${p.area} from ${f.date(p.from)} to ${f.date(p.to)} to travel to ${p.destination}.`,
	'letter.travel.reason': (p: { reason: string }) => `The reason for the trip: ${p.reason}.`,
	'letter.travel.reachAt': (p: { reachAt: string }) => `During the trip I can be reached at: ${p.reachAt}.`,
	'letter.travel.return': (p: { to: string }, f: Formatter) => `I will be back no later than ${f.date(p.to)}.`,

	'letter.change.residence': (p: { on: string }, f: Formatter) => `I inform you that my place of residence has changed since ${f.date(p.on)}.`,
	'letter.change.work': (p: { on: string }, f: Formatter) => `I inform you that my place of work has changed since ${f.date(p.on)}.`,
	'letter.change.study': (p: { on: string }, f: Formatter) => `I inform you that my place of study has changed since ${f.date(p.on)}.`,
	'letter.change.phone': (p: { on: string }, f: Formatter) => `I inform you that my phone number has changed since ${f.date(p.on)}.`,
	'letter.change.details.residence': (p: { details: string }) => `My new address: ${p.details}.`,
	'letter.change.details.work': (p: { details: string }) => `My new place of work: ${p.details}.`,
	'letter.change.details.study': (p: { details: string }) => `My new place of study: ${p.details}.`,
	'letter.change.details.phone': (p: { details: string }) => `My new phone number: ${p.details}.`,

	'letter.clarification.ban': (p: { categories: string[] }, f: Formatter, t: Translate) =>
		`The verdict bans me from the following: ${f.list(p.categories.map((category) => t(`letter.category.${category}`)))}.`,
	'letter.clarification.ask': (p: { activity: string }) => `I ask you to clarify in writing whether this ban covers the following: ${p.activity}.`,
	'letter.clarification.planned': (p: { planned: string }, f: Formatter) => `It would take place on ${f.date(p.planned)}.`,
	'letter.clarification.refrain': 'Until I have your answer, I will not do it.',
	'letter.category.political': 'political activity',
	'letter.category.civic': 'civic activity',
	'letter.category.journalism': 'journalism',
	'letter.category.social-media': 'using social media',
	'letter.category.charitable': 'charitable activity',
	'letter.category.religious': 'religious activity',
	'letter.category.assembly': 'taking part in public assemblies',
	'letter.category.other': 'other activities named in the verdict',

	'letter.payment.fine': (p: { amount: number; total: number; currency: string; paidOn: string }, f: Formatter) =>
		`I enclose proof of the payment of ${f.money(p.amount, p.currency)} made on ${f.date(p.paidOn)} towards the fine of ${f.money(p.total, p.currency)} imposed by the verdict, which I pay in instalments.`,
	'letter.payment.damages': (p: { amount: number; total: number; currency: string; paidOn: string }, f: Formatter) =>
		`I enclose proof of the payment of ${f.money(p.amount, p.currency)} made on ${f.date(p.paidOn)} towards the damages of ${f.money(p.total, p.currency)} awarded by the verdict, which I pay in instalments.`,
	'letter.payment.other': (p: { amount: number; total: number; currency: string; paidOn: string }, f: Formatter) =>
		`I enclose proof of the payment of ${f.money(p.amount, p.currency)} made on ${f.date(p.paidOn)} towards the sum of ${f.money(p.total, p.currency)} ordered by the verdict, which I pay in instalments.`,
	'letter.payment.reference': (p: { reference: string }) => `Receipt or payment number: ${p.reference}.`,
	'letter.payment.payee': (p: { payee: string }) => `Paid to: ${p.payee}.`,
	'letter.payment.schedule': 'The instalments, as scheduled:',
	'letter.payment.instalment': (p: { due: string; amount: number; currency: string }, f: Formatter) => `– by ${f.date(p.due)}: ${f.money(p.amount, p.currency)}`,

	'letter.reply': 'Please give me your answer in writing.',
	'letter.date': (p: { date: string }, f: Formatter) => `Date: ${f.date(p.date)}`
} satisfies CatalogShape;
