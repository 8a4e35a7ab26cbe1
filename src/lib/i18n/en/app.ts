/**
 * English for the app's frame: its name, navigation and common actions.
 */
import type { CatalogShape } from '../catalog';

export const app = {
	'app.name': 'Clearday',
	'app.tagline': 'Your sentence conditions, deadlines and check-ins, on your phone only.',

	'nav.label': 'Main',
	'nav.today': 'Today',
	'nav.checkIn': 'Check in',
	'nav.conditions': 'Conditions',
	'nav.history': 'History',
	'nav.more': 'More',
	'common.save': 'Save',
	'common.cancel': 'Cancel',
	'common.back': 'Back',
	'common.loading': 'Loading…',
	'common.optional': 'optional',
	'common.fixProblems': 'Please fix the problems below. Nothing was saved.',
	'error.storage.quota': 'The phone is out of storage space. Nothing was saved. Free some space and try again.',
	'error.storage.unavailable': 'This browser does not let the app store data (private mode?). Nothing was saved.',
	'error.storage.locked': 'Clearday is locked. Nothing was saved. Unlock it and try again.',
	'error.storage.unknown': 'The phone could not save this. Nothing was saved. Please try again.',
	'error.unexpected': 'Something went wrong. Nothing was changed. Please reload the app.'
} satisfies CatalogShape;
