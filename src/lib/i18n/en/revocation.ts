/**
 * English for official warnings, clarifications of bans and the revocation policy: the Check in
 * forms of the two kinds, their history facts, the dashboard's distance line, "Can I do this?"
 * citing clarifications, and the policy in Settings. Loaded with those screens; the dashboard
 * line itself is in today.ts (first visit).
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';
import type { Translate } from '$lib/domain';

export const revocation = {
	'checkin.pick.official-warning': 'I got an official warning',
	'checkin.pick.clarification': 'I asked what a ban covers, or got an answer',
	'checkin.heading.official-warning': 'Record an official warning',
	'checkin.heading.clarification': 'Record a question about a ban',
	'checkin.save.official-warning': 'Save warning',
	'checkin.save.clarification': 'Save question',
	'checkin.rule.missing.clarification': 'Your case has no activity ban, so there is no ban to ask about.',

	'warning.when': 'When it was issued',
	'clarify.when': 'When you asked',
	'warning.issuedBy': 'Who issued it',
	'warning.issuedBy.hint': 'The probation service, the officer’s name, or the court.',
	'warning.text': 'What it says',
	'warning.photo': 'Where its photo is kept',
	'warning.photo.hint': 'For example the file name in your gallery. The photo itself stays where it is.',
	'warning.disputed': 'I dispute this warning',
	'warning.disputeNote': 'Why you dispute it',
	'warning.disputed.hint': 'A disputed warning still counts until it is withdrawn. Keep your complaint or appeal with it.',

	'clarify.question': 'Your question',
	'clarify.question.hint': 'Ask in writing and keep a copy: a written answer protects you.',
	'clarify.askedTo': 'Asked to whom',
	'clarify.via': 'How you asked',
	'clarify.via.letter': 'Letter',
	'clarify.via.email': 'Email',
	'clarify.via.in-person': 'In person',
	'clarify.via.phone': 'Phone',
	'clarify.via.court': 'Through the court',
	'clarify.via.other': 'Other',
	'clarify.remindAfter': 'Remind me to ask again after',
	'clarify.remindAfter.hint': 'If no answer has come by then, the app reminds you.',
	'clarify.answered': 'I got an answer',
	'clarify.answerOn': 'Date of the answer',
	'clarify.answerSource': 'Who answered, and where',
	'clarify.answerSource.hint': 'For example: ruling of the district court, letter of the probation service.',
	'clarify.answerText': 'What the answer says',
	'clarify.covers': 'Activities the answer says the ban covers',
	'clarify.excludes': 'Activities the answer says the ban does not cover',
	'clarify.items.hint': 'One a line, as the answer names them. Add * where endings vary: interview*.',

	'clarify.cited': 'What the answers to your questions say',
	'clarify.verdict.covered': 'Covered:',
	'clarify.verdict.excluded': 'Not covered:',
	'clarify.said.covered': (p: { source: string; date: string; items: string[] }, f: Formatter) =>
		`${p.source} said on ${f.date(p.date)} that the ban includes this (${f.list(p.items.map((item) => `“${item}”`))}).`,
	'clarify.said.excluded': (p: { source: string; date: string; items: string[] }, f: Formatter) =>
		`${p.source} said on ${f.date(p.date)} that the ban does not include this (${f.list(p.items.map((item) => `“${item}”`))}).`,
	'clarify.unclear': 'Unclear — ask in writing and log the answer.',
	'clarify.unclear.detail': (p: { words: string[]; categories: string[] }, f: Formatter, t: Translate) =>
		`Your plan (${f.list(p.words.map((word) => `“${word}”`))}) is close to ${f.list(p.categories.map((category) => t(`category.${category}`)))}, which your ban covers, and nothing you recorded says whether it is included.`,
	'clarify.ask': 'Ask in writing',
	'clarify.letter': 'Write the letter',
	'clarify.open': 'Questions waiting for an answer',
	'clarify.recordAnswer': 'Record the answer',

	'history.fact.issuedBy': (p: { by: string }) => `Issued by ${p.by}`,
	'history.fact.photo': (p: { photo: string }) => `Photo: ${p.photo}`,
	'history.fact.disputed': 'Disputed (still counts until withdrawn)',
	'history.fact.disputedBecause': (p: { text: string }) => `Disputed (still counts until withdrawn): ${p.text}`,
	'history.fact.question': (p: { text: string; to: string }) => `Asked ${p.to}: “${p.text}”`,
	'history.fact.answer': (p: { source: string; date: string; text: string }, f: Formatter) => `Answer: ${p.source}, ${f.date(p.date)}${p.text ? `: “${p.text}”` : ''}`,
	'history.fact.noAnswer': 'No answer yet',

	'holidays.heading': 'Your own days off and working days',
	'holidays.intro':
		'For deadlines counted in working days. Add a local holiday, or the days the government moves each year (a weekday made a day off, a Saturday made a working day): the app does not know those decrees.',
	'holidays.dayOff': (p: { date: string }, f: Formatter) => `${f.date(p.date)}: day off`,
	'holidays.workingDay': (p: { date: string }, f: Formatter) => `${f.date(p.date)}: working day`,
	'holidays.remove': (p: { date: string }, f: Formatter) => `Remove ${f.date(p.date)}`,
	'holidays.removeShort': 'Remove',
	'holidays.date': 'Date',
	'holidays.kind': 'What kind of day',
	'holidays.kind.day-off': 'Day off',
	'holidays.kind.working-day': 'Working day',
	'holidays.name': 'Why (for example the decree)',
	'holidays.add': 'Add the day',
	'holidays.saved': 'Saved.',

	'policy.heading': 'Distance to revocation',
	'policy.intro':
		'When may a court revoke a suspended sentence where you are? Fill in what the law says, or let your lawyer do it. The app only counts what you record against these numbers; it never predicts what a court will do.',
	'policy.jurisdiction': 'Country of the case',
	'policy.jurisdiction.hint': 'Its public holidays count for deadlines in working days.',
	'policy.country.KZ': 'Kazakhstan',
	'policy.country.RU': 'Russia',
	'policy.template.KZ': 'Fill in from the law of Kazakhstan',
	'policy.template.RU': 'Fill in from the law of Russia',
	'policy.moreThan': '“Systematic” means more than this many violations or warnings…',
	'policy.withinMonths': '…within this many months',
	'policy.hidingDays': '“Hiding” means unreachable for more than this many days',
	'policy.extensionMonths': 'The probation period may be extended by up to this many months',
	'policy.askLawyer': 'Not known for sure: ask your lawyer.',
	'policy.notes': 'Articles and notes',
	'policy.save': 'Save',
	'policy.saved': 'Saved.'
} satisfies CatalogShape;
