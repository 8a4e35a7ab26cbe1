/**
 * English for the settings screens: Settings and More.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const settings = {
	'settings.title': 'Settings',
	'settings.noCase': 'There is no case on this phone yet.',
	'settings.setUp': 'Set up a case',

	'settings.officer': 'Your probation officer',
	'settings.officer.none': 'No contact yet. Add it under Case details below.',
	'settings.officer.call': (p: { name: string }) => `Call ${p.name}`,
	'settings.officer.callUnnamed': 'Call your probation officer',
	'settings.officer.phone': 'Phone',
	'settings.officer.address': 'Address',
	'settings.officer.hours': 'Office hours',

	'settings.details': 'Case details',
	'settings.details.sentenceUntil': 'Last day of the sentence',
	'settings.details.timeZoneHint': 'Deadlines count by the clock of this zone. Changing it moves every deadline to that zone’s clock.',
	'settings.details.save': 'Save case details',
	'settings.details.saved': 'Case details saved.',
	'settings.details.ruleProblem': (p: { title: string; problem: string }) => `${p.title}: ${p.problem}`,

	'settings.remind': 'Reminders',
	'settings.remind.legend': 'Remind me before each deadline',
	'settings.remind.days': (p: { days: number }, f: Formatter) => f.plural(p.days, { one: '# day before', other: '# days before' }),
	'settings.remind.hint': 'If you tick none, Clearday reminds you 3 days and 1 day before.',
	'settings.remind.rules':
		'A condition with reminders of its own (set on the Conditions screen) keeps them. Curfews always remind you one hour before they start.',
	'settings.remind.save': 'Save reminders',
	'settings.remind.saved': 'Reminders saved.',

	'settings.notifications': 'Notifications',
	'settings.notifications.switch': 'Warn me with phone notifications',
	'settings.notifications.hint':
		'When you open Clearday or come back to it, the phone shows a notification for each new warning, once. Warnings always show on the Today screen too.',
	'settings.notifications.on': 'Notifications are on.',
	'settings.notifications.off': 'Notifications are off.',
	'settings.notifications.refused':
		'The browser did not allow notifications. To get them, allow notifications for Clearday in the browser’s site settings, then turn this on again. Warnings still show on the Today screen.',
	'settings.notifications.blocked':
		'Notifications are blocked for Clearday in the browser’s settings, so none can be shown. Allow them in the browser’s site settings to get them. Warnings still show on the Today screen.',
	'settings.notifications.unsupported':
		'This browser cannot show notifications. On an iPhone, add Clearday to the home screen first and open it from there. Warnings still show on the Today screen.',
	'settings.notifications.asking': 'Waiting for your answer to the browser…',

	'settings.storage': 'Storage on this phone',
	'settings.storage.granted': 'The browser agreed to keep Clearday’s data. It will not delete it to make space.',
	'settings.storage.refused':
		'The browser did not promise to keep Clearday’s data. If the phone runs out of space, the browser may delete it: your case, your conditions and everything you recorded.',
	'settings.storage.unsupported':
		'This browser cannot promise to keep Clearday’s data. If the phone runs out of space, it may delete it: your case, your conditions and everything you recorded.',
	'settings.storage.unknown': 'Clearday has not yet asked the browser to keep its data.',
	'settings.storage.adviceTitle': 'To keep your data safe:',
	'settings.storage.adviceSpace': 'Keep some free space on the phone.',
	'settings.storage.adviceInstall': 'Add Clearday to the home screen (install it): browsers then keep its data more often.',
	'settings.storage.ask': 'Ask the browser to keep my data',
	'settings.storage.askAgain': 'Ask the browser again',

	'settings.startOver': 'Start over',
	'settings.newCase': 'Start a new case',
	'settings.newCaseHint': 'A new case replaces the current one. You will be asked to confirm.',
	'settings.removeDemo': 'Remove the demo',
	'settings.demoNote': 'This is the demo case. Remove it to start with an empty phone.',

	'more.title': 'More',
	'more.canI': 'Can I do this?',
	'more.canI.hint': 'Check a plan against your bans before you do it.',
	'more.conditions': 'Conditions',
	'more.conditions.hint': 'See, add and change the conditions of your sentence.',
	'more.history': 'History',
	'more.history.hint': 'Everything you recorded, with corrections.',
	'more.settings': 'Settings',
	'more.settings.hint': 'Case details, your officer’s phone, reminders, notifications, storage.'
} satisfies CatalogShape;

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
