/**
 * English for the compliance report (/report): a printable record of the case for a lawyer or
 * the probation service, and its entries on More and History.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

export const report = {
	'more.report': 'Compliance report',
	'more.report.hint': 'Everything on record, for your lawyer or the probation service. Print it or save it as a PDF.',
	'history.reportLink': 'Compliance report: print or save as PDF',

	'report.title': 'Compliance report',
	'report.documentTitle': (p: { title: string; date: string }) => `Compliance report — ${p.title} — ${p.date}`,
	'report.generated': (p: { date: string; time: string; zone: string }) =>
		`Generated on ${p.date} at ${p.time}. Dates and times are in the case’s time zone, ${p.zone}.`,
	'report.intro':
		'What this phone holds about the case at that moment: the conditions, every reporting day, payments, activities, trips, changes, corrections and entries written down later. It is the app’s reading of the record, not a legal opinion.',
	'report.print': 'Print or save as PDF',
	'report.print.hint': 'To keep a file, choose “Save as PDF” as the printer.',
	'report.noCase': 'There is no case on this phone yet, so there is nothing to report.',
	'report.setUp': 'Set up a case',
	'report.context': (p: { section: string; title: string }) => `${p.section} — ${p.title}`,

	'report.fingerprint': 'Record fingerprint',
	'report.fingerprint.short': 'Fingerprint',
	'report.fingerprint.full': 'In full (SHA-256)',
	'report.fingerprint.computing': 'Working out the fingerprint…',
	'report.fingerprint.failed': 'This browser could not work out the fingerprint. The rest of the report is complete.',
	'report.fingerprint.empty': 'Nothing is recorded yet, so the record has no fingerprint.',
	'report.fingerprint.what': (p: { count: number }, f: Formatter) =>
		f.plural(p.count, {
			one: 'A fingerprint of the # entry on record. Note it down, or keep this report: if that entry is later changed or removed, the record will no longer give this fingerprint. It shows that the record was not changed after you noted it; it cannot show that what was recorded is true.',
			other:
				'A fingerprint of all # entries on record, in the order they were written down. Note it down, or keep this report: if any of them is later changed, removed or put in another order, the record will no longer give this fingerprint. It shows that the record was not changed after you noted it; it cannot show that what was recorded is true.'
		}),

	'report.case': 'The case',
	'report.case.title': 'Case',
	'report.case.verdict': 'Verdict',
	'report.case.inForce': 'In force since',
	'report.case.sentence': 'Sentence',
	'report.case.zone': 'Time zone',
	'report.case.supervisor': 'Probation officer',
	'report.case.level': 'Status at this moment',
	'report.period': (p: { from: string; until: string }, f: Formatter) => `${f.date(p.from)} – ${f.date(p.until)}`,

	'report.conditions': 'Conditions',
	'report.conditions.none': 'No conditions are recorded.',
	'report.condition.period': (p: { from: string; until: string }, f: Formatter) => `Applies from ${f.date(p.from)} to ${f.date(p.until)}.`,
	'report.condition.state': 'Now',
	'report.condition.alerts': 'Alerts',

	'report.reporting': (p: { title: string }) => `Reporting: ${p.title}`,
	'report.reporting.none': 'No reporting day has come yet.',
	'report.reporting.counts': (p: { total: number; met: number; excused: number; missed: number; open: number }, f: Formatter) =>
		`${f.plural(p.total, { one: '# reporting day so far', other: '# reporting days so far' })}: ${f.number(p.met)} reported in time, ${f.number(p.excused)} excused, ${f.number(p.missed)} missed${p.open ? `, ${f.number(p.open)} due today` : ''}.`,
	'report.col.day': 'Reporting day',
	'report.col.outcome': 'Outcome',
	'report.col.record': 'On record',
	'report.day.by': (p: { time: string }) => `by ${p.time}`,
	'report.outcome.met': 'Reported',
	'report.outcome.excused': 'Excused',
	'report.outcome.missed': 'Missed',
	'report.outcome.open': 'Due today',
	'report.entry.report': (p: { at: string }) => `Reported at ${p.at}`,
	'report.entry.reportLate': (p: { at: string }) => `Reported at ${p.at}, after the deadline`,
	'report.entry.excuse': (p: { at: string }) => `Excuse recorded on ${p.at}`,
	'report.entry.written': (p: { at: string }) => `Written down on ${p.at}`,
	'report.entry.nothing': 'Nothing recorded',
	'report.unmatched': 'Reports and excuses for no reporting day above',
	'report.unmatched.hint':
		'They are on record but meet no reporting day listed above: a visit on another day (one the officer moved, for example), an excuse for a day still ahead, or an entry dated after this report.',

	'report.payments': (p: { title: string }) => `Payments: ${p.title}`,
	'report.payments.summary': (p: { paid: number; total: number; overdue: number; currency: string }, f: Formatter) =>
		p.overdue > 0
			? `${f.money(p.paid, p.currency)} paid of ${f.money(p.total, p.currency)}; ${f.money(p.overdue, p.currency)} overdue.`
			: `${f.money(p.paid, p.currency)} paid of ${f.money(p.total, p.currency)}; nothing overdue.`,
	'report.payments.payee': (p: { payee: string }) => `Paid to: ${p.payee}`,
	'report.payments.surplus': (p: { amount: number; currency: string }, f: Formatter) => `${f.money(p.amount, p.currency)} was paid beyond the total.`,
	'report.payments.notYet': 'Payments dated after this report, not counted yet',
	'report.payments.rule': 'Payments are counted towards the instalments in the order they fall due, whenever each was paid.',
	'report.col.due': 'Due',
	'report.col.amount': 'Amount',
	'report.col.paidBy': 'Paid by',
	'report.col.balance': 'Left to pay',
	'report.paidBy': (p: { amount: number; currency: string; at: string }, f: Formatter) => `${f.money(p.amount, p.currency)} paid on ${p.at}`,
	'report.paidBy.part': (p: { amount: number; of: number; currency: string; at: string }, f: Formatter) =>
		`${f.money(p.amount, p.currency)} of the ${f.money(p.of, p.currency)} paid on ${p.at}`,
	'report.paidBy.none': 'Nothing yet',
	'report.instalment.paid': 'Paid',
	'report.instalment.paidLate': 'Paid after the due date',
	'report.instalment.overdue': 'Overdue',
	'report.instalment.pending': 'Not due yet',

	'report.activities': 'Activities',
	'report.activities.none': 'No activity is recorded.',
	'report.col.date': 'Date',
	'report.col.activity': 'Activity',
	'report.col.assessment': 'Against the bans',
	'report.activity.planned': 'Planned',
	'report.activity.done': 'Done',
	'report.activity.clear': 'No alert at this moment',

	'report.trips': 'Trips',
	'report.trips.none': 'No trip is recorded.',
	'report.col.trip': 'Trip',
	'report.col.permission': 'Permission or notice',
	'report.col.status': 'Status',
	'report.permission.granted': (p: { at: string }) => `Permission granted on ${p.at}`,
	'report.permission.refused': (p: { at: string }) => `Permission refused on ${p.at}`,
	'report.notice': (p: { at: string }) => `Officer notified on ${p.at}`,
	'report.permission.none': 'None recorded',
	'report.trip.inOrder': 'No alert at this moment',
	'report.trip.inside': 'Within the area: nothing needed',

	'report.changes': 'Changes to tell the officer about',
	'report.changes.none': 'No change is recorded.',
	'report.col.change': 'Change',
	'report.col.notified': 'Officer notified',
	'report.change.deadline': (p: { at: string }) => `To notify by ${p.at}`,
	'report.change.in-time': 'Notified in time',
	'report.change.late': 'Notified late',
	'report.change.missed': 'Not notified in time',
	'report.change.pending': 'Still in time',
	'report.change.not-required': 'No condition asks for it',

	'report.corrections': 'Corrections',
	'report.corrections.intro': 'Nothing is ever edited or deleted: a correction is a new entry that replaces an earlier one, and both are kept here.',
	'report.corrections.none': 'No entry was corrected.',
	'report.correction.original': 'Earlier entry (no longer counts)',
	'report.correction.replacement': 'Replaced by',
	'report.correction.withdrawal': 'Marked as a mistake',

	'report.backdated': 'Entries written down later',
	'report.backdated.intro':
		'Entries written down more than an hour after what they record, or on another day. Each counts from when it happened; both times are shown so that nothing is disguised.',
	'report.backdated.none': 'Every entry was written down within the hour, on the same day.',
	'report.col.entry': 'Entry',
	'report.col.happened': 'Happened',
	'report.col.recorded': 'Written down',

	'report.end': (p: { count: number }, f: Formatter) => f.plural(p.count, { one: 'End of the report: # entry on record.', other: 'End of the report: # entries on record.' })
} satisfies CatalogShape;
