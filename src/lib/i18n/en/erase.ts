/** English for erasing everything on this phone (Settings) and the screen after it. */
import type { CatalogShape } from '../catalog';

export const erase = {
	'erase.title': 'Erase everything on this phone',
	'erase.intro':
		'Deletes your case, every check-in, your settings and saved family links from this phone, and the app’s offline copy. Nobody can get them back from the phone afterwards, not even you. Backups you exported elsewhere are not touched.',
	'erase.start': 'Erase everything…',
	'erase.confirm.title': 'Erase everything now?',
	'erase.confirm.text': 'This cannot be undone. Without a backup, your record of check-ins is gone for good.',
	'erase.confirm.yes': 'Yes, erase everything',
	'erase.confirm.no': 'Cancel',
	'erase.working': 'Erasing…',
	'erase.failed': 'Some data could not be erased. Close the app’s other tabs and try again.',
	'erase.done.title': 'Everything was erased',
	'erase.done.text': 'Clearday keeps nothing on this phone now: no case, no check-ins, no settings, no saved links.',
	'erase.done.history': 'The browser’s own history may still list pages of the app: clear it in the browser’s settings if that matters. Then close this tab.',
	'erase.done.again': 'Start again'
} satisfies CatalogShape;
