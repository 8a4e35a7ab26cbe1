/**
 * A condition as form state, and back: what each field of the rule looks like while a person
 * edits it (text as typed, money in major units, the schedule builder's choices), and the
 * candidate rule the form describes, which the engine's own validator then checks.
 *
 * `toRule(fromRule(rule), rule)` gives back the very same rule: numbers, dates, money and the
 * RRULE are written back exactly, and optional text the person did not touch is kept exactly as
 * it was (an empty note, keywords with spaces around them). What the form cannot even turn into
 * a candidate (an amount that is not a number, a week with no weekday) is reported here, at the
 * field's path, with the same issue shape the engine uses; the engine's own issue at that path
 * is then left out, since it would only repeat the problem less clearly.
 */
import type { CaseFileIssue, Rule, RuleKindName, RuleOfKind } from '$lib/domain';
import type { BanCategory, ChangeKind } from '$lib/domain/checkins';
import type { WEEKDAY_CODES } from '$lib/domain/rrule';
import { formatMoneyInput, minorDigits, parseMoney } from './money';
import { DEFAULT_SCHEDULE, scheduleFromRRule, scheduleToRRule, type ScheduleForm } from './recurrence-builder';

export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
export type Permission = RuleOfKind<'movement'>['permission'];
export type Anchor = 'verdict' | 'inForce';

/** Fields every condition has. */
export interface CommonForm {
	id: string;
	title: string;
	notes: string;
	/** Local dates; empty for the sentence's own start or end. */
	from: string;
	until: string;
	/** The rule's own reminder lead times; undefined for the usual ones. */
	remind: string[] | undefined;
}

export interface ReportingForm extends CommonForm {
	kind: 'reporting';
	schedule: ScheduleForm;
	start: string;
	windowFrom: string;
	windowTo: string;
	place: string;
}

/** One row of the editable schedule; `key` only tells rows apart on screen. */
export interface InstalmentRow {
	key: string;
	due: string;
	/** In major units, as typed. */
	amount: string;
}

export interface PaymentForm extends CommonForm {
	kind: 'payment';
	currency: string;
	payee: string;
	schedule: InstalmentRow[];
}

export interface DeadlineForm extends CommonForm {
	kind: 'deadline';
	what: string;
	dueMode: 'date' | 'after';
	due: string;
	anchor: Anchor;
	days: string;
	/** Count calendar days or working days. */
	calendar: 'calendar' | 'working';
	time: string;
}

export interface ActivityBanForm extends CommonForm {
	kind: 'activity-ban';
	categories: BanCategory[];
	/** One keyword a line. */
	keywords: string;
}

/** A geofence as typed: all three empty for none. */
export interface GeofenceForm {
	lat: string;
	lon: string;
	radiusKm: string;
}

export interface MovementForm extends CommonForm {
	kind: 'movement';
	area: string;
	permission: Permission;
	noticeDays: string;
	geofence: GeofenceForm;
}

export interface CurfewForm extends CommonForm {
	kind: 'curfew';
	start: string;
	end: string;
	/** None for every day. */
	days: WeekdayCode[];
	home: GeofenceForm;
}

export interface NotifyChangeForm extends CommonForm {
	kind: 'notify-change';
	changes: ChangeKind[];
	withinDays: string;
}

export type RuleForm = ReportingForm | PaymentForm | DeadlineForm | ActivityBanForm | MovementForm | CurfewForm | NotifyChangeForm;
export type FormOfKind<K extends RuleKindName> = Extract<RuleForm, { kind: K }>;

let rows = 0;
/** A key for a new schedule row. */
export function rowKey(): string {
	rows += 1;
	return `row-${rows}`;
}

const EMPTY_FENCE: GeofenceForm = { lat: '', lon: '', radiusKm: '' };

function fenceForm(fence: { lat: number; lon: number; radiusKm: number } | undefined): GeofenceForm {
	return fence ? { lat: String(fence.lat), lon: String(fence.lon), radiusKm: String(fence.radiusKm) } : { ...EMPTY_FENCE };
}

export function keywordsText(keywords: readonly string[] | undefined): string {
	return (keywords ?? []).join('\n');
}

