import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseCaseFile, type CaseFile } from '$lib/domain';
import { checkInSchema } from '$lib/domain/checkins';
import { messagesFor, type Language, type Messages } from '$lib/i18n';
import { letters as enLetters } from '$lib/i18n/en/letters';
import { letters as ruLetters } from '$lib/i18n/ru/letters';
import { letters as kkLetters } from '$lib/i18n/kk/letters';
import english from '../../../docs/examples/almaty-suspended-sentence.json';
import russian from '../../../docs/examples/almaty-suspended-sentence.ru.json';
import kazakh from '../../../docs/examples/almaty-suspended-sentence.kk.json';
import { buildLetter, initialForm, LETTER_KINDS, nextInstalment, sentCheckIn, type LetterForm, type LetterKind } from './letters';

const NOW = new Date('2026-11-23T12:00:00+05:00');
const CATALOGS = { en: enLetters, ru: ruLetters, kk: kkLetters } as const;
const DEMOS = { en: english, ru: russian, kk: kazakh } as const;

/** The letters catalog of `language` alone: a letter must need nothing else. */
function messages(language: Language): Messages {
	return messagesFor(language, 'Asia/Almaty', [CATALOGS[language]]);
}

/** What the person types, in each language (the letter must carry it as typed). */
const TYPED = {
	en: { name: 'Aigerim Sadykova', contact: '+7 701 000 00 00', destination: 'Astana', reason: 'my mother’s surgery', reachAt: 'my mobile phone', details: '12 Abay Avenue, flat 4', activity: 'a reading of my own poems at the city library', reference: 'KP-1234' },
	ru: { name: 'Садыкова Айгерим', contact: '+7 701 000 00 00', destination: 'Астана', reason: 'операция матери', reachAt: 'мой мобильный телефон', details: 'проспект Абая, 12, кв. 4', activity: 'чтение моих стихов в городской библиотеке', reference: '№ 1234' },
	kk: { name: 'Сәдуақасова Әйгерім', contact: '+7 701 000 00 00', destination: 'Астана', reason: 'анамның отасы', reachAt: 'ұялы телефоным', details: 'Абай даңғылы, 12, 4-пәтер', activity: 'қалалық кітапханада өз өлеңдерімді оқу', reference: '№ 1234' }
} as const;

function demo(language: Language): CaseFile {
	return parseCaseFile(DEMOS[language]);
}

function area(file: CaseFile): string {
	const movement = file.rules.find((r) => r.kind === 'movement');
	return movement?.kind === 'movement' ? movement.area : '';
}

function rule(kind: LetterKind): string {
	return { travel: 'rule-movement', change: 'rule-notify-change', clarification: 'rule-activity-ban', payment: 'rule-fine' }[kind];
}

/** A form for `kind` with everything filled in (optional fields too). */
function filled(file: CaseFile, kind: LetterKind, language: Language): LetterForm {
	const typed = TYPED[language];
	const form = initialForm(file, new URLSearchParams({ letter: kind, rule: rule(kind) }), NOW);
	return {
		...form,
		name: typed.name,
		contact: typed.contact,
		travel: { from: '2026-12-21', to: '2026-12-24', destination: typed.destination, reason: typed.reason, reachAt: typed.reachAt },
		change: { changeId: '', what: 'residence', on: '2026-12-01', details: typed.details },
		clarification: { activity: typed.activity, planned: '2026-12-15' },
		payment: { purpose: 'fine', amount: '40000', paidOn: '2026-11-24', reference: typed.reference }
	};
}

function text(file: CaseFile, form: LetterForm, language: Language): string {
	const letter = buildLetter(file, form, messages(language));
	if (!letter.ok) throw new Error(`no letter: ${letter.missing.join(', ')} ${letter.problems.join(', ')}`);
	return letter.text;
}

