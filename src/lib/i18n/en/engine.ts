/**
 * English for everything the engine says: levels, states, alerts, summaries, labels,
 * and names (categories, changes, weekdays). Conditions in words are in describe.ts,
 * validation issues in issues.ts.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';

type F = Formatter;
type Money = { amount: number; currency: string };

export const engine = {
	'level.ok': 'All clear',
	'level.attention': 'Attention',
	'level.at-risk': 'At risk',
	'level.ok.detail': 'Nothing is due soon and nothing is overdue.',
	'level.attention.detail': 'Something is due soon.',
	'level.at-risk.detail': 'Something may count as a violation. Check the alerts below.',

	'state.inactive': 'Not started',
	'state.ok': 'In order',
	'state.due-soon': 'Due soon',
	'state.breach-risk': 'At risk',
	'state.done': 'Done',
	'state.ended': 'Ended',

	'severity.info': 'Reminder',
	'severity.warning': 'Warning',
	'severity.critical': 'Possible violation',

	'alert.caveat': 'This may count as a violation. Talk to your lawyer before you act on it.',

	'category.political': 'political activity',
	'category.civic': 'civic activity',
	'category.journalism': 'journalism',
	'category.social-media': 'social media',
	'category.charitable': 'charitable activity',
	'category.religious': 'religious activity',
	'category.assembly': 'public assemblies',
	'category.other': 'other activities',

	'change.residence': 'residence',
	'change.work': 'work',
	'change.study': 'place of study',
	'change.phone': 'phone number',

	'weekday.MO': 'Monday',
	'weekday.TU': 'Tuesday',
	'weekday.WE': 'Wednesday',
	'weekday.TH': 'Thursday',
	'weekday.FR': 'Friday',
	'weekday.SA': 'Saturday',
	'weekday.SU': 'Sunday',

	'reporting.due': (p: { date: string }, f: F) => `Report to the probation office on ${f.date(p.date)}.`,
	'reporting.missed': (p: { date: string }, f: F) => `No report is recorded for the reporting day ${f.date(p.date)}.`,
	'reporting.label': (p: { date: string }, f: F) => `Report on ${f.date(p.date)}`,
	'reporting.summary.missed': (p: { count: number; since: string }, f: F) =>
		`${f.plural(p.count, { one: '# reporting day', other: '# reporting days' })} without a report (first: ${f.date(p.since)}).`,
	'reporting.summary.onTrack': 'Every reporting day so far has a report or an excuse.',
	'reporting.summary.complete': 'All reporting days are done.',

	'payment.due': (p: Money & { date: string }, f: F) => `${f.money(p.amount, p.currency)} is due by ${f.date(p.date)}.`,
	'payment.missed': (p: Money & { date: string }, f: F) => `${f.money(p.amount, p.currency)} was due by ${f.date(p.date)} and is not paid.`,
	'payment.label': (p: Money & { date: string }, f: F) => `Pay ${f.money(p.amount, p.currency)} by ${f.date(p.date)}`,
	'payment.summary.paid': (p: { total: number; currency: string }, f: F) => `Paid in full: ${f.money(p.total, p.currency)}.`,
	'payment.summary.progress': (p: { paid: number; total: number; currency: string }, f: F) =>
		`${f.money(p.paid, p.currency)} of ${f.money(p.total, p.currency)} paid.`,
	'payment.summary.overdue': (p: { paid: number; total: number; overdue: number; currency: string }, f: F) =>
		`${f.money(p.paid, p.currency)} of ${f.money(p.total, p.currency)} paid; ${f.money(p.overdue, p.currency)} overdue.`,

	'deadline.due': (p: { date: string; time: string }, f: F) => `Due by ${f.date(p.date)}${p.time ? `, ${p.time}` : ''}.`,
	'deadline.missed': (p: { date: string; time: string }, f: F) => `The deadline of ${f.date(p.date)}${p.time ? `, ${p.time}` : ''} has passed and it is not marked done.`,
	'deadline.label': (p: { date: string; time: string }, f: F) => `Due ${f.date(p.date)}${p.time ? `, ${p.time}` : ''}`,
	'deadline.summary.done': (p: { doneOn: string }, f: F) => `Done on ${f.date(p.doneOn)}.`,
	'deadline.summary.doneLate': (p: { date: string; doneOn: string }, f: F) => `Done on ${f.date(p.doneOn)}, after the deadline of ${f.date(p.date)}.`,
	'deadline.summary.missed': (p: { date: string }, f: F) => `Not done; it was due by ${f.date(p.date)}.`,
	'deadline.summary.pending': (p: { date: string; time: string }, f: F) => `Due by ${f.date(p.date)}${p.time ? `, ${p.time}` : ''}.`,

	'activity-ban.planned': (p: { date: string; categories: string[] }, f: F, t) =>
		`A planned activity on ${f.date(p.date)} falls under the ban (${f.list(p.categories.map((c) => t(`category.${c}`)))}).`,
	'activity-ban.conflict': (p: { date: string; categories: string[] }, f: F, t) =>
		`An activity on ${f.date(p.date)} falls under the ban (${f.list(p.categories.map((c) => t(`category.${c}`)))}).`,
	'activity-ban.summary': (p: { conflicts: number }, f: F) =>
		p.conflicts ? `${f.plural(p.conflicts, { one: '# recorded activity falls', other: '# recorded activities fall' })} under the ban.` : 'No recorded activity falls under the ban.',

	'movement.permission.due': (p: { date: string }, f: F) => `The trip from ${f.date(p.date)} needs permission before you leave.`,
	'movement.permission.missed': (p: { date: string }, f: F) => `The trip from ${f.date(p.date)} has no permission recorded in time.`,
	'movement.notice.due': (p: { date: string }, f: F) => `Tell the probation service about the trip from ${f.date(p.date)}.`,
	'movement.notice.missed': (p: { date: string }, f: F) => `The trip from ${f.date(p.date)} was not notified in time.`,
	'movement.forbiddenPlanned': (p: { date: string }, f: F) => `The trip from ${f.date(p.date)} would leave the area you must stay in.`,
	'movement.forbidden': (p: { date: string }, f: F) => `The trip from ${f.date(p.date)} leaves the area you must stay in.`,
	'movement.refusedPlanned': (p: { date: string }, f: F) => `Permission for the trip from ${f.date(p.date)} was refused.`,
	'movement.refused': (p: { date: string }, f: F) => `The trip from ${f.date(p.date)} began although permission was refused.`,
	'movement.outside': (p: { date: string }, f: F) => `A location recorded on ${f.date(p.date)} is outside the area.`,
	'movement.maybeOutside': (p: { date: string }, f: F) => `A location recorded on ${f.date(p.date)} may be outside the area (its accuracy is low).`,
	'movement.label.required': (p: { date: string }, f: F) => `Permission for the trip from ${f.date(p.date)}`,
	'movement.label.notice': (p: { date: string }, f: F) => `Notice of the trip from ${f.date(p.date)}`,
	'movement.summary.required': (p: { area: string }) => `Stay in ${p.area}; trips outside need permission.`,
	'movement.summary.notice': (p: { area: string }) => `Stay in ${p.area}; tell the probation service before trips outside.`,
	'movement.summary.forbidden': (p: { area: string }) => `Do not leave ${p.area}.`,

	'curfew.due': (p: { start: string; end: string }) => `Curfew from ${p.start} to ${p.end}.`,
	'curfew.outside': (p: { date: string }, f: F) => `A location recorded during the curfew of ${f.date(p.date)} is away from home.`,
	'curfew.maybeOutside': (p: { date: string }, f: F) => `A location recorded during the curfew of ${f.date(p.date)} may be away from home (its accuracy is low).`,
	'curfew.label': (p: { start: string; end: string }) => `Curfew ${p.start}–${p.end}`,
	'curfew.summary': (p: { start: string; end: string }) => `At home from ${p.start} to ${p.end}.`,
	'curfew.summary.now': (p: { end: string }) => `Curfew now, until ${p.end}.`,

	'notify-change.due': (p: { what: string; date: string }, f: F, t) => `Tell the probation service about the change of ${t(`change.${p.what}`)} by ${f.date(p.date)}.`,
	'notify-change.missed': (p: { what: string; on: string; date: string }, f: F, t) =>
		`The change of ${t(`change.${p.what}`)} on ${f.date(p.on)} was not notified by ${f.date(p.date)}.`,
	'notify-change.label': (p: { what: string; date: string }, f: F, t) => `Notify the change of ${t(`change.${p.what}`)} by ${f.date(p.date)}`,
	'notify-change.summary': (p: { pending: number }, f: F) =>
		p.pending ? `${f.plural(p.pending, { one: '# change', other: '# changes' })} to notify.` : 'No change waiting to be notified.',

	'revocation.oneMore': (p: { count: number; months: number; until: string }, f: F) =>
		`${p.count} warnings or violations in ${p.months} months, your limit: one more would go over it. The oldest stops counting on ${f.date(p.until)}.`,
	'revocation.crossed': (p: { count: number; moreThan: number; months: number }) => `${p.count} warnings or violations in ${p.months} months, over your limit of ${p.moreThan}. Talk to your lawyer.`,
	'clarification.unanswered': (p: { date: string }, f: F) => `Your question of ${f.date(p.date)} has no answer yet: ask again in writing.`
} satisfies CatalogShape;

