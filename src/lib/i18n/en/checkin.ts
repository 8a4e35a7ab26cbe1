/**
 * English for the Check in screen: choosing what happened, each kind's form, the location
 * reading, problems only the form can see, and the confirmation.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';
import type { Translate } from '$lib/domain';

export const checkin = {
	'checkin.title': 'Check in',
	'checkin.choose': 'What happened?',
	'checkin.chooseHint': 'Choose one. You can change the date and time on the next screen if you are recording it later.',
	'checkin.noCase': 'There is no case on this phone yet.',
	'checkin.setUp': 'Set up your case',
	'checkin.chooseOther': 'Choose something else',

	// The big buttons: what happened, in the person's words.
	'checkin.pick.report': 'I reported to the probation service',
	'checkin.pick.payment': 'I made a payment',
	'checkin.pick.done': 'I did a one-off task',
	'checkin.pick.excuse': 'The officer excused me from a visit',
	'checkin.pick.activity': 'An activity, done or planned',
	'checkin.pick.trip': 'I plan a trip',
	'checkin.pick.permission': 'I got an answer about a trip',
	'checkin.pick.change': 'My address, job, study or phone changed',
	'checkin.pick.notified': 'I told the officer about a trip or change',
	'checkin.pick.location': 'Record where I am now',
	'checkin.pick.note': 'Write a note',

	// Short names of the kinds, for headings and history.
	'checkin.kind.report': 'Report visit',
	'checkin.kind.payment': 'Payment',
	'checkin.kind.done': 'Done',
	'checkin.kind.excuse': 'Excused visit',
	'checkin.kind.activity': 'Activity',
	'checkin.kind.trip': 'Trip plan',
	'checkin.kind.permission': 'Answer about a trip',
	'checkin.kind.change': 'Change',
	'checkin.kind.notified': 'Officer notified',
	'checkin.kind.location': 'Location',
	'checkin.kind.note': 'Note',
	'checkin.kind.official-warning': 'Official warning',
	'checkin.kind.clarification': 'Question about a ban',

	// Form headings.
	'checkin.heading.report': 'Record a report visit',
	'checkin.heading.payment': 'Record a payment',
	'checkin.heading.done': 'Mark a one-off task as done',
	'checkin.heading.excuse': 'Record an excused visit',
	'checkin.heading.activity': 'Record an activity',
	'checkin.heading.trip': 'Record a trip plan',
	'checkin.heading.permission': 'Record the answer about a trip',
	'checkin.heading.change': 'Record a change',
	'checkin.heading.notified': 'Record that you told the officer',
	'checkin.heading.location': 'Record your location',
	'checkin.heading.note': 'Write a note',
	'checkin.heading.correct': (p: { kind: string }, _f: Formatter, t: Translate) => `Correct: ${t(`checkin.kind.${p.kind}`)}`,

	// Save buttons (unique names a test or a screen reader can find).
	'checkin.save.report': 'Save report visit',
	'checkin.save.payment': 'Record payment',
	'checkin.save.done': 'Save as done',
	'checkin.save.excuse': 'Save excused visit',
	'checkin.save.activity': 'Save activity',
	'checkin.save.trip': 'Save trip plan',
	'checkin.save.permission': 'Save the answer',
	'checkin.save.change': 'Save change',
	'checkin.save.notified': 'Save notification',
	'checkin.save.location': 'Save location',
	'checkin.save.note': 'Save note',
	'checkin.save.correction': 'Save correction',
	'checkin.saving': 'Saving…',

	// Condition.
	'checkin.rule': 'Condition',
	'checkin.rule.hint': 'Which of your conditions this is for.',
	'checkin.rule.choose': 'Choose a condition',
	'checkin.rule.none': 'No particular condition',
	'checkin.rule.missing.report': 'Your case has no reporting condition yet, so there is nothing to record a visit for.',
	'checkin.rule.missing.excuse': 'Your case has no reporting condition yet, so there is no visit to be excused from.',
	'checkin.rule.missing.payment': 'Your case has no payment condition yet (a fine, damages), so there is nothing to pay towards.',
	'checkin.rule.missing.done': 'Your case has no one-off task (a deadline) yet.',
	'checkin.rule.add': 'Add a condition',

	// When.
	'checkin.when': 'When did it happen?',
	'checkin.when.plan': 'When did you make this plan?',
	'checkin.when.permission': 'When did you get the answer?',
	'checkin.when.notified': 'When did you tell them?',
	'checkin.when.hint': (p: { zone: string }) => `Now, unless you change it: change it if you are recording this later. Times are ${p.zone} time.`,
	'checkin.when.date': 'Date',
	'checkin.when.time': 'Time',
	'checkin.when.now': 'Set to now',

	'checkin.note': 'Note',
	'checkin.note.hint': 'Anything worth remembering: who you saw, a receipt number.',
	'checkin.reason': "The officer's reason",
	'checkin.reason.hint': 'What the officer said, and the new date if there is one. This is your proof later.',
	'checkin.noteText': 'Your note',
	'checkin.noteText.hint': 'At most 200 characters.',

	// Payment.
	'checkin.amount': (p: { currency: string }) => `Amount (${p.currency})`,
	'checkin.amount.noCurrency': 'Amount',
	'checkin.amount.hint': 'For example 40 000 or 40 000,50.',

	// Excuse.
	'checkin.excuseFor': 'Date of the visit you are excused from',

	// Activity.
	'checkin.description': 'What is it?',
	'checkin.description.hint': 'A few words, for example "Interview with a local newspaper".',
	'checkin.activityWhen': 'Done or planned?',
	'checkin.activity.done': 'Already done',
	'checkin.activity.planned': 'Planned',
	'checkin.plannedOn': 'Planned for',
	'checkin.categories': 'Could it be any of these?',
	'checkin.categories.hint': 'Tick what fits. If you are not sure, ask your lawyer.',
	'checkin.suggest': (p: { words: string[]; categories: string[] }, f: Formatter, t: Translate) =>
		`The words ${f.list(p.words.map((w) => `“${w}”`))} may point to: ${f.list(p.categories.map((c) => t(`category.${c}`)))}. Tick them if they fit.`,
	'checkin.suggest.tick': 'Tick the suggested categories',

	// Trip.
	'checkin.tripFrom': 'Leaving on',
	'checkin.tripTo': 'Back on',
	'checkin.destination': 'Where to',
	'checkin.destination.hint': 'A city or place, and why if you like: "Astana (family visit)".',
	'checkin.outsideArea': 'Is it outside the area you may be in?',
	'checkin.outsideArea.yes': 'Yes, outside the area',
	'checkin.outsideArea.no': 'No, within the area',

	// Permission.
	'checkin.trip': 'Which trip?',
	'checkin.trip.choose': 'Choose a trip',
	'checkin.tripOption': (p: { destination: string; from: string; to: string }, f: Formatter) => `${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`,
	'checkin.noTrips': 'No trip plan is recorded yet. Record the trip first, then the answer.',
	'checkin.recordTrip': 'Record a trip plan',
	'checkin.recordChange': 'Record a change',
	'checkin.granted': 'The answer',
	'checkin.granted.yes': 'Permission granted',
	'checkin.granted.no': 'Permission refused',

	// Change.
	'checkin.changeWhat': 'What changed?',
	'checkin.change.residence': 'Where I live (address)',
	'checkin.change.work': 'My work',
	'checkin.change.study': 'My place of study',
	'checkin.change.phone': 'My phone number',
	'checkin.changeOn': 'Date of the change',

	// Notified.
	'checkin.about': 'About which trip or change?',
	'checkin.about.choose': 'Choose a trip or change',
	'checkin.changeOption': (p: { what: string; on: string }, f: Formatter, t: Translate) => `Change of ${t(`change.${p.what}`)} on ${f.date(p.on)}`,
	'checkin.noAbout': 'No trip plan or change is recorded yet. Record it first, then that you told the officer.',

	// Location.
	'checkin.location.privacy': 'The app reads your location only when you tap the button, and keeps it on this phone.',
	'checkin.location.read': 'Record my location now',
	'checkin.location.again': 'Read my location again',
	'checkin.location.reading': 'Reading your location…',
	'checkin.location.result': (p: { lat: string; lon: string; accuracy: number }, f: Formatter) =>
		`Location: ${p.lat}, ${p.lon}, accurate to about ${f.plural(p.accuracy, { one: '# metre', other: '# metres' })}.`,
	'checkin.location.at': (p: { at: string }) => `Read at ${p.at}.`,
	'checkin.location.denied': 'This phone did not let the app read your location. Allow location for this app in the browser or phone settings, then try again.',
	'checkin.location.unavailable': 'Your location could not be found. Turn location on, go near a window or outside, and try again.',
	'checkin.location.timeout': 'Finding your location took too long. Try again.',
	'checkin.location.unsupported': 'This browser cannot read your location.',

	// Problems only the form can see.
	'checkin.problem.amount.empty': 'Type the amount you paid.',
	'checkin.problem.amount.invalid': 'Type an amount like 40 000 or 40 000,50: digits, spaces, and one comma or point for decimals.',
	'checkin.problem.amount.decimals': 'This currency does not have that many decimals.',
	'checkin.problem.amount.zero': 'The amount must be more than 0.',
	'checkin.problem.amount.tooLarge': 'This amount is too large.',
	'checkin.problem.when': 'Choose a real date and time.',
	'checkin.problem.future': 'This is later than now. Choose a time that has passed.',
	'checkin.problem.reason': "Write down the officer's reason.",
	'checkin.problem.location': 'Tap "Record my location now" first.',

	// Corrections.
	'checkin.correcting': (p: { at: string }) =>
		`You are correcting the entry of ${p.at}. Your correction is saved as a new entry; the old one stays in your history, marked as corrected.`,
	'checkin.correct.superseded': 'This entry was already corrected. Only its latest version can be corrected.',
	'checkin.correct.latest': 'Correct the latest version',
	'checkin.correct.missing': 'This entry is not in your history.',
	'checkin.toHistory': 'Go to history',

	// After saving.
	'checkin.saved': 'Saved',
	'checkin.saved.what': (p: { kind: string; rule: string }, _f: Formatter, t: Translate) => (p.rule ? `${t(`checkin.kind.${p.kind}`)} for “${p.rule}”.` : `${t(`checkin.kind.${p.kind}`)}.`),
	'checkin.saved.backdated': (p: { recordedAt: string; at: string }) => `Recorded on ${p.recordedAt} for ${p.at}. It will show as backdated in your history.`,
	'checkin.saved.corrected': 'The earlier entry stays in your history, marked as corrected.',
	// Recording the answer to a clarification: stored as the question's new version, but not a correction.
	'checkin.heading.answer': 'Record the answer',
	'checkin.answering': (p: { at: string }) => `The answer is recorded with the question you asked on ${p.at}. The question stays in your history.`,
	'checkin.save.answer': 'Save the answer',
	'checkin.saved.answered': 'The question and its answer are both in your history.',
	'checkin.backToToday': 'Back to Today',
	'checkin.another': 'Record something else',
	'checkin.seeHistory': 'See history',
	'checkin.saved.letter.trip': 'Write the letter asking for permission',
	'checkin.saved.letter.change': 'Write the letter giving notice'
} satisfies CatalogShape;

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
