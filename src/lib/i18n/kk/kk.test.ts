import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, parseCaseFile, upcoming, type Params, type Translate } from '$lib/domain';
import { describeRule } from '$lib/domain/describe';
import { issueMessages } from '$lib/domain/issues';
import { createTranslator, type CatalogShape } from '../catalog';
import { createFormatter } from '../format';
import { arbCaseFile, arbNow } from '../../../../tests/unit/arbitraries';
import kazakhDemo from '../../../../docs/examples/almaty-suspended-sentence.kk.json';
import englishDemo from '../../../../docs/examples/almaty-suspended-sentence.json';
import { catalogPairs } from '../../../../tests/unit/catalog-files';

/** Each translated file beside the English file it translates (by file name). */
const FILES = catalogPairs(import.meta.glob<Record<string, unknown>>(['./*.ts', '!./{core,all,grammar}.ts', '!./*.test.ts'], { eager: true }));

const EN: CatalogShape = Object.assign({}, ...FILES.map(([, en]) => en));
const KK: CatalogShape = Object.assign({}, ...FILES.map(([, , kk]) => kk));
const format = createFormatter('kk', 'Asia/Almaty');
const kk = createTranslator(KK, format);
const en = createTranslator(EN, createFormatter('en', 'Asia/Almaty', 'en-GB'));

