import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, parseCaseFile, type Params, type Translate } from '$lib/domain';
import { describeRule } from '$lib/domain/describe';
import { issueMessages } from '$lib/domain/issues';
import { createTranslator, type CatalogShape } from '../catalog';
import { createFormatter } from '../format';
import { en } from '../en/all';
import { arbCaseFile, arbNow } from '../../../../tests/unit/arbitraries';
import { engineTexts } from '../../../../tests/unit/engine-texts';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { catalogPairs } from '../../../../tests/unit/catalog-files';

/** Each translated file beside the English file it translates (by file name). */
const FILES = catalogPairs(import.meta.glob<Record<string, unknown>>(['./*.ts', '!./{core,all,grammar}.ts', '!./*.test.ts'], { eager: true }));

const ru: CatalogShape = Object.assign({}, ...FILES.map(([, , catalog]) => catalog));
const BROKEN = /undefined|NaN|\[object|Invalid Date|null/;
/** A Latin word that is not a name, a code or a technical term kept as it is written. */
const LATIN_WORD =
	/\b(?!(?:Clearday|clearday|deadlines|ics|Instagram|ISO|IANA|UTC|JSON|RRULE|iCalendar|iPhone|KZT|GBP|PDF|SHA|Asia|Almaty|FREQ|MONTHLY|BYDAY|BYMONTHDAY|BYSETPOS|COUNT|UNTIL)\b)[A-Za-z]{3,}\b/;

function russian(timeZone = 'Asia/Almaty'): Translate {
	return createTranslator(ru, createFormatter('ru', timeZone));
}

/** The source an English entry's parameters can be read from (issue entries wrap the engine's). */
function englishSource(key: string): string {
	if (key.startsWith('issue.') && key.slice(6) in issueMessages) return String(issueMessages[key.slice(6) as keyof typeof issueMessages]);
	return String(en[key as keyof typeof en]);
}

function parameterNames(source: string): Set<string> {
	return new Set([...source.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!));
}

/**
 * Sample parameters for a message, from how the English entry uses each one: a local date where
 * it is passed to f.date, an instant to f.dateTime, a number to f.money/f.plural/f.number,
 * a list where it is mapped or listed, a code where it names a category, change or kind.
 */
function sampleParams(key: string): Params {
	const source = englishSource(key);
	const params: Record<string, unknown> = {};
	const uses = (name: string, pattern: string) => new RegExp(pattern.replaceAll('X', `p\\.${name}\\b`)).test(source);
	// A check-in named by a helper (backup.ts: «Платёж, 25 нояб. 2026 г., 18:00»): its place, kind and time.
	if (source.includes('named(p')) Object.assign(params, { position: 3, count: 12, kind: 'payment', at: '2026-11-25T18:00:00+05:00' });
	for (const name of parameterNames(source)) {
		if (uses(name, '2000-\\$\\{X\\}')) params[name] = '09-05';
		else if (uses(name, 'new Date\\(X\\)')) params[name] = '2026-11-25T18:00:00+05:00';
		else if (uses(name, 'f\\.date\\(X\\)')) params[name] = '2026-11-25';
		else if (uses(name, 'f\\.dateTime\\(X\\)')) params[name] = new Date('2026-11-25T18:00:00+05:00');
		else if (uses(name, 'X\\.map|f\\.list\\(X\\)')) {
			params[name] =
				name === 'categories' && source.includes('category.')
					? ['political', 'social-media']
					: key === 'schedule.weekly'
						? ['MO', 'WE']
						: key === 'schedule.monthlyOnDays'
							? ['5', '-1']
							: key === 'schedule.monthlyOnWeekdays'
								? ['2MO', '-1FR']
								: key === 'curfew.describe.days'
									? ['Пятница', 'Суббота']
									: key === 'notify-change.describe'
										? ['места жительства', 'номера телефона']
										: key === 'activity-ban.describe'
											? ['политическая деятельность', 'социальные сети']
											: ['митинг', 'пост'];
		} else if (uses(name, 'f\\.(money|plural|number|relativeDays)\\(-?X|X [<>=!]=?=? ?\\d|-X')) params[name] = 3;
		else if (/^(count|amount|total|paid|overdue|days|n|day|min|shown|accuracy|conflicts|pending|interval|withinDays|noticeDays|position)$/.test(name)) params[name] = 3;
		else if (name === 'currency') params[name] = 'KZT';
		else if (name === 'received' || name === 'expected') params[name] = '42';
		else if (uses(name, 'category\\.\\$\\{X\\}')) params[name] = 'assembly';
		else if (uses(name, 'change\\.\\$\\{X\\}')) params[name] = 'residence';
		else if (uses(name, 'kind\\.\\$\\{X\\}')) params[name] = 'payment';
		else if (name === 'anchor') params[name] = 'inForce';
		else if (name === 'time' || name === 'start' || name === 'end' || name === 'from' || name === 'to') params[name] = '22:00';
		else params[name] = 'Образец';
	}
	return params as Params;
}

describe('the Russian catalogs', () => {
	it('have exactly the keys of the English file each translates', () => {
		for (const [name, english, russian] of FILES) {
			expect(Object.keys(russian).sort(), name).toEqual(Object.keys(english).sort());
		}
		expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
	});

	it('make a function of every English function and use no parameter the English entry does not have', () => {
		for (const [key, entry] of Object.entries(ru)) {
			if (typeof entry !== 'function') {
				expect(typeof en[key as keyof typeof en], key).toBe('string');
				continue;
			}
			const english = parameterNames(englishSource(key));
			for (const name of parameterNames(String(entry))) expect(english, `${key} uses p.${name}`).toContain(name);
		}
	});

	it('render every entry as a non-empty Russian sentence for sample parameters', () => {
		const t = russian();
		const englishT = createTranslator(en, createFormatter('en', 'Asia/Almaty', 'en-GB'));
		for (const key of Object.keys(ru)) {
			const params = sampleParams(key);
			// The same parameters read well in English too: the samples are of the right kinds.
			expect(englishT(key, params), key).not.toMatch(BROKEN);
			const text = t(key, params);
			expect(text.trim(), key).not.toBe('');
			expect(text, key).not.toMatch(BROKEN);
			// A plural form's # is always replaced by the number.
			if (!englishT(key, params).includes('#')) expect(text, key).not.toContain('#');
			// A date ends with «г.»: no second full stop after it.
			expect(text, key).not.toContain('..');
			expect(text, key).not.toMatch(LATIN_WORD);
		}
	});

	it('have a sentence for every issue code the engine can report', () => {
		for (const code of Object.keys(issueMessages)) expect(ru).toHaveProperty([`issue.${code}`]);
	});
});

describe('Russian plurals for 1, 2, 5 and 21', () => {
	const t = russian();
	const forms = (key: string, name: string) => [1, 2, 5, 21].map((n) => t(key, { [name]: n }));

	it('count days', () => {
		expect(forms('share.expiry.days', 'days')).toEqual(['1 день', '2 дня', '5 дней', '21 день']);
		expect(forms('conditions.remind.days', 'count')).toEqual(['за 1 день', 'за 2 дня', 'за 5 дней', 'за 21 день']);
		expect([1, 2, 5, 21].map((days) => t('deadline.describe.after.inForce', { what: 'Встать на учёт', days, time: '' }))).toEqual([
			'Встать на учёт: в течение 1 дня со дня вступления приговора в законную силу.',
			'Встать на учёт: в течение 2 дней со дня вступления приговора в законную силу.',
			'Встать на учёт: в течение 5 дней со дня вступления приговора в законную силу.',
			'Встать на учёт: в течение 21 дня со дня вступления приговора в законную силу.'
		]);
	});

	it('count payments', () => {
		expect(forms('conditions.plan.applied', 'count')).toEqual([
			'Теперь в графике 1 платёж.',
			'Теперь в графике 2 платежа.',
			'Теперь в графике 5 платежей.',
			'Теперь в графике 21 платёж.'
		]);
	});

	it('count deadlines', () => {
		expect(forms('calendar.shared', 'count')).toEqual([
			'1 срок отправлен в ваш календарь.',
			'2 срока отправлены в ваш календарь.',
			'5 сроков отправлено в ваш календарь.',
			'21 срок отправлен в ваш календарь.'
		]);
	});

	it('count entries, missed reporting days, alerts and hours', () => {
		expect([1, 2, 5, 21].map((total) => t('history.count', { shown: total, total }))).toEqual(['1 запись', '2 записи', '5 записей', '21 запись']);
		expect([1, 2, 5, 21].map((total) => t('history.count', { shown: 0, total }))).toEqual([
			'Показано 0 из 1 записи',
			'Показано 0 из 2 записей',
			'Показано 0 из 5 записей',
			'Показано 0 из 21 записи'
		]);
		expect([1, 2, 5, 21].map((count) => t('reporting.summary.missed', { count, since: '2026-10-12' }))).toEqual([
			'1 назначенная явка не записана (первая — 12 окт. 2026 г.).',
			'2 назначенные явки не записаны (первая — 12 окт. 2026 г.).',
			'5 назначенных явок не записано (первая — 12 окт. 2026 г.).',
			'21 назначенная явка не записана (первая — 12 окт. 2026 г.).'
		]);
		expect(forms('notify.more', 'count')).toEqual(['Ещё 1 предупреждение', 'Ещё 2 предупреждения', 'Ещё 5 предупреждений', 'Ещё 21 предупреждение']);
		expect(forms('family.age.hours', 'count')).toEqual(['1 час назад', '2 часа назад', '5 часов назад', '21 час назад']);
	});
});

describe('Russian schedules and conditions in words', () => {
	const t = russian();

	it('put weekdays and ordinals in the case and gender the sentence needs', () => {
		const common = { interval: 1, count: 0, until: '' };
		expect(t('schedule.monthlyOnWeekdays', { ...common, days: ['2MO'] })).toBe('ежемесячно, во второй понедельник');
		expect(t('schedule.monthlyOnWeekdays', { ...common, days: ['-1FR'] })).toBe('ежемесячно, в последнюю пятницу');
		expect(t('schedule.monthlyOnWeekdays', { ...common, days: ['1SU', '3SU'] })).toBe('ежемесячно, в первое воскресенье и третье воскресенье');
		expect(t('schedule.weekly', { ...common, days: ['MO', 'WE'] })).toBe('по понедельникам и средам');
		expect(t('schedule.weekly', { ...common, interval: 2, days: ['TU'] })).toBe('раз в 2 недели, во вторник');
		expect(t('schedule.monthlyOnDays', { ...common, days: ['5', '20'] })).toBe('ежемесячно, 5-го и 20-го числа');
		expect(t('schedule.monthlyOnDays', { ...common, days: ['-1'] })).toBe('ежемесячно, в последний день месяца');
		expect(t('schedule.daily', { interval: 5, count: 21, until: '2029-04-24' })).toBe('раз в 5 дней, всего 21 раз, по 24 апр. 2029 г.');
		expect(t('schedule.yearly', { ...common, date: '09-05' })).toBe('ежегодно, 5 сент.');
	});

	it('reads the demo case as plain Russian sentences', () => {
		const file = parseCaseFile(example);
		const descriptions = file.rules.map((rule) => describeRule(rule, t));
		expect(descriptions).toContain('Являться ежемесячно, во второй понедельник, с 09:00 до 18:00. Место явки: Probation service, Bostandyk district, Almaty.');
		expect(descriptions).toContain('Сообщать в службу пробации о смене места жительства, места работы и номера телефона в течение 10 дней.');
		const status = evaluate(file, new Date('2026-11-23T12:00:00+05:00'));
		expect(status.alerts.map((alert) => t(alert.code, alert.params).replace(/\s/g, ' '))).toEqual(['Не позднее 25 нояб. 2026 г. нужно уплатить 40 000 ₸.']);
	});

	it('renders every code the engine emits, for generated cases at generated moments', () => {
		fc.assert(
			fc.property(
				arbCaseFile().chain((file) => fc.tuple(fc.constant(file), arbNow(file))),
				([file, now]) => {
					const base = russian(file.case.timeZone);
					const asked = new Set<string>();
					const t: Translate = (code, params) => {
						asked.add(code);
						return base(code, params);
					};
					const texts = engineTexts(file, now, t);
					for (const code of asked) expect(ru, `missing ${code}`).toHaveProperty([code]);
					for (const text of texts) expect(text).not.toMatch(BROKEN);
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('Russian backups and seals', () => {
	const t = russian();
	const at = '2026-06-24T15:20:00+05:00';

	it('count the reminder intervals, the problems and what a backup holds', () => {
		expect([1, 3, 7, 14, 30].map((days) => t('backup.every.days', { days }))).toEqual(['Каждый день', 'Раз в 3 дня', 'Раз в 7 дней', 'Раз в 14 дней', 'Раз в 30 дней']);
		expect([1, 2, 5, 21].map((count) => t('backup.invalid.more', { count }))).toEqual(['…и ещё 1 ошибка.', '…и ещё 2 ошибки.', '…и ещё 5 ошибок.', '…и ещё 21 ошибка.']);
		expect(t('backup.summary', { title: 'Моё дело', rules: 1, checkIns: 21 })).toBe('В резервной копии — дело «Моё дело»: 1 условие и 21 запись.');
		expect(t('backup.summary', { title: 'Моё дело', rules: 5, checkIns: 2 })).toBe('В резервной копии — дело «Моё дело»: 5 условий и 2 записи.');
	});

	it('name the check-in whose seal is broken by its kind and time', () => {
		expect(t('seal.missing', { position: 3, count: 12, kind: 'payment', at })).toBe(
			'У записи № 3 из 12 по порядку внесения (Платёж, 24 июн. 2026 г., 15:20) нет цифровой пломбы. Эта запись добавлена вне приложения.'
		);
		expect(t('backup.chain.missing', { position: 3, kind: 'report', at })).toContain('(Явка, 24 июн. 2026 г., 15:20)');
		expect(t('issue.chain.mismatch', { position: 3, id: 'c3', kind: 'report', at })).toContain('Запись № 3 по порядку внесения (Явка, 24 июн. 2026 г., 15:20)');
	});
});

describe('Russian for the distance to revocation and working days', () => {
	const t = russian();
	const forms = (key: string, name: string) => [1, 2, 5, 21].map((n) => t(key, { [name]: n }));

	it('count working days, warnings or violations, months and disputed warnings', () => {
		expect([1, 2, 5, 21].map((days) => t('deadline.describe.afterWorking.verdict', { what: 'Уплатить штраф', days, time: '' }))).toEqual([
			'Уплатить штраф: в течение 1 рабочего дня со дня вынесения приговора.',
			'Уплатить штраф: в течение 2 рабочих дней со дня вынесения приговора.',
			'Уплатить штраф: в течение 5 рабочих дней со дня вынесения приговора.',
			'Уплатить штраф: в течение 21 рабочего дня со дня вынесения приговора.'
		]);
		expect([1, 2, 5, 21].map((count) => t('revocation.crossed', { count, moreThan: 2, months: 12 }).split(' —')[0])).toEqual([
			'1 предупреждение или нарушение за 12 месяцев',
			'2 предупреждения или нарушения за 12 месяцев',
			'5 предупреждений или нарушений за 12 месяцев',
			'21 предупреждение или нарушение за 12 месяцев'
		]);
		expect([1, 2, 5, 21].map((months) => t('revocation.line', { count: 1, moreThan: 2, months }))).toEqual([
			'Предупреждения и нарушения за последний 1 месяц: 1 из 2',
			'Предупреждения и нарушения за последние 2 месяца: 1 из 2',
			'Предупреждения и нарушения за последние 5 месяцев: 1 из 2',
			'Предупреждения и нарушения за последний 21 месяц: 1 из 2'
		]);
		expect(forms('revocation.line.disputed', 'count')).toEqual([
			'Из них 1 оспаривается и всё равно учитывается.',
			'Из них 2 оспариваются и всё равно учитываются.',
			'Из них 5 оспариваются и всё равно учитываются.',
			'Из них 21 оспаривается и всё равно учитывается.'
		]);
	});

	it('end the distance line and the one-more warning with a single full stop after a date', () => {
		expect(t('revocation.line.oldest', { date: '2026-12-01' })).toBe('самое раннее из них перестанет учитываться 1 дек. 2026 г.');
		expect(t('revocation.oneMore', { count: 2, months: 12, until: '2026-12-01' })).toBe(
			'2 предупреждения или нарушения за 12 месяцев — это ваш предел: ещё одно будет уже сверх него. Самое раннее из них перестанет учитываться 1 дек. 2026 г.'
		);
	});
});
