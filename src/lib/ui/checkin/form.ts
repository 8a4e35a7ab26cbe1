/**
 * The check-in form as plain data, and the check-in it describes.
 *
 * The form keeps what the person typed (text, as typed); `checkForm` turns it into a candidate
 * check-in and validates it with the engine's own `validateNewCheckIn`, so the form refuses
 * exactly what storage would refuse. A few problems only the form can see (an amount that is not
 * a number, a missing location, an excuse without the officer's reason) are found here first and
 * carry `checkin.problem.*` codes from the catalog; everything else is the engine's `issue.*`.
 *
 * Decisions:
 * - "When it happened" is now unless the person changes it. Left alone, `at` is the moment of
 *   saving (the same instant as `recordedAt`). Changed, it is that local date and time in the
 *   case's zone. A correction starts from the original `at` and keeps it to the millisecond
 *   while the date and time fields still show it.
 * - A location's `at` is the moment the phone read the position (never after saving).
 * - Empty text fields are left out of the candidate, so the engine says "required" rather than
 *   "not a date".
 * - An excuse needs the officer's reason in its note: the engine allows an excuse without one,
 *   but an excuse nobody can explain later is worth little to a lawyer.
 */
import { BAN_CATEGORIES, CHECK_IN_RULE_KINDS, type BanCategory, type ChangeKind, type ClarificationChannel } from '$lib/domain/checkins';
import { validateNewCheckIn } from '$lib/domain/casefile';
import { makeIssue } from '$lib/domain/issues';
import { instantMs } from '$lib/domain/instant';
import type { Zone } from '$lib/domain/time';
import type { BanMatch, CaseFile, CaseFileIssue, CheckIn, CheckInKind, Rule } from '$lib/domain';
import { formatMajorAmount, minorDigits, parseMajorAmount } from '$lib/ui/kit/money';
import { instantOfParts, instantText, localParts, type LocalParts } from './local-time';

/** What saving a check-in came to: stored, refused by the engine, or failed in storage (in words). */
export type SaveOutcome = { ok: true; value: CheckIn } | { ok: false; issues: CaseFileIssue[] } | { ok: false; failure: string };

export interface LocationFix {
	lat: number;
	lon: number;
	accuracyM: number;
	/** When the phone read it (epoch ms). */
	at: number;
}

export interface CheckInForm {
	kind: CheckInKind;
	/** '' = no condition. */
	ruleId: string;
	note: string;
	/** "When it happened" as changed by the person; undefined = now. */
	when: LocalParts | undefined;
	/** A correction's original `at`, kept exactly while `when` still shows it. */
	exactAt?: string;
	amount: string;
	excuseFor: string;
	description: string;
	categories: BanCategory[];
	planned: boolean;
	plannedOn: string;
	tripFrom: string;
	tripTo: string;
	destination: string;
	outsideArea: boolean | undefined;
	trip: string;
	granted: boolean | undefined;
	changeWhat: ChangeKind | '';
	changeOn: string;
	about: string;
	location: LocationFix | undefined;
	/** Official warning. */
	issuedBy: string;
	warningText: string;
	photo: string;
	disputed: boolean;
	disputeNote: string;
	/** Clarification: the question, and the answer once there is one. */
	question: string;
	askedTo: string;
	via: ClarificationChannel | '';
	remindAfter: string;
	answered: boolean;
	answerOn: string;
	answerSource: string;
	answerText: string;
	/** One item a line (keyword syntax: `interview*`). */
	covers: string;
	excludes: string;
}

export function emptyForm(kind: CheckInKind): CheckInForm {
	return {
		kind,
		ruleId: '',
		note: '',
		when: undefined,
		amount: '',
		excuseFor: '',
		description: '',
		categories: [],
		planned: false,
		plannedOn: '',
		tripFrom: '',
		tripTo: '',
		destination: '',
		outsideArea: undefined,
		trip: '',
		granted: undefined,
		changeWhat: '',
		changeOn: '',
		about: '',
		location: undefined,
		issuedBy: '',
		warningText: '',
		photo: '',
		disputed: false,
		disputeNote: '',
		question: '',
		askedTo: '',
		via: '',
		remindAfter: '',
		answered: false,
		answerOn: '',
		answerSource: '',
		answerText: '',
		covers: '',
		excludes: ''
	};
}