/** The form showing a stored rule. */
export function fromRule(rule: Rule): RuleForm {
	const common: CommonForm = {
		id: rule.id,
		title: rule.title,
		notes: rule.notes ?? '',
		from: rule.from ?? '',
		until: rule.until ?? '',
		remind: rule.remind ? [...rule.remind] : undefined
	};
	switch (rule.kind) {
		case 'reporting':
			return {
				...common,
				kind: rule.kind,
				schedule: scheduleFromRRule(rule.rrule),
				start: rule.start,
				windowFrom: rule.window?.from ?? '',
				windowTo: rule.window?.to ?? '',
				place: rule.place ?? ''
			};
		case 'payment': {
			const digits = minorDigits(rule.currency);
			return {
				...common,
				kind: rule.kind,
				currency: rule.currency,
				payee: rule.payee ?? '',
				schedule: rule.schedule.map((item) => ({ key: rowKey(), due: item.due, amount: formatMoneyInput(item.amount, digits) }))
			};
		}
		case 'deadline':
			return {
				...common,
				kind: rule.kind,
				what: rule.what,
				dueMode: rule.after ? 'after' : 'date',
				due: rule.due ?? '',
				anchor: rule.after?.anchor ?? 'inForce',
				days: rule.after ? String(rule.after.days) : '',
				calendar: rule.after?.calendar ?? 'calendar',
				time: rule.time ?? ''
			};
		case 'activity-ban':
			return { ...common, kind: rule.kind, categories: [...rule.categories], keywords: keywordsText(rule.keywords) };
		case 'movement':
			return {
				...common,
				kind: rule.kind,
				area: rule.area,
				permission: rule.permission,
				noticeDays: rule.noticeDays === undefined ? '' : String(rule.noticeDays),
				geofence: fenceForm(rule.geofence)
			};
		case 'curfew':
			return { ...common, kind: rule.kind, start: rule.start, end: rule.end, days: [...(rule.days ?? [])], home: fenceForm(rule.home) };
		case 'notify-change':
			return { ...common, kind: rule.kind, changes: [...rule.changes], withinDays: String(rule.withinDays) };
	}
}

/** The form for a new condition of a kind, with the few defaults that are nearly always right. */
export function newForm(kind: RuleKindName, fields: { id: string; title: string; today: string }): RuleForm {
	const common: CommonForm = { id: fields.id, title: fields.title, notes: '', from: '', until: '', remind: undefined };
	switch (kind) {
		case 'reporting':
			return { ...common, kind, schedule: { ...DEFAULT_SCHEDULE, weekdays: [...DEFAULT_SCHEDULE.weekdays] }, start: fields.today, windowFrom: '', windowTo: '', place: '' };
		case 'payment':
			return { ...common, kind, currency: 'KZT', payee: '', schedule: [] };
		case 'deadline':
			return { ...common, kind, what: '', dueMode: 'date', due: '', anchor: 'inForce', days: '', calendar: 'calendar', time: '' };
		case 'activity-ban':
			return { ...common, kind, categories: [], keywords: '' };
		case 'movement':
			return { ...common, kind, area: '', permission: 'required', noticeDays: '', geofence: { ...EMPTY_FENCE } };
		case 'curfew':
			return { ...common, kind, start: '22:00', end: '06:00', days: [], home: { ...EMPTY_FENCE } };
		case 'notify-change':
			return { ...common, kind, changes: [], withinDays: '' };
	}
}

/** A problem found while reading the form, in the engine's issue shape (`issue.<code>` in the catalog). */
export function formIssue(path: string, code: string, params: Record<string, string | number> = {}): CaseFileIssue {
	return { path, code, params, message: code };
}

/** The form's own issues, then the engine's where the form has none at that path. */
export function mergeIssues(formIssues: readonly CaseFileIssue[], engineIssues: readonly CaseFileIssue[]): CaseFileIssue[] {
	const paths = new Set(formIssues.map((issue) => issue.path));
	return [...formIssues, ...engineIssues.filter((issue) => !paths.has(issue.path))];
}

