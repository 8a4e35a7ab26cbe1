/**
 * English for the calendar export (the .ics file and its button): loaded with the More screen.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const calendar = {
	'calendar.name': 'Clearday',
	'calendar.export': 'Add deadlines to my calendar',
	'calendar.download': 'Save the calendar file',
	'calendar.hint': 'Your phone’s calendar will remind you of each deadline of the next 12 months, even when you do not open Clearday. Anyone who can see your calendar will see them.',
	'calendar.saved': (p: { count: number }, f: Formatter) =>
		`Saved ${f.plural(p.count, { one: '# deadline', other: '# deadlines' })} as clearday-deadlines.ics. Open the file to add them to your calendar.`,
	'calendar.shared': (p: { count: number }, f: Formatter) => `Sent ${f.plural(p.count, { one: '# deadline', other: '# deadlines' })} to your calendar.`,
	'calendar.none': 'Nothing is due in the next 12 months, so there is nothing to add.',
	'calendar.failed': 'The calendar file could not be made. Nothing was changed.',
	'calendar.summary': (p: { title: string; label: string }) => `${p.title}: ${p.label}`,
	'calendar.description.allDay': (p: { rule: string; zone: string }) =>
		`${p.rule}\nDue by the end of the day (${p.zone} time). Record it in Clearday when it is done.`,
	'calendar.description.timed': (p: { rule: string; time: string; zone: string }) =>
		`${p.rule}\nDue by ${p.time} (${p.zone} time). Record it in Clearday when it is done.`
} satisfies CatalogShape;
