/**
 * English for the start screens: the welcome, the templates and their form, and the titles the
 * templates give the conditions they set up (so that a case set up in another language gets
 * its titles in that language).
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const start = {
	'start.title': 'Welcome to Clearday',
	'start.title.replace': 'Start a new case',
	'start.intro':
		'Clearday keeps track of the conditions of your sentence: reporting days, payments, deadlines and bans. It warns you before a deadline, and before something you plan may break a condition.',
	'start.private': 'Everything stays on this phone. Nothing is sent anywhere, and there is no account.',
	'start.choose': 'How do you want to start?',
	'start.template.probation-kz': 'Suspended sentence / probation (Kazakhstan)',
	'start.template.probation-kz.hint': 'Registration, monthly reporting, staying in your town, telling about changes; a ban and a fine if your verdict has them.',
	'start.template.restriction-kz': 'Restriction of freedom',
	'start.template.restriction-kz.hint': 'Reporting, staying within your area, being at home at night, telling about changes.',
	'start.template.blank': 'Blank',
	'start.template.blank.hint': 'Just the case. You add the conditions yourself.',
	'start.demo': 'Try the demo case',
	'start.demo.hint': 'A made-up case to look around with. You can remove it on the Today screen.',
	'start.demo.loading': 'Loading the demo…',

	'start.replace.warning': (p: { title: string }) =>
		`You already have a case on this phone: “${p.title}”. Creating a new case replaces it: its conditions and everything you recorded are deleted from this phone.`,
	'start.replace.demoNote': 'The demo case is on this phone. Starting a case of your own removes it.',
	'start.replace.keep': 'Keep my current case',
	'start.replace.confirm': 'Yes, replace my current case and delete what I recorded for it',
	'start.replace.confirmRequired': 'Tick this box to replace your current case, or keep your current case.',
	'start.replace.demoConfirm': 'Replace my case with the demo',
	'start.replace.demoQuestion': 'The demo replaces your current case, and everything you recorded for it is deleted from this phone.',

	'start.form.change': 'Choose another start',
	'start.form.case': 'The case',
	'start.form.sentence': 'The sentence',
	'start.form.supervisor': 'Your probation officer',
	'start.form.supervisorHint': 'All optional. The phone number lets you call from the Settings screen.',
	'start.form.conditions': 'Your conditions',
	'start.form.conditionsHint':
		'These are typical for this sentence. Untick anything your verdict does not say. You can change every condition later on the Conditions screen.',
	'start.form.restrictionHint':
		'Tick only what your verdict or the probation service told you. You can change or add conditions later on the Conditions screen.',
	'start.field.title': 'Name of the case',
	'start.field.titleHint': 'Only you see it.',
	'start.defaultTitle.probation-kz': 'Suspended sentence',
	'start.defaultTitle.restriction-kz': 'Restriction of freedom',
	'start.defaultTitle.blank': 'My case',
	'start.field.timeZone': 'Time zone of the case',
	'start.field.timeZoneHint': 'Deadlines count by the clock of this zone, wherever the phone is.',
	'start.field.verdict': 'Date of the verdict',
	'start.field.inForce': 'Date the verdict entered into force',
	'start.field.inForceHint': 'The deadline to register with the probation service counts from this date.',
	'start.field.sentenceFrom': 'First day of the sentence',
	'start.field.sentenceFromHint': 'Usually the day the verdict entered into force.',
	'start.field.duration': 'How long is the sentence?',
	'start.field.years': 'Years',
	'start.field.months': 'Months',
	'start.sentence.until': (p: { date: string }, f: Formatter) => `The sentence ends on ${f.date(p.date)} (its last day).`,
	'start.field.supervisorName': 'Officer’s name',
	'start.field.supervisorPhone': 'Officer’s phone number',
	'start.field.supervisorAddress': 'Address of the office',
	'start.field.supervisorHours': 'Office hours',

	'start.condition.registration': 'Register with the probation service within 10 days after the verdict enters into force',
	'start.condition.registrationHint': 'Untick this if you have already registered.',
	'start.condition.reporting': 'Report to the probation service once a month',
	'start.field.reportingDay': 'Day of the month you report',
	'start.field.reportingDayHint': 'If your officer set another schedule (for example the second Monday), change it later on the Conditions screen.',
	'start.reportingDay.choose': 'Choose a day',
	'start.reportingDay.day': (p: { day: number }) => `Day ${p.day}`,
	'start.reportingDay.last': 'Last day of the month',
	'start.condition.movement': 'Do not leave my town or district without permission',
	'start.condition.movement.restriction': 'Stay within my area',
	'start.field.area': 'Town or district',
	'start.field.areaHint': 'As the verdict names it, for example “Almaty”.',
	'start.condition.curfew': 'Be at home at night',
	'start.field.curfewStart': 'From',
	'start.field.curfewEnd': 'Until',
	'start.condition.notifyChange': 'Tell the probation service about a new address or job',
	'start.field.withinDays': 'Within how many days of the change',
	'start.field.withinDaysHint': 'Ask your officer. A short time is safer.',
	'start.condition.ban': 'Activities the court banned',
	'start.condition.banHint': 'Tick only what your verdict bans. If it bans nothing, tick nothing.',
	'start.condition.fine': 'The court also imposed a fine',
	'start.field.fineAmount': 'Amount',
	'start.field.fineAmountHint': 'For example 400 000 or 40000,50.',
	'start.field.fineCurrency': 'Currency',
	'start.field.fineDue': 'Pay by',
	'start.field.fineDueHint': 'Paying in instalments? Set them up later on the Conditions screen.',

	'start.save': 'Create the case',
	'start.saving': 'Creating the case…',

	'issue.template.duration': 'Enter how long the sentence is, in whole years and months: at least 1 month, at most 100 years.',
	'issue.template.reportingDay': 'Choose the day of the month you report.',
	'issue.template.reportingAfterSentence': 'The sentence ends before the next reporting day. Check the sentence dates, or untick reporting.',
	'issue.template.amount': 'Enter the amount as a number, for example 400 000 or 40000,50.',
	'issue.template.days': 'Enter a whole number of days, 1 or more.',

	'template.registration.title': 'Register with the probation service',
	'template.registration.what': 'Register with the probation service',
	'template.probation.reporting.title': 'Report to the probation service every month',
	'template.restriction.reporting.title': 'Report to the probation service every month',
	'template.probation.movement.title': (p: { area: string }) => `Do not leave ${p.area} without permission`,
	'template.restriction.movement.title': (p: { area: string }) => `Stay within ${p.area}`,
	'template.curfew.title': (p: { start: string; end: string }) => `Be at home from ${p.start} to ${p.end}`,
	'template.notifyChange.title': 'Tell the probation service about a new address or job',
	'template.ban.title': (p: { categories: string[] }, f: Formatter, t) => `Ban on ${f.list(p.categories.map((c) => t(`category.${c}`)))}`,
	'template.fine.titleNoAmount': 'Fine',
	'template.fine.title': (p: { amount: number; currency: string }, f: Formatter) => `Fine of ${f.money(p.amount, p.currency)}`,

	'zone.group.kz': 'Kazakhstan',
	'zone.group.ru': 'Russia',
	'zone.group.all': 'All time zones',
	'zone.label': (p: { zone: string; offset: string }) => `${p.zone} (${p.offset})`,

	'language.legend': 'Language',
	'language.unavailable': 'That language could not be loaded. Connect to the internet once and try again.'
} satisfies CatalogShape;

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