/** A whole number as typed, or why not. */
export function readWhole(text: string): number | 'empty' | 'invalid' {
	const trimmed = text.trim();
	if (trimmed === '') return 'empty';
	return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** A decimal number as typed, a comma or a point for decimals ("43,238"), or why not. */
export function readDecimal(text: string): number | 'empty' | 'invalid' {
	const trimmed = text.trim().replace(',', '.');
	if (trimmed === '') return 'empty';
	return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** Optional text: left out when blank, unless the rule had exactly this text and nobody changed it. */
function optionalText(value: string, was: string | undefined): string | undefined {
	if (value.trim() !== '') return value;
	return was !== undefined && value === was ? was : undefined;
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

class Reader {
	readonly issues: CaseFileIssue[] = [];

	/** A required text field that must not be empty (dates, times): "required" reads better than "not a date". */
	required(value: string, path: string): string {
		if (value.trim() === '') this.issues.push(formIssue(path, 'value.required'));
		return value;
	}

	whole(text: string, path: string, required: boolean): number | undefined {
		const value = readWhole(text);
		if (value === 'empty') {
			if (required) this.issues.push(formIssue(path, 'value.required'));
			return required ? Number.NaN : undefined;
		}
		if (value === 'invalid') {
			this.issues.push(formIssue(path, 'number.wholeDays'));
			return Number.NaN;
		}
		return value;
	}

	fence(fence: GeofenceForm, path: string): Record<string, number> | undefined {
		if (fence.lat.trim() === '' && fence.lon.trim() === '' && fence.radiusKm.trim() === '') return undefined;
		const read = (text: string, field: string) => {
			const value = readDecimal(text);
			if (typeof value === 'number') return value;
			this.issues.push(formIssue(`${path}.${field}`, value === 'empty' ? 'value.required' : 'conditions.number'));
			return Number.NaN;
		};
		return { lat: read(fence.lat, 'lat'), lon: read(fence.lon, 'lon'), radiusKm: read(fence.radiusKm, 'radiusKm') };
	}
}

/**
 * The candidate rule a form describes, for `validateRuleInCase`, and the problems found in
 * reading it. `original` is the rule being edited, if any.
 */
export function toRule(form: RuleForm, original?: Rule): { candidate: Record<string, unknown>; issues: CaseFileIssue[] } {
	const read = new Reader();
	const common = {
		id: form.id,
		kind: form.kind,
		title: form.title,
		notes: optionalText(form.notes, original?.notes),
		from: form.from === '' ? undefined : form.from,
		until: form.until === '' ? undefined : form.until,
		remind: form.remind ? [...form.remind] : undefined
	};
	let own: Record<string, unknown>;
	switch (form.kind) {
		case 'reporting': {
			const schedule = scheduleToRRule(form.schedule);
			if ('problem' in schedule) read.issues.push(formIssue('rrule', `conditions.schedule.${schedule.problem}`));
			const window = form.windowFrom === '' && form.windowTo === '' ? undefined : { from: read.required(form.windowFrom, 'window.from'), to: read.required(form.windowTo, 'window.to') };
			own = {
				rrule: 'rrule' in schedule ? schedule.rrule : '',
				start: read.required(form.start, 'start'),
				window,
				place: optionalText(form.place, original?.kind === 'reporting' ? original.place : undefined)
			};
			break;
		}
		case 'payment': {
			const currency = form.currency.trim().toUpperCase();
			const digits = minorDigits(/^[A-Z]{3}$/.test(currency) ? currency : 'XXX');
			const schedule = form.schedule.map((row, index) => {
				const amount = parseMoney(row.amount, digits);
				if (!amount.ok) read.issues.push(formIssue(`schedule[${index}].amount`, `conditions.amount.${amount.problem}`));
				return { due: read.required(row.due, `schedule[${index}].due`), amount: amount.ok ? amount.minor : Number.NaN };
			});
			own = { currency, schedule, payee: optionalText(form.payee, original?.kind === 'payment' ? original.payee : undefined) };
			break;
		}
		case 'deadline':
			own = {
				what: form.what,
				due: form.dueMode === 'date' ? read.required(form.due, 'due') : undefined,
				after:
					form.dueMode === 'after'
						? { anchor: form.anchor, days: read.whole(form.days, 'after.days', true), ...(form.calendar === 'working' ? { calendar: 'working' } : {}) }
						: undefined,
				time: form.time === '' ? undefined : form.time
			};
			break;
		case 'activity-ban': {
			const was = original?.kind === 'activity-ban' ? original.keywords : undefined;
			const typed = form.keywords
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter((line) => line !== '');
			own = {
				categories: [...form.categories],
				keywords: form.keywords === keywordsText(was) && was !== undefined ? [...was] : typed.length ? typed : undefined
			};
			break;
		}
		case 'movement':
			own = {
				area: form.area,
				permission: form.permission,
				noticeDays: read.whole(form.noticeDays, 'noticeDays', false),
				geofence: read.fence(form.geofence, 'geofence')
			};
			break;
		case 'curfew':
			own = { start: read.required(form.start, 'start'), end: read.required(form.end, 'end'), days: form.days.length ? [...form.days] : undefined, home: read.fence(form.home, 'home') };
			break;
		case 'notify-change':
			own = { changes: [...form.changes], withinDays: read.whole(form.withinDays, 'withinDays', true) };
			break;
	}
	return { candidate: withoutUndefined({ ...common, ...withoutUndefined(own) }), issues: read.issues };
}

/** Every field path a kind's form shows, so that any other issue is listed at the top instead. */
export function shownPaths(form: RuleForm): string[] {
	const common = ['title', 'notes', 'from', 'until', 'remind'];
	switch (form.kind) {
		case 'reporting':
			return [...common, 'rrule', 'start', 'window', 'place'];
		case 'payment':
			return [...common, 'currency', 'schedule', 'payee'];
		case 'deadline':
			return [...common, 'what', 'due', 'after', 'time'];
		case 'activity-ban':
			return [...common, 'categories', 'keywords'];
		case 'movement':
			return [...common, 'area', 'permission', 'noticeDays', 'geofence'];
		case 'curfew':
			return [...common, 'start', 'end', 'days', 'home'];
		case 'notify-change':
			return [...common, 'changes', 'withinDays'];
	}
}