const BROKEN = /undefined|NaN|\[object|Invalid Date|\.\.(?!\.)|\s[.,]|#(?![ \w])/;
/** Strings that are the same in both languages on purpose: names, codes, examples. */
const SAME_IN_BOTH = new Set(['app.name', 'calendar.name', 'lock.notify.title']);

// ---------------------------------------------------------------------------------------------
// Sample parameters, read from how the English entry uses each one.

/** The source the English entry's parameters are read from (an issue's own English sentence). */
function englishSource(key: string): string {
	const entry = EN[key];
	const own = typeof entry === 'function' ? entry.toString() : '';
	const issue = key.startsWith('issue.') ? (issueMessages as Record<string, (p: never) => string>)[key.slice(6)] : undefined;
	// Schedules end with a shared helper that reads count and until.
	const helpers = key.startsWith('schedule.') ? ' p.count ? p.until ? f.date(p.until) ' : '';
	return own + (issue ? issue.toString() : '') + helpers;
}

const NUMBER_NAMES = new Set(['count', 'amount', 'total', 'paid', 'overdue', 'interval', 'n', 'day', 'conflicts', 'pending', 'shown', 'accuracy', 'min', 'noticeDays', 'withinDays', 'days', 'met', 'excused', 'missed', 'open', 'of', 'moreThan', 'months', 'seconds', 'minutes']);
const TEXT: Readonly<Record<string, string>> = {
	currency: 'KZT',
	time: '18:00',
	start: '22:00',
	end: '06:00',
	kind: 'report',
	what: 'residence',
	category: 'political',
	anchor: 'verdict',
	received: 'payment',
	expected: 'trip or change',
	id: 'ci-1',
	ruleId: 'rule-1',
	lead: 'P1DT2H',
	zone: 'Asia/Almaty',
	offset: '+05:00',
	lat: '43.238',
	lon: '76.889',
	at: '2026 ж. 25 қар., 18:00',
	recordedAt: '2026 ж. 26 қар., 09:00',
	relative: 'ертең',
	age: '2 сағат бұрын',
	rule: 'Пробация қызметіне келу: ай сайын.',
	schedule: 'ай сайын, айдың екінші дүйсенбісі'
};
const ARRAYS: Readonly<Record<string, (source: string) => string[]>> = {
	categories: (source) => (source.includes('category.') ? ['political', 'social-media'] : ['саяси қызмет', 'әлеуметтік желілер']),
	words: () => ['митинг', 'пост'],
	usual: () => ['3 күн бұрын', '1 күн бұрын'],
	changes: () => ['тұрғылықты жер', 'жұмыс орны'],
	days: (source) =>
		source.includes('WEEKDAYS[d]') ? ['MO', 'TH'] : source.includes('dayOfMonth') ? ['1', '15', '-1', '-2', '-4'] : source.includes('nthWeekday') ? ['2MO', '-1FR', '-2SU'] : ['Дүйсенбі', 'Жұма']
};

/** Numbers the backup's messages take: a size, a check-in's place, counts of conditions and check-ins. */
const BACKUP_NUMBERS = new Set(['megabytes', 'position', 'number', 'rules', 'checkIns']);

/** Parameter sets for an entry: each count in turn, and with its optional texts left empty. */
function sampleParams(key: string): Params[] {
	const source = englishSource(key);
	const names = new Set([...source.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!));
	const arrays = new Set([...source.matchAll(/\bp\.(\w+)\.(?:map|length)\b|f\.list\(p\.(\w+)\)/g)].map((m) => (m[1] ?? m[2])!));
	const dates = new Set([...source.matchAll(/f\.date\(p\.(\w+)\)/g)].map((m) => m[1]!));
	const monthDays = new Set([...source.matchAll(/2000-\$\{p\.(\w+)\}/g)].map((m) => m[1]!));
	const optional = new Set([...source.matchAll(/\bp\.(\w+)\s*(?:\?|&&)/g)].map((m) => m[1]!));
	// Instants (ISO 8601), and a check-in the backup's messages name by its kind and time.
	const instants = new Set([...source.matchAll(/new Date\(p\.(\w+)\)/g)].map((m) => m[1]!));
	if (/\bnamed\(p\b/.test(source)) for (const name of ['kind', 'at']) names.add(name), name === 'at' && instants.add(name);
	const build = (n: number, empty: boolean): Params => {
		const params: Record<string, unknown> = {};
		for (const name of names) {
			if (arrays.has(name)) params[name] = ARRAYS[name]?.(source) ?? ['а', 'б'];
			else if (monthDays.has(name)) params[name] = '06-08';
			else if (dates.has(name)) params[name] = '2026-11-25';
			else if (instants.has(name)) params[name] = '2026-11-25T13:00:00Z';
			else if (empty && optional.has(name)) params[name] = NUMBER_NAMES.has(name) ? 0 : '';
			else if (NUMBER_NAMES.has(name) || BACKUP_NUMBERS.has(name)) params[name] = n;
			else params[name] = TEXT[name] ?? 'Алматы';
		}
		return params as Params;
	};
	return [1, 2, 5, 21, 0].flatMap((n) => [build(n, false), build(n, true)]);
}

describe('the Kazakh catalogs', () => {
	it.each(FILES)('%s has exactly the English keys, each a string or a function as in English', (_name, englishFile, kazakhFile) => {
		expect(Object.keys(kazakhFile).sort()).toEqual(Object.keys(englishFile).sort());
		for (const key of Object.keys(englishFile)) expect(typeof kazakhFile[key], key).toBe(typeof englishFile[key]);
	});

	it('has a sentence for every issue code the engine can report', () => {
		for (const code of Object.keys(issueMessages)) expect(KK).toHaveProperty([`issue.${code}`]);
	});

	it('translates every static string (none left in English)', () => {
		const untranslated = Object.keys(EN).filter((key) => typeof EN[key] === 'string' && EN[key] === KK[key] && !SAME_IN_BOTH.has(key));
		expect(untranslated).toEqual([]);
	});

	it('renders every entry for sample parameters as a non-empty sentence, in Kazakh and in English alike', () => {
		const failures: string[] = [];
		for (const key of Object.keys(EN)) {
			for (const params of sampleParams(key)) {
				const english = en(key, params);
				expect(english, `English ${key} ${JSON.stringify(params)}`).not.toMatch(/undefined|NaN|\[object|Invalid Date/);
				let text: string;
				try {
					text = kk(key, params);
				} catch (error) {
					failures.push(`${key} ${JSON.stringify(params)}: throws ${String(error)}`);
					continue;
				}
				if (typeof text !== 'string' || text.trim() === '' || BROKEN.test(text)) failures.push(`${key} ${JSON.stringify(params)}: ${JSON.stringify(text)}`);
			}
		}
		expect(failures).toEqual([]);
	});

	it('uses the singular after a number, through f.plural where English has plurals', () => {
		for (const count of [1, 2, 5, 21]) {
			expect(kk('conditions.remind.days', { count })).toBe(`${count} күн бұрын`);
			expect(kk('notify.more', { count })).toBe(`Тағы ${count} ескерту`);
			expect(kk('history.count', { shown: count, total: count })).toBe(`${count} жазба`);
		}
	});

	it('never puts a second full stop after a date that ends with its own', () => {
		expect(format.date('2026-11-25')).toBe('2026 ж. 25 қар.');
		expect(kk('deadline.due', { date: '2026-11-25', time: '' })).toBe('Мерзімі: 2026 ж. 25 қар.');
		expect(kk('deadline.due', { date: '2026-11-25', time: '18:00' })).toBe('Мерзімі: 2026 ж. 25 қар., 18:00.');
		expect(kk('payment.due', { amount: 4_000_000, currency: 'KZT', date: '2026-11-25' })).toBe('Төлеу керек: 40\u00a0000\u00a0₸, мерзімі – 2026 ж. 25 қар.');
	});

	it('names issue parameters in Kazakh where the engine writes English words', () => {
		expect(kk('issue.checkIn.refKind', { id: 'ci-1', expected: 'trip or change' })).toBe('«ci-1» жазбасы мұнда сәйкес келмейді: ол сапар жоспары немесе өзгеріс болуы керек.');
		expect(kk('issue.payment.dueOutsidePeriod', { from: '2023-04-25', until: '2029-04-24' })).toBe('Төлемдер 2023 ж. 25 сәу. – 2029 ж. 24 сәу. аралығында болуы керек.');
	});

	it('renders every code the engine emits, for generated cases at generated moments', () => {
		fc.assert(
			fc.property(
				arbCaseFile().chain((file) => fc.tuple(fc.constant(file), arbNow(file))),
				([file, now]) => {
					const asked = new Set<string>();
					const t = createTranslator(KK, createFormatter('kk', file.case.timeZone));
					const recording: Translate = (code: string, params?: Params) => {
						asked.add(code);
						return t(code, params);
					};
					const status = evaluate(file, now);
					const texts = [
						recording(`level.${status.level}`),
						...status.alerts.flatMap((alert) => [recording(alert.code, alert.params), recording(`severity.${alert.severity}`)]),
						...status.rules.flatMap((rule) => [
							recording(`state.${rule.state}`),
							recording(rule.summary.code, rule.summary.params),
							...(rule.next ? [recording(rule.next.label.code, rule.next.label.params)] : [])
						]),
						...upcoming(file, new Date(now.getTime() - 40 * 86_400_000), new Date(now.getTime() + 40 * 86_400_000)).map((d) => recording(d.label.code, d.label.params)),
						...file.rules.map((rule) => describeRule(rule, recording))
					];
					for (const code of asked) expect(KK, `missing ${code}`).toHaveProperty([code]);
					for (const text of texts) expect(text).not.toMatch(/undefined|NaN|\[object|Invalid Date|\.\.(?!\.)/);
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('the compliance report in Kazakh', () => {
	it('says counts, sums and periods with no suffix on a value and one full stop after a date', () => {
		expect(kk('report.reporting.counts', { total: 7, met: 5, excused: 1, missed: 1, open: 0 })).toBe(
			'Осы уақытқа дейін 7 келу күні болды, оның ішінде: уақтылы келгені – 5, келуден босатылғаны – 1, келмегені – 1.'
		);
		expect(kk('report.reporting.counts', { total: 1, met: 0, excused: 0, missed: 0, open: 1 })).toMatch(/, бүгінге белгіленгені – 1\.$/);
		expect(kk('report.payments.summary', { paid: 25_000_000, total: 60_000_000, overdue: 5_000_000, currency: 'KZT' })).toBe(
			'Төленгені: 250\u00a0000\u00a0₸, барлығы: 600\u00a0000\u00a0₸; мерзімі өткені: 50\u00a0000\u00a0₸.'
		);
		expect(kk('report.condition.period', { from: '2023-04-25', until: '2029-04-24' })).toBe('Қолданылу мерзімі: 2023 ж. 25 сәу. – 2029 ж. 24 сәу.');
		expect(kk('report.end', { count: 28 })).toBe('Есептің соңы. Барлығы 28 жазба.');
	});

	it('keeps the one-entry and the many-entries fingerprint sentences apart, as English does', () => {
		expect(kk('report.fingerprint.what', { count: 1 })).toMatch(/^Сақталған 1 жазбадан есептелген бақылау коды\./);
		expect(kk('report.fingerprint.what', { count: 28 })).toMatch(/^Сақталған барлық 28 жазбадан олардың жазылу реті бойынша есептелген бақылау коды\./);
	});
});

describe('the demo case in Kazakh', () => {
	const file = parseCaseFile(kazakhDemo);
	const rule = (id: string) => file.rules.find((r) => r.id === id)!;

	/** Everything but the human texts: ids, kinds, dates, amounts, references, places on the map. */
	const TEXTS = new Set(['title', 'notes', 'area', 'place', 'payee', 'description', 'note', 'destination', 'keywords', 'name', 'address', 'hours', 'question', 'askedTo', 'source', 'text']);
	/** A human text: one of TEXTS, or what a deadline asks (a change's `what` is a code). */
	function isText(this: unknown, key: string): boolean {
		return TEXTS.has(key) || (key === 'what' && (this as { kind?: string }).kind === 'deadline');
	}
	const facts = (value: unknown): unknown =>
		JSON.parse(
			JSON.stringify(value, function (this: unknown, key, inner: unknown) {
				return isText.call(this, key) ? undefined : inner;
			})
		);

	it('parses, with the same rules and check-ins as the English demo (ids, kinds, dates, amounts)', () => {
		const englishFile = parseCaseFile(englishDemo);
		expect(file.rules.map((r) => [r.id, r.kind])).toEqual(englishFile.rules.map((r) => [r.id, r.kind]));
		expect(file.checkIns.map((c) => [c.id, c.kind, c.at, c.recordedAt])).toEqual(englishFile.checkIns.map((c) => [c.id, c.kind, c.at, c.recordedAt]));
		expect(facts(file)).toEqual(facts(englishFile));
		expect(facts(kazakhDemo)).toEqual(facts(englishDemo));
	});

	it('has every human text in Kazakh (no English sentence left)', () => {
		const texts: string[] = [];
		JSON.stringify(kazakhDemo, function (this: unknown, key, inner: unknown) {
			if (isText.call(this, key)) texts.push(...[inner].flat().map(String));
			return inner;
		});
		expect(texts.length).toBeGreaterThan(30);
		for (const text of texts) expect(text).not.toMatch(/[A-Za-z]{3,}/);
	});

	it('reads each condition as a plain sentence', () => {
		expect(describeRule(rule('rule-reporting'), kk)).toBe(
			'Пробация қызметіне келу: ай сайын, айдың екінші дүйсенбісі, 09:00–18:00 аралығында. Келетін жер: Алматы қаласы Бостандық ауданының пробация қызметі.'
		);
		expect(describeRule(rule('rule-registration'), kk)).toBe(
			'Бостандық ауданының пробация қызметінде есепке тұру: үкім заңды күшіне енгеннен кейін 10 күн ішінде.'
		);
		expect(describeRule(rule('rule-fine'), kk)).toBe('Төлеу керек: 400\u00a0000\u00a0₸, 10 бөлікке бөліп. Алушы: Мемлекеттік бюджет.');
		expect(describeRule(rule('rule-movement'), kk)).toBe(
			'Пробация қызметінің рұқсатынсыз шығуға болмайтын аумақ: Алматы қаласы; рұқсатты кемінде 3 күн бұрын сұрау керек.'
		);
		expect(describeRule(rule('rule-notify-change'), kk)).toBe(
			'Мына өзгерістер туралы 10 күн ішінде пробация қызметіне хабарлау: тұрғылықты жер, жұмыс орны, телефон нөмірі.'
		);
		expect(describeRule(rule('rule-activity-ban'), kk)).toBe(
			'Тыйым салынған: саяси қызмет, қоғамдық қызмет, журналистік қызмет, қайырымдылық қызметі, әлеуметтік желілер.'
		);
	});

	it('gives the alert of its fixed moment in Kazakh', () => {
		const status = evaluate(file, new Date('2026-11-23T12:00:00+05:00'));
		expect(status.alerts.map((alert) => kk(alert.code, alert.params))).toEqual(['Төлеу керек: 40\u00a0000\u00a0₸, мерзімі – 2026 ж. 25 қар.']);
	});
});

describe('backups and seals in Kazakh', () => {
	const payment = { kind: 'payment', at: '2026-06-24T10:20:00Z' };

	it('names the check-in that breaks the chain by its place, its kind and its time, with no suffix on a value', () => {
		expect(kk('seal.mismatch', { position: 5, count: 12, ...payment })).toMatch(
			/^12 жазбаның ішінде жазылу реті бойынша 5-жазба \(Төлем, 2026 ж\. 24 мау\., 15:20\) өзінің цифрлық мөріне сәйкес келмейді\. /
		);
		expect(kk('backup.chain.missing', { position: 5, ...payment })).toMatch(/^Жазылу реті бойынша 5-жазбаның \(Төлем, 2026 ж\. 24 мау\., 15:20\) цифрлық мөрі жоқ/);
		expect(kk('issue.chain.mismatch', { position: 5, ...payment })).toMatch(/^Жазылу реті бойынша 5-жазба \(төлем, 2026 ж\. 24 мау\., 15:20\) өз хешіне сәйкес келмейді/);
	});

	it('counts with the singular, through f.plural', () => {
		expect([1, 3, 7].map((days) => kk('backup.every.days', { days }))).toEqual(['Күн сайын', '3 күн сайын', '7 күн сайын']);
		expect(kk('backup.summary', { title: 'Менің ісім', rules: 7, checkIns: 28 })).toBe('Сақтық көшірмеде «Менің ісім» ісі бар: 7 талап және 28 жазба.');
	});

	it('says that a forgotten passphrase cannot be recovered', () => {
		expect(kk('backup.kind.encrypted.hint')).toMatch(/Құпия сөз ұмытылса, сақтық көшірмені ешкім аша алмайды.*қалпына келтірудің ешқандай жолы жоқ\.$/);
	});
});

describe('the distance to revocation in Kazakh', () => {
	it('counts what was recorded against the policy, with no suffix on a value and no word about what a court will do', () => {
		expect(kk('revocation.line', { count: 3, moreThan: 2, months: 12 })).toBe('Соңғы 12 ай ішіндегі ескерту немесе бұзушылық саны: 3, шегі: 2');
		expect(kk('revocation.line.oldest', { date: '2026-12-01' })).toBe('ең ертедегісі 2026 ж. 1 жел. күні есептен шығады.');
		expect([1, 2].map((count) => kk('revocation.line.disputed', { count }))).toEqual([
			'Олардың 1 ескертуіне дау айтылған, бірақ ол әлі де есепке алынады.',
			'Олардың 2 ескертуіне дау айтылған, бірақ олар әлі де есепке алынады.'
		]);
		const alerts = [kk('revocation.oneMore', { count: 2, months: 12, until: '2026-12-01' }), kk('revocation.crossed', { count: 3, moreThan: 2, months: 12 })];
		expect(alerts[0]).toBe('12 ай ішінде 2 ескерту немесе бұзушылық жазылған, бұл – баптауларыңыздағы шек: тағы біреуі одан асады. Ең ертедегісі 2026 ж. 1 жел. күні есептен шығады.');
		expect(alerts[1]).toBe('12 ай ішінде 3 ескерту немесе бұзушылық жазылған, бұл баптауларыңыздағы шектен (2) көп. Адвокатыңызбен сөйлесіңіз.');
		for (const text of alerts) expect(text).not.toMatch(/сот|жойылады/i);
	});

	it('counts working days with the singular, through f.plural, and names the new check-ins in issues', () => {
		expect([1, 10].map((days) => kk('deadline.describe.afterWorking.verdict', { what: 'Есепке тұру', days, time: '' }))).toEqual([
			'Есепке тұру: үкім шығарылғаннан кейін 1 жұмыс күні ішінде.',
			'Есепке тұру: үкім шығарылғаннан кейін 10 жұмыс күні ішінде.'
		]);
		expect(kk('issue.checkIn.refKind', { id: 'ci-1', expected: 'clarification' })).toBe('«ci-1» жазбасы мұнда сәйкес келмейді: ол тыйым туралы сұрақ болуы керек.');
	});
});
