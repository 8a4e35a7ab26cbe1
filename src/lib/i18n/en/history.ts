/**
 * English for the History screen: the timeline, its filters, the facts of each entry, and
 * corrections ("Correct this entry", "This entry was a mistake").
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';
import type { Translate } from '$lib/domain';

export const history = {
	'history.title': 'History',
	'history.intro': 'Everything you recorded, newest first. Nothing is ever deleted: a correction is added as a new entry, and both stay here.',
	'history.filters': 'Filter',
	'history.filter.rule': 'Condition',
	'history.filter.allRules': 'All conditions',
	'history.filter.noRule': 'Not for a condition',
	'history.filter.kind': 'Kind of entry',
	'history.filter.allKinds': 'All kinds',
	'history.count': (p: { shown: number; total: number }, f: Formatter) =>
		p.shown === p.total ? f.plural(p.total, { one: '# entry', other: '# entries' }) : `Showing ${f.number(p.shown)} of ${f.plural(p.total, { one: '# entry', other: '# entries' })}`,
	'history.empty': 'Nothing is recorded yet. What you record on Check in appears here.',
	'history.emptyFiltered': 'No entry matches these filters.',
	'history.clearFilters': 'Show all entries',
	'history.showOlder': (p: { count: number }, f: Formatter) => `Show older entries (${f.plural(p.count, { one: '# more', other: '# more' })})`,

	'history.entryName': (p: { kind: string; at: string }, _f: Formatter, t: Translate) => `${t(`checkin.kind.${p.kind}`)}, ${p.at}`,
	'history.backdated': 'Backdated',
	'history.times': (p: { at: string; recordedAt: string }) => `Happened ${p.at} · recorded ${p.recordedAt}`,

	'history.fact.amount': (p: { amount: number; currency: string }, f: Formatter) => f.money(p.amount, p.currency),
	'history.fact.excuseFor': (p: { date: string }, f: Formatter) => `Excused from the visit on ${f.date(p.date)}`,
	'history.fact.description': (p: { text: string }) => `“${p.text}”`,
	'history.fact.planned': (p: { date: string }, f: Formatter) => `Planned for ${f.date(p.date)}`,
	'history.fact.activityDone': 'Done',
	'history.fact.categories': (p: { categories: string[] }, f: Formatter, t: Translate) => `Could be: ${f.list(p.categories.map((c) => t(`category.${c}`)))}`,
	'history.fact.noCategories': 'No category ticked',
	'history.fact.trip': (p: { destination: string; from: string; to: string }, f: Formatter) => `${p.destination}, ${f.date(p.from)} – ${f.date(p.to)}`,
	'history.fact.outside': 'Outside the area',
	'history.fact.inside': 'Within the area',
	'history.fact.granted': 'Permission granted',
	'history.fact.refused': 'Permission refused',
	'history.fact.forTrip': (p: { trip: string }) => `For the trip: ${p.trip}`,
	'history.fact.about': (p: { what: string }) => `About: ${p.what}`,
	'history.fact.change': (p: { what: string; on: string }, f: Formatter, t: Translate) => `Change of ${t(`change.${p.what}`)} on ${f.date(p.on)}`,
	'history.fact.unknownRef': 'an entry that is not in this history',
	'history.fact.location': (p: { lat: string; lon: string; accuracy: number }, f: Formatter) =>
		`${p.lat}, ${p.lon} (accurate to about ${f.plural(p.accuracy, { one: '# metre', other: '# metres' })})`,
	'history.fact.note': (p: { text: string }) => `Note: ${p.text}`,

	'history.status.corrected': 'Corrected',
	'history.status.withdrawn': 'Mistake',
	'history.status.correction': 'Correction',
	'history.correctedOn': (p: { at: string }) => `Corrected on ${p.at}. This version no longer counts.`,
	'history.withdrawnOn': (p: { at: string }) => `Marked as a mistake on ${p.at}. It no longer counts.`,
	'history.seeCorrection': 'See the correction',
	'history.seeCorrection.label': (p: { entry: string }) => `See the correction of ${p.entry}`,
	'history.replaces': (p: { at: string }) => `Corrects the entry of ${p.at}.`,
	'history.withdraws': (p: { at: string }) => `Says the entry of ${p.at} was a mistake.`,
	'history.seeReplaced': 'See the earlier entry',
	'history.seeReplaced.label': (p: { entry: string }) => `See the earlier entry, corrected by ${p.entry}`,
	// A clarification's question, answered later (the answer is recorded as its new version).
	'history.status.answered': 'Answered',
	'history.status.answer': 'Answer',
	'history.answeredOn': (p: { on: string }) => `Answered on ${p.on}. The answer is in its own entry.`,
	'history.answers': (p: { at: string }) => `The answer to the question asked on ${p.at}.`,
	'history.seeAnswer': 'See the answer',
	'history.seeAnswer.label': (p: { entry: string }) => `See the answer to ${p.entry}`,
	'history.seeQuestion': 'See the question',
	'history.seeQuestion.label': (p: { entry: string }) => `See the question that ${p.entry} answers`,

	'history.correct': 'Correct this entry',
	'history.correct.label': (p: { entry: string }) => `Correct this entry: ${p.entry}`,
	'history.mistake': 'This entry was a mistake',
	'history.mistake.label': (p: { entry: string }) => `This entry was a mistake: ${p.entry}`,
	'history.mistake.reason': 'Why was it a mistake?',
	'history.mistake.hint': 'A short reason, for example "Entered twice". The entry stays in your history, marked as a mistake, and no longer counts.',
	'history.mistake.save': 'Mark as a mistake',
	'history.mistake.save.label': (p: { entry: string }) => `Mark as a mistake: ${p.entry}`,
	'history.mistake.cancel': 'Cancel',
	'history.mistake.cancel.label': (p: { entry: string }) => `Cancel: ${p.entry}`,
	'history.mistake.saved': 'Marked as a mistake. The entry stays in your history.'
} satisfies CatalogShape;

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