/** The lines of a text area as items: trimmed, blank ones left out. */
export function itemsOf(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

/** Rules a check-in of `kind` may be for (every rule for a note). */
export function compatibleRules(kind: CheckInKind, rules: readonly Rule[]): Rule[] {
	const { kinds } = CHECK_IN_RULE_KINDS[kind];
	return rules.filter((rule) => kinds.length === 0 || kinds.includes(rule.kind));
}

/** The rule to preselect: the requested one if it fits, else the only one that fits, else none. */
export function preselectedRule(kind: CheckInKind, rules: readonly Rule[], requested?: string | null): string {
	const fitting = compatibleRules(kind, rules);
	if (requested && fitting.some((rule) => rule.id === requested)) return requested;
	// A note fits every rule: preselecting one would be a guess.
	if (fitting.length === 1 && CHECK_IN_RULE_KINDS[kind].kinds.length > 0) return fitting[0]!.id;
	return '';
}

/** The form prefilled from a check-in, to correct it. */
export function formFromCheckIn(checkIn: CheckIn, zone: Zone): CheckInForm {
	const form = emptyForm(checkIn.kind);
	form.ruleId = checkIn.ruleId ?? '';
	form.note = checkIn.note ?? '';
	form.when = localParts(instantMs(checkIn.at), zone);
	form.exactAt = checkIn.at;
	switch (checkIn.kind) {
		case 'excuse':
			form.excuseFor = checkIn.for;
			break;
		case 'payment':
			form.amount = formatMajorAmount(checkIn.amount, minorDigits(checkIn.currency));
			break;
		case 'activity':
			form.description = checkIn.description;
			form.categories = [...checkIn.categories];
			form.planned = checkIn.planned !== undefined;
			form.plannedOn = checkIn.planned ?? '';
			break;
		case 'trip':
			form.tripFrom = checkIn.from;
			form.tripTo = checkIn.to;
			form.destination = checkIn.destination;
			form.outsideArea = checkIn.outsideArea;
			break;
		case 'permission':
			form.trip = checkIn.trip;
			form.granted = checkIn.granted;
			break;
		case 'notified':
			form.about = checkIn.about;
			break;
		case 'change':
			form.changeWhat = checkIn.what;
			form.changeOn = checkIn.on;
			break;
		case 'location':
			form.location = { lat: checkIn.lat, lon: checkIn.lon, accuracyM: checkIn.accuracyM, at: instantMs(checkIn.at) };
			break;
		case 'official-warning':
			form.issuedBy = checkIn.issuedBy;
			form.warningText = checkIn.text ?? '';
			form.photo = checkIn.photo ?? '';
			form.disputed = checkIn.disputed !== undefined;
			form.disputeNote = checkIn.disputed?.note ?? '';
			break;
		case 'clarification':
			form.question = checkIn.question;
			form.askedTo = checkIn.askedTo;
			form.via = checkIn.via ?? '';
			form.remindAfter = checkIn.remindAfter ?? '';
			form.answered = checkIn.answer !== undefined;
			form.answerOn = checkIn.answer?.on ?? '';
			form.answerSource = checkIn.answer?.source ?? '';
			form.answerText = checkIn.answer?.text ?? '';
			form.covers = (checkIn.answer?.covers ?? []).join('\n');
			form.excludes = (checkIn.answer?.excludes ?? []).join('\n');
			break;
		default:
			break;
	}
	return form;
}

export interface FormContext {
	file: CaseFile;
	zone: Zone;
	/** The new check-in's id. */
	id: string;
	/** The moment of recording: now. */
	now: Date;
	/** The check-in this one corrects. */
	supersedes?: string;
}

export interface CheckedForm {
	candidate: Record<string, unknown>;
	/** Problems by field (`amount`, `ruleId`, `at`, `location`…) and unplaced ones. */
	issues: CaseFileIssue[];
	/** The valid check-in, when there is no problem. */
	checkIn?: CheckIn;
}

/** Fields of the form where the engine's paths are shown. */
const SHOWN_AT: Readonly<Record<string, string>> = { lat: 'location', lon: 'location', accuracyM: 'location', currency: 'ruleId' };

function problem(path: string, code: string, params: Record<string, string | number> = {}): CaseFileIssue {
	return { ...makeIssue(path, code, params), message: code };
}

function textOrNothing(value: string): string | undefined {
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** The candidate check-in the form describes, and the problems only the form can see. */
export function buildCandidate(form: CheckInForm, context: FormContext): CheckedForm {
	const { file, zone } = context;
	const issues: CaseFileIssue[] = [];
	const nowMs = context.now.getTime();
	const recordedAt = instantText(nowMs, zone);

	let at: string | undefined = recordedAt;
	if (form.kind === 'location') {
		if (form.location) at = form.location.at === instantMs(form.exactAt ?? '') ? form.exactAt : instantText(Math.min(form.location.at, nowMs), zone);
	} else if (form.when) {
		const original = form.exactAt ? localParts(instantMs(form.exactAt), zone) : undefined;
		if (original && original.date === form.when.date && original.time === form.when.time) at = form.exactAt;
		else {
			const ms = instantOfParts(form.when, zone);
			if (ms === undefined) {
				at = undefined;
				issues.push(problem('at', 'checkin.problem.when'));
			} else at = instantText(ms, zone);
		}
	}

	const candidate: Record<string, unknown> = { id: context.id, kind: form.kind, at, recordedAt };
	if (form.ruleId) candidate.ruleId = form.ruleId;
	// The engine checks relations only once the fields are right; the form says it at once.
	else if (CHECK_IN_RULE_KINDS[form.kind].required) issues.push(makeIssue('ruleId', 'checkIn.ruleRequired'));
	const note = textOrNothing(form.note);
	if (note !== undefined) candidate.note = note;
	if (context.supersedes !== undefined) candidate.supersedes = context.supersedes;

	switch (form.kind) {
		case 'excuse':
			candidate.for = textOrNothing(form.excuseFor);
			if (note === undefined) issues.push(problem('note', 'checkin.problem.reason'));
			break;
		case 'payment': {
			const rule = file.rules.find((r) => r.id === form.ruleId);
			const currency = rule?.kind === 'payment' ? rule.currency : undefined;
			candidate.currency = currency;
			const parsed = parseMajorAmount(form.amount, minorDigits(currency ?? 'XXX'));
			if (parsed.ok) candidate.amount = parsed.minor;
			else issues.push(problem('amount', `checkin.problem.amount.${parsed.problem}`));
			break;
		}
		case 'activity':
			candidate.description = form.description.trim();
			candidate.categories = BAN_CATEGORIES.filter((category) => form.categories.includes(category));
			if (form.planned) candidate.planned = textOrNothing(form.plannedOn);
			if (form.planned && !form.plannedOn) issues.push(makeIssue('planned', 'value.required'));
			break;
		case 'trip':
			candidate.from = textOrNothing(form.tripFrom);
			candidate.to = textOrNothing(form.tripTo);
			candidate.destination = form.destination.trim();
			candidate.outsideArea = form.outsideArea;
			break;
		case 'permission':
			candidate.trip = textOrNothing(form.trip);
			candidate.granted = form.granted;
			break;
		case 'notified':
			candidate.about = textOrNothing(form.about);
			break;
		case 'change':
			candidate.what = form.changeWhat || undefined;
			candidate.on = textOrNothing(form.changeOn);
			break;
		case 'location':
			if (form.location) {
				candidate.lat = form.location.lat;
				candidate.lon = form.location.lon;
				candidate.accuracyM = form.location.accuracyM;
			} else issues.push(problem('location', 'checkin.problem.location'));
			break;
		case 'note':
			candidate.note = form.note.trim();
			break;
		case 'official-warning':
			candidate.issuedBy = form.issuedBy.trim();
			candidate.text = textOrNothing(form.warningText);
			candidate.photo = textOrNothing(form.photo);
			if (form.disputed) candidate.disputed = textOrNothing(form.disputeNote) === undefined ? {} : { note: form.disputeNote.trim() };
			break;
		case 'clarification':
			candidate.question = form.question.trim();
			candidate.askedTo = form.askedTo.trim();
			candidate.via = form.via || undefined;
			if (form.answered) {
				const answer: Record<string, unknown> = { on: textOrNothing(form.answerOn), source: form.answerSource.trim() };
				if (textOrNothing(form.answerText) !== undefined) answer.text = form.answerText.trim();
				if (itemsOf(form.covers).length > 0) answer.covers = itemsOf(form.covers);
				if (itemsOf(form.excludes).length > 0) answer.excludes = itemsOf(form.excludes);
				if (answer.on === undefined) {
					delete answer.on;
					issues.push(makeIssue('answer.on', 'value.required'));
				}
				candidate.answer = answer;
			} else candidate.remindAfter = textOrNothing(form.remindAfter);
			break;
		default:
			break;
	}
	for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
	return { candidate, issues };
}

/**
 * The form checked as storage will check it: the form's own problems, then the engine's on
 * fields that have none yet, each at the field that shows it.
 */
export function checkForm(form: CheckInForm, context: FormContext): CheckedForm {
	const { candidate, issues } = buildCandidate(form, context);
	const engine = validateNewCheckIn(candidate, context.file);
	const placed = new Set(issues.map((issue) => issue.path));
	const noRule = !form.ruleId;
	for (const issue of engine.issues) {
		let path = SHOWN_AT[issue.path] ?? issue.path;
		// A payment's currency is the rule's: with no rule chosen, "choose one" says it all.
		if (issue.path === 'currency' && noRule) continue;
		if (placed.has(path)) continue;
		if (issue.code === 'checkIn.recordedBeforeAt') {
			issues.push(problem('at', 'checkin.problem.future'));
			continue;
		}
		if (path === 'planned' && !form.planned) path = '';
		issues.push({ ...issue, path });
	}
	return issues.length === 0 && engine.checkIn ? { candidate, issues, checkIn: engine.checkIn } : { candidate, issues };
}

/** Categories the screening found in a description that are not ticked yet, in the usual order. */
export function suggestedCategories(matches: readonly BanMatch[], ticked: readonly BanCategory[]): BanCategory[] {
	const found = new Set(matches.map((match) => match.category));
	return BAN_CATEGORIES.filter((category) => found.has(category) && !ticked.includes(category));
}
