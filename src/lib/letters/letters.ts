/**
 * Letters to the probation service, built from the case and a short form: pure (no DOM, no
 * storage, no clock), so each letter in each language is a plain function of its inputs.
 *
 * `buildLetter(file, form, messages)` writes the letter with `messages`, the catalog of the
 * letter's own language (which may differ from the app's: see docs/letters.md). Facts the case
 * or the form do not have leave their whole line out; nothing is ever left blank inside a
 * sentence. What the letter cannot do without (the dates of a trip, the activity asked about…)
 * comes back as `missing`, and no letter is written until it is there.
 */
import type { CaseFile, CheckInOf, Rule } from '$lib/domain';
import type { ChangeKind } from '$lib/domain/categories';
import { formatLocalDate, isLocalDate, Zone } from '$lib/domain/time';
import type { Messages } from '$lib/i18n';
import { MAX_TITLE } from '$lib/domain/schema';
import { minorDigits, parseMajorAmount, formatMajorAmount } from '$lib/ui/kit/money';

export const LETTER_KINDS = ['travel', 'change', 'clarification', 'payment'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The condition each letter is about. */
export const LETTER_RULE_KIND = { travel: 'movement', change: 'notify-change', clarification: 'activity-ban', payment: 'payment' } as const satisfies Record<LetterKind, Rule['kind']>;

export const PAYMENT_PURPOSES = ['fine', 'damages', 'other'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

/** The form behind every letter: what is common, then each letter's own fields (kept when switching letters). */
export interface LetterForm {
	kind: LetterKind;
	ruleId: string;
	/** The sender's name and contact: typed for this letter, not stored in the case. */
	name: string;
	contact: string;
	/** Whom the letter is to: prefilled from the case's supervisor. */
	to: string;
	/** The letter's own date (local date). */
	date: string;
	travel: { from: string; to: string; destination: string; reason: string; reachAt: string };
	/** `changeId`: a `change` check-in the letter is about ('' for a change not recorded). */
	change: { changeId: string; what: ChangeKind; on: string; details: string };
	clarification: { activity: string; planned: string };
	payment: { purpose: PaymentPurpose; amount: string; paidOn: string; reference: string };
}

/** The fields a letter cannot do without, named as the form names them. */
export type LetterField = 'ruleId' | 'date' | 'from' | 'to' | 'destination' | 'reason' | 'on' | 'details' | 'activity' | 'amount' | 'paidOn';
export type LetterProblem = 'order' | 'amount';

export type Letter = { ok: true; title: string; text: string } | { ok: false; missing: LetterField[]; problems: LetterProblem[] };

/** The conditions of the case a letter of `kind` can be about. */
export function rulesFor(file: CaseFile, kind: LetterKind): Rule[] {
	return file.rules.filter((rule) => rule.kind === LETTER_RULE_KIND[kind]);
}

function ruleOf<K extends LetterKind>(file: CaseFile, form: LetterForm, kind: K): Extract<Rule, { kind: (typeof LETTER_RULE_KIND)[K] }> | undefined {
	return file.rules.find((rule) => rule.id === form.ruleId && rule.kind === LETTER_RULE_KIND[kind]) as Extract<Rule, { kind: (typeof LETTER_RULE_KIND)[K] }> | undefined;
}

/** Text the person typed, as the end of a sentence: trimmed, without a full stop of its own. */
export function clause(text: string): string {
	return text.trim().replace(/[\s.;,:]+$/u, '');
}

/** Text for a record's one-line field (at most `max` characters): longer text ends in "…". */
function short(text: string, max: number): string {
	const clean = clause(text);
	return clean.length > max ? `${clause(clean.slice(0, max - 1))}…` : clean;
}

/** Check-ins nothing supersedes. */
function current(file: CaseFile): CaseFile['checkIns'] {
	const superseded = new Set(file.checkIns.map((checkIn) => checkIn.supersedes).filter((id) => id !== undefined));
	return file.checkIns.filter((checkIn) => !superseded.has(checkIn.id));
}

/** Recorded changes for a notify-change rule, newest first: what a change notice can be about. */
export function recordedChanges(file: CaseFile, ruleId: string): CheckInOf<'change'>[] {
	return current(file)
		.filter((checkIn): checkIn is CheckInOf<'change'> => checkIn.kind === 'change' && (checkIn.ruleId === undefined || checkIn.ruleId === ruleId))
		.sort((a, b) => b.on.localeCompare(a.on));
}

/** The amount of a payment rule still to pay on its first instalment not fully paid (0 when all is paid). */
export function nextInstalment(file: CaseFile, ruleId: string): number {
	const rule = file.rules.find((candidate) => candidate.id === ruleId);
	if (rule?.kind !== 'payment') return 0;
	const paid = current(file)
		.filter((checkIn): checkIn is CheckInOf<'payment'> => checkIn.kind === 'payment' && checkIn.ruleId === ruleId && checkIn.currency === rule.currency)
		.reduce((sum, checkIn) => sum + checkIn.amount, 0);
	let scheduled = 0;
	for (const instalment of [...rule.schedule].sort((a, b) => a.due.localeCompare(b.due))) {
		scheduled += instalment.amount;
		if (scheduled > paid) return Math.min(instalment.amount, scheduled - paid);
	}
	return 0;
}

/** Where a letter starts: the address (`?letter=travel&rule=…&trip=…`) and the case fill in what they can. */
export function initialForm(file: CaseFile, query: URLSearchParams, now: Date): LetterForm {
	const today = formatLocalDate(Zone.of(file.case.timeZone).dayOf(now.getTime()));
	const asked = query.get('letter');
	const kind: LetterKind = (LETTER_KINDS as readonly string[]).includes(asked ?? '') ? (asked as LetterKind) : 'travel';
	const rules = rulesFor(file, kind);
	const ruleId = rules.find((rule) => rule.id === query.get('rule'))?.id ?? rules[0]?.id ?? '';
	const supervisor = file.case.supervisor;
	const date = (name: string) => {
		const value = query.get(name) ?? '';
		return isLocalDate(value) ? value : '';
	};

	const trip = file.checkIns.find((checkIn): checkIn is CheckInOf<'trip'> => checkIn.kind === 'trip' && checkIn.id === query.get('trip'));
	const notify = file.rules.find((rule) => rule.kind === 'notify-change' && (kind !== 'change' || rule.id === ruleId));
	const change = file.checkIns.find((checkIn): checkIn is CheckInOf<'change'> => checkIn.kind === 'change' && checkIn.id === query.get('change'));
	const payment = file.rules.find((rule) => rule.kind === 'payment' && (kind !== 'payment' || rule.id === ruleId));
	const instalment = payment?.kind === 'payment' ? nextInstalment(file, payment.id) : 0;

	return {
		kind,
		ruleId,
		name: '',
		contact: '',
		to: [supervisor?.name, supervisor?.address].filter((part) => part?.trim()).join(', '),
		date: today,
		travel: { from: trip?.from ?? '', to: trip?.to ?? '', destination: trip?.destination ?? '', reason: '', reachAt: '' },
		change: {
			changeId: change?.id ?? '',
			what: change?.what ?? (notify?.kind === 'notify-change' ? notify.changes[0] : undefined) ?? 'residence',
			on: change?.on ?? '',
			details: ''
		},
		clarification: { activity: (query.get('activity') ?? '').trim(), planned: date('planned') },
		payment: {
			purpose: 'fine',
			amount: payment?.kind === 'payment' && instalment > 0 ? formatMajorAmount(instalment, minorDigits(payment.currency)) : '',
			paidOn: today,
			reference: ''
		}
	};
}

/** The change a notice is about: the recorded one it names, else what the form says. */
function changeOf(file: CaseFile, form: LetterForm): { what: ChangeKind; on: string } {
	const recorded = form.change.changeId ? recordedChanges(file, form.ruleId).find((checkIn) => checkIn.id === form.change.changeId) : undefined;
	return recorded ? { what: recorded.what, on: recorded.on } : { what: form.change.what, on: form.change.on };
}

/** The amount a payment note is about, in minor units; undefined when it does not read as an amount. */
export function paymentAmount(file: CaseFile, form: LetterForm): number | undefined {
	const rule = ruleOf(file, form, 'payment');
	if (!rule) return undefined;
	const parsed = parseMajorAmount(form.payment.amount, minorDigits(rule.currency));
	return parsed.ok ? parsed.minor : undefined;
}

/** What is missing or wrong before the letter can be written. */
function check(file: CaseFile, form: LetterForm): { missing: LetterField[]; problems: LetterProblem[] } {
	const missing: LetterField[] = [];
	const problems: LetterProblem[] = [];
	const need = (field: LetterField, value: string, isDate = false) => {
		if (isDate ? !isLocalDate(value) : !clause(value)) missing.push(field);
	};
	if (!file.rules.some((rule) => rule.id === form.ruleId && rule.kind === LETTER_RULE_KIND[form.kind])) missing.push('ruleId');
	need('date', form.date, true);
	switch (form.kind) {
		case 'travel':
			need('from', form.travel.from, true);
			need('to', form.travel.to, true);
			need('destination', form.travel.destination);
			need('reason', form.travel.reason);
			if (isLocalDate(form.travel.from) && isLocalDate(form.travel.to) && form.travel.to < form.travel.from) problems.push('order');
			break;
		case 'change':
			need('on', changeOf(file, form).on, true);
			need('details', form.change.details);
			break;
		case 'clarification':
			need('activity', form.clarification.activity);
			break;
		case 'payment':
			if (!form.payment.amount.trim()) missing.push('amount');
			else if (paymentAmount(file, form) === undefined && !missing.includes('ruleId')) problems.push('amount');
			need('paidOn', form.payment.paidOn, true);
			break;
	}
	return { missing, problems };
}

/** The letter of `form` about `file`, in the language of `messages`. */
export function buildLetter(file: CaseFile, form: LetterForm, messages: Messages): Letter {
	const { missing, problems } = check(file, form);
	if (missing.length || problems.length) return { ok: false, missing, problems };
	const { t } = messages;
	const info = file.case;

	const from = [clause(form.name), clause(form.contact)].filter(Boolean).join(', ');
	const header = [clause(form.to) ? t('letter.to', { to: clause(form.to) }) : t('letter.to.default'), from ? t('letter.from', { from }) : '', clause(info.title) ? t('letter.case', { title: clause(info.title) }) : ''];
	const context = t('letter.context', { ...(info.verdict && { verdict: info.verdict }), ...(info.inForce && { inForce: info.inForce }), until: info.sentence.until });

	const { title, body } = letterBody(file, form, messages);
	const closing = [t('letter.date', { date: form.date }), clause(form.name)];
	const blocks = [header, [title], [context], body, closing].map((lines) => lines.filter(Boolean)).filter((lines) => lines.length);
	return { ok: true, title, text: blocks.map((lines) => lines.join('\n')).join('\n\n') };
}

function letterBody(file: CaseFile, form: LetterForm, { t }: Messages): { title: string; body: string[] } {
	const optional = (code: string, name: string, value: string) => (clause(value) ? t(code, { [name]: clause(value) }) : '');
	switch (form.kind) {
		case 'travel': {
			const rule = ruleOf(file, form, 'travel')!;
			const notice = rule.permission === 'notice';
			const trip = { area: clause(rule.area), destination: short(form.travel.destination, 45), from: form.travel.from, to: form.travel.to };
			return {
				title: t(notice ? 'letter.title.travel.notice' : 'letter.title.travel'),
				body: [
					t(notice ? 'letter.travel.notice' : 'letter.travel.request', trip),
					optional('letter.travel.reason', 'reason', form.travel.reason),
					optional('letter.travel.reachAt', 'reachAt', form.travel.reachAt),
					t('letter.travel.return', { to: form.travel.to }),
					notice ? '' : t('letter.reply')
				]
			};
		}
		case 'change': {
			const change = changeOf(file, form);
			return {
				title: t(`letter.title.change.${change.what}`),
				body: [t(`letter.change.${change.what}`, { on: change.on }), t(`letter.change.details.${change.what}`, { details: clause(form.change.details) })]
			};
		}
		case 'clarification': {
			const rule = ruleOf(file, form, 'clarification')!;
			return {
				title: t('letter.title.clarification'),
				body: [
					rule.categories.length ? t('letter.clarification.ban', { categories: rule.categories }) : '',
					t('letter.clarification.ask', { activity: clause(form.clarification.activity) }),
					isLocalDate(form.clarification.planned) ? t('letter.clarification.planned', { planned: form.clarification.planned }) : '',
					t('letter.clarification.refrain'),
					t('letter.reply')
				]
			};
		}
		case 'payment': {
			const rule = ruleOf(file, form, 'payment')!;
			const currency = rule.currency;
			const total = rule.schedule.reduce((sum, instalment) => sum + instalment.amount, 0);
			const purpose = form.payment.purpose;
			const schedule = [...rule.schedule].sort((a, b) => a.due.localeCompare(b.due)).map((instalment) => t('letter.payment.instalment', { due: instalment.due, amount: instalment.amount, currency }));
			return {
				title: t(`letter.title.payment.${purpose}`),
				body: [
					t(`letter.payment.${purpose}`, { amount: paymentAmount(file, form)!, total, currency, paidOn: form.payment.paidOn }),
					optional('letter.payment.reference', 'reference', form.payment.reference),
					rule.payee ? optional('letter.payment.payee', 'payee', rule.payee) : '',
					schedule.length > 1 ? [t('letter.payment.schedule'), ...schedule].join('\n') : ''
				]
			};
		}
	}
}

/**
 * What "Mark as sent" records (the kind's own fields; id and times are the recorder's), written
 * with `messages`, the app's language: the history is read in it.
 * - a clarification request: a `clarification` (question, asked to whom, via a letter);
 * - a change notice about a recorded change: `notified` about it;
 * - a travel request, a change notice without a recorded change, a payment note: a `note` on the
 *   condition saying which letter went where, and its facts.
 */
export function sentCheckIn(file: CaseFile, form: LetterForm, messages: Messages): Record<string, unknown> & { kind: 'note' | 'notified' | 'clarification' } {
	const { t } = messages;
	// A note, a question and its addressee are one-line fields of at most 200 characters (MAX_TITLE).
	const sentTo = short(form.to, 45) || t('letters.sentTo.default');
	switch (form.kind) {
		case 'clarification':
			return { kind: 'clarification', ruleId: form.ruleId, question: short(form.clarification.activity, MAX_TITLE), askedTo: short(form.to, MAX_TITLE) || sentTo, via: 'letter' };
		case 'change': {
			const change = changeOf(file, form);
			const note = t('letters.note.change', { what: change.what, on: change.on, sentTo });
			return form.change.changeId ? { kind: 'notified', ruleId: form.ruleId, about: form.change.changeId, note } : { kind: 'note', ruleId: form.ruleId, note };
		}
		case 'travel':
			return { kind: 'note', ruleId: form.ruleId, note: t('letters.note.travel', { destination: short(form.travel.destination, 45), from: form.travel.from, to: form.travel.to, sentTo }) };
		case 'payment': {
			const rule = ruleOf(file, form, 'payment');
			return { kind: 'note', ruleId: form.ruleId, note: t('letters.note.payment', { amount: paymentAmount(file, form) ?? 0, currency: rule?.currency ?? 'KZT', paidOn: form.payment.paidOn, sentTo }) };
		}
	}
}