/** Signs of a value that was not there: a blank after a label, a placeholder, an empty pair of brackets. */
function expectNoHoles(letter: string, language: Language): void {
	expect(letter).not.toMatch(/undefined|NaN|null|\[object|Invalid Date|\{|\}|\(\s*\)|«\s*»|“\s*”/);
	expect(letter).not.toMatch(/ {2}|\s[.,;:]|,\s*[.;]/);
	const schedule = messages(language).t('letter.payment.schedule');
	for (const line of letter.split('\n')) if (line !== schedule) expect(line, line).not.toMatch(/:\s*$/);
}

describe.each(['en', 'ru', 'kk'] as const)('letters in %s', (language) => {
	const file = demo(language);
	const { format, t } = messages(language);
	const typed = TYPED[language];

	it.each(LETTER_KINDS)('the %s letter carries the case, the form and dates written in the language', (kind) => {
		const letter = text(file, filled(file, kind, language), language);
		// From the case: the officer and office, the case, the verdict's dates.
		expect(letter).toContain(file.case.supervisor!.name!);
		expect(letter).toContain(file.case.supervisor!.address!);
		expect(letter).toContain(file.case.title);
		for (const date of ['2023-04-10', '2023-04-25', '2029-04-24']) expect(letter).toContain(format.date(date));
		// From the form: the sender and the letter's date.
		expect(letter).toContain(typed.name);
		expect(letter).toContain(typed.contact);
		expect(letter).toContain(format.date('2026-11-23'));
		const own = {
			travel: [typed.destination, typed.reason, typed.reachAt, format.date('2026-12-21'), format.date('2026-12-24'), area(file)],
			change: [typed.details, format.date('2026-12-01')],
			clarification: [typed.activity, format.date('2026-12-15'), t('letter.category.journalism'), t('letter.category.social-media')],
			payment: [typed.reference, format.money(4_000_000, 'KZT'), format.money(40_000_000, 'KZT'), format.date('2026-11-24'), format.date('2027-03-25')]
		}[kind];
		for (const value of own) expect(letter).toContain(value);
		expectNoHoles(letter, language);
	});

	it.each(LETTER_KINDS)('the %s letter leaves out, whole, what neither the case nor the form has', (kind) => {
		const bare = structuredClone(file);
		delete bare.case.supervisor;
		delete bare.case.verdict;
		delete bare.case.inForce;
		for (const r of bare.rules) if (r.kind === 'payment') delete r.payee;
		const form = filled(bare, kind, language);
		const empty: LetterForm = { ...form, name: '', contact: ' ', to: '', travel: { ...form.travel, reachAt: '' }, clarification: { ...form.clarification, planned: '' }, payment: { ...form.payment, reference: '' } };
		const letter = text(bare, empty, language);
		expect(letter.split('\n')[0]).toBe(t('letter.to.default'));
		expect(letter).not.toContain(t('letter.from', { from: '' }).trim());
		expect(letter).toContain(t('letter.context', { until: '2029-04-24' }));
		expectNoHoles(letter, language);
		expect(letter.trimEnd().split('\n').at(-1)).toBe(t('letter.date', { date: '2026-11-23' }));
	});

	if (language !== 'en') {
		it.each(LETTER_KINDS)('the %s letter has no English in it', (kind) => {
			for (const what of ['residence', 'work', 'study', 'phone'] as const) {
				for (const purpose of ['fine', 'damages', 'other'] as const) {
					const form = filled(file, kind, language);
					const letter = text(file, { ...form, change: { ...form.change, what }, payment: { ...form.payment, purpose } }, language);
					expect(letter).not.toMatch(/[A-Za-z]/);
				}
			}
		});

		it('is written from its own catalog whatever the other languages say', () => {
			const letter = text(file, filled(file, 'travel', language), language);
			expect(letter).toContain(t('letter.title.travel'));
			expect(letter).not.toContain(enLetters['letter.title.travel']);
		});
	}
});

describe('a letter’s language and the case’s', () => {
	it('a Russian letter about a case kept in English is Russian in every sentence of its own', () => {
		const file = demo('en');
		const letter = text(file, filled(file, 'travel', 'ru'), 'ru');
		const own = letter
			.replace(file.case.supervisor!.name!, '')
			.replace(file.case.supervisor!.address!, '')
			.replace(file.case.title, '')
			.replace('Almaty', '');
		expect(own).toContain('Прошу разрешить мне выезд');
		expect(own).toContain('21 дек. 2026 г.');
		expect(own).not.toMatch(/[A-Za-z]/);
	});
});

describe('what a letter needs', () => {
	const file = demo('en');
	const { t } = messages('en');

	it('names the fields still empty, and writes nothing until they are filled', () => {
		const form = initialForm(file, new URLSearchParams({ letter: 'travel' }), NOW);
		expect(buildLetter(file, form, messages('en'))).toEqual({ ok: false, missing: ['from', 'to', 'destination', 'reason'], problems: [] });
		const clarification = initialForm(file, new URLSearchParams({ letter: 'clarification' }), NOW);
		expect(buildLetter(file, clarification, messages('en'))).toEqual({ ok: false, missing: ['activity'], problems: [] });
	});

	it('refuses a trip that ends before it starts, and an amount that is not one', () => {
		const trip = filled(file, 'travel', 'en');
		expect(buildLetter(file, { ...trip, travel: { ...trip.travel, from: '2026-12-24', to: '2026-12-21' } }, messages('en'))).toMatchObject({ ok: false, problems: ['order'] });
		const payment = filled(file, 'payment', 'en');
		expect(buildLetter(file, { ...payment, payment: { ...payment.payment, amount: '40 thousand' } }, messages('en'))).toMatchObject({ ok: false, problems: ['amount'] });
	});

	it('needs a condition of the letter’s kind', () => {
		const form = filled(file, 'travel', 'en');
		expect(buildLetter(file, { ...form, ruleId: 'rule-fine' }, messages('en'))).toMatchObject({ ok: false, missing: ['ruleId'] });
	});

	it('reads a notice rule as a notice, not a request', () => {
		const notice = structuredClone(file);
		const movement = notice.rules.find((r) => r.kind === 'movement')!;
		if (movement.kind === 'movement') movement.permission = 'notice';
		const letter = text(notice, filled(notice, 'travel', 'en'), 'en');
		expect(letter).toContain(t('letter.title.travel.notice'));
		expect(letter).toContain('I give notice that I will leave Almaty from 21 Dec 2026 to 24 Dec 2026 to travel to Astana.');
		expect(letter).not.toContain(t('letter.reply'));
	});

	it('ends what the person typed with one full stop', () => {
		const form = filled(file, 'travel', 'en');
		const letter = text(file, { ...form, travel: { ...form.travel, reason: '  my mother’s surgery.  ' } }, 'en');
		expect(letter).toContain('The reason for the trip: my mother’s surgery.\n');
	});
});

describe('where a letter starts', () => {
	const file = demo('en');

	it('takes the officer, the condition and today from the case', () => {
		const form = initialForm(file, new URLSearchParams({ letter: 'payment', rule: 'rule-damages' }), NOW);
		expect(form).toMatchObject({ kind: 'payment', ruleId: 'rule-damages', date: '2026-11-23', to: 'Probation officer (demo), Probation service, Bostandyk district, Almaty' });
		// Damages paid up to November: the December instalment of 50,000 is next.
		expect(form.payment).toMatchObject({ amount: '50000', paidOn: '2026-11-23' });
	});

	it('takes a recorded trip, a recorded change or an activity from the address', () => {
		const trip = initialForm(file, new URLSearchParams({ letter: 'travel', trip: 'ci-2026-09-01-trip-astana' }), NOW);
		expect(trip.travel).toMatchObject({ from: '2026-09-21', to: '2026-09-24', destination: 'Astana (family visit)' });
		expect(trip.ruleId).toBe('rule-movement');
		const change = initialForm(file, new URLSearchParams({ letter: 'change', change: 'ci-2026-08-03-phone' }), NOW);
		expect(change.change).toMatchObject({ changeId: 'ci-2026-08-03-phone', what: 'phone', on: '2026-08-03' });
		const ask = initialForm(file, new URLSearchParams({ letter: 'clarification', activity: ' a book reading ', planned: '2026-12-01' }), NOW);
		expect(ask.clarification).toEqual({ activity: 'a book reading', planned: '2026-12-01' });
		expect(initialForm(file, new URLSearchParams({ letter: 'nonsense', planned: 'soon' }), NOW)).toMatchObject({ kind: 'travel', clarification: { planned: '' } });
	});

	it('knows what is left to pay on the next instalment', () => {
		expect(nextInstalment(file, 'rule-fine')).toBe(4_000_000);
		const part = structuredClone(file);
		part.checkIns.push({ id: 'part', kind: 'payment', ruleId: 'rule-fine', amount: 1_000_000, currency: 'KZT', at: '2026-11-20T10:00:00+05:00', recordedAt: '2026-11-20T10:00:00+05:00' });
		expect(nextInstalment(part, 'rule-fine')).toBe(3_000_000);
		expect(nextInstalment(file, 'rule-movement')).toBe(0);
	});
});

describe('what "Mark as sent" records', () => {
	const file = demo('en');
	const ui = messagesFor('en', 'Asia/Almaty', [enLetters]);
	const complete = (fields: Record<string, unknown>) => ({ id: 'c-new', at: '2026-11-23T12:00:00+05:00', recordedAt: '2026-11-23T12:00:00+05:00', ...fields });

	it('is a check-in the engine accepts, for each letter', () => {
		for (const kind of LETTER_KINDS) {
			const candidate = sentCheckIn(file, filled(file, kind, 'en'), ui);
			expect(v.safeParse(checkInSchema, complete(candidate)).success, kind).toBe(true);
			expect(candidate.ruleId).toBe(rule(kind));
		}
	});

	it('asks the question as a clarification sent by letter', () => {
		expect(sentCheckIn(file, filled(file, 'clarification', 'en'), ui)).toEqual({
			kind: 'clarification',
			ruleId: 'rule-activity-ban',
			question: 'a reading of my own poems at the city library',
			askedTo: 'Probation officer (demo), Probation service, Bostandyk district, Almaty',
			via: 'letter'
		});
	});

	it('notifies a recorded change, and notes one that is not recorded', () => {
		const form = filled(file, 'change', 'en');
		const recorded = sentCheckIn(file, { ...form, change: { ...form.change, changeId: 'ci-2026-08-03-phone' } }, ui);
		expect(recorded).toMatchObject({ kind: 'notified', about: 'ci-2026-08-03-phone', ruleId: 'rule-notify-change' });
		expect(recorded.note).toBe('Sent a letter to Probation officer (demo), Probation service… giving notice of the change of phone number since 3 Aug 2026.');
		expect(sentCheckIn(file, form, ui)).toMatchObject({ kind: 'note', note: expect.stringContaining('residence since 1 Dec 2026') });
	});

	it('notes a travel request and a payment note with their facts, in one line a note can hold', () => {
		const travel = filled(file, 'travel', 'en');
		expect(sentCheckIn(file, { ...travel, to: '' }, ui)).toEqual({ kind: 'note', ruleId: 'rule-movement', note: 'Sent a letter to the probation service asking for permission to travel to Astana, 21 Dec 2026 – 24 Dec 2026.' });
		const long = sentCheckIn(file, { ...travel, to: 'x'.repeat(500), travel: { ...travel.travel, destination: 'y'.repeat(500) } }, ui);
		expect(v.safeParse(checkInSchema, complete(long)).success).toBe(true);
		expect(sentCheckIn(file, filled(file, 'payment', 'en'), ui).note).toContain('with the payment of ₸40,000 made on 24 Nov 2026');
	});
});
