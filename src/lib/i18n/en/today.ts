/**
 * English for the Today screen: the banner, alerts, what is coming up, the condition cards.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const today = {
	'today.title': 'Today',
	'today.demo': 'This is the demo case: a made-up six-year suspended sentence in Almaty. Try anything; nothing here is about you.',
	'today.removeDemo': 'Remove the demo',
	'today.alerts': 'Alerts',
	'today.noAlerts': 'No alerts.',
	'today.hiddenAlerts': (p: { count: number }, f: Formatter) => `Hidden reminders (${f.number(p.count)})`,
	'today.comingUp': 'Coming up',
	'today.nothingComingUp': 'Nothing is scheduled.',
	'today.conditions': 'Your conditions',
	'today.noConditions': 'No conditions yet.',
	'today.addCondition': 'Add a condition',
	'today.canI': 'Can I do this?',
	'today.canIHint': 'Check a plan against your bans before you do it.',
	'today.asOf': (p: { at: string }) => `As of ${p.at}`,
	'today.loadFailed': 'Your data could not be read on this device. Nothing was changed.',

	'time.relativeDays': (p: { days: number }, f: Formatter) => f.relativeDays(p.days),
	'alert.due': (p: { relative: string; at: string }) => `Due ${p.relative} (${p.at})`,
	'alert.overdue': (p: { date: string }) => `Overdue since ${p.date}`,
	'alert.event': (p: { at: string }) => `${p.at}`,
	'alert.hide': 'Hide',
	'alert.hideLabel': (p: { text: string }) => `Hide: ${p.text}`,
	'next.when': (p: { relative: string; at: string }) => `${p.relative}, ${p.at}`,

	'action.reportedToday': 'I reported today',
	'action.recordPayment': 'Record a payment',
	'action.markDone': 'Mark as done',
	'action.planTrip': 'Plan a trip',
	'action.recordChange': 'Record a change',
	'action.checkActivity': 'Check a plan against this ban',
	'action.details': (p: { title: string }) => `Details of ${p.title}`,
	'action.recorded': 'Recorded.'
} satisfies CatalogShape;
