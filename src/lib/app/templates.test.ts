import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, parseCaseFile, type Params, type Translate } from '$lib/domain';
import { BAN_CATEGORIES } from '$lib/domain/checkins';
import { describeRule } from '$lib/domain/describe';
import { englishMessages } from '$lib/i18n';
import { en, SCREENS } from '$lib/i18n/en/all';
import {
	buildCase,
	CONDITION_KEYS,
	defaultConditions,
	firstReportingDay,
	LAST_DAY_OF_MONTH,
	placeFileIssues,
	sentenceUntil,
	TEMPLATE_CONDITIONS,
	TEMPLATE_NAMES,
	type TemplateAnswers,
	type TemplateName
} from './templates';

const english = englishMessages('Asia/Almaty', SCREENS).t;

/** The English translator, recording every code asked of it. */
function recording(): { t: Translate; asked: Set<string> } {
	const asked = new Set<string>();
	return {
		asked,
		t: (code: string, params?: Params) => {
			asked.add(code);
			return english(code, params);
		}
	};
}

/** What a person typically answers for each template. */
function typical(template: TemplateName): TemplateAnswers {
	return {
		template,
		caseId: 'case-1',
		today: '2026-06-03',
		title: 'Suspended sentence',
		timeZone: 'Asia/Almaty',
		verdict: '2026-05-10',
		inForce: '2026-05-25',
		sentence: { from: '2026-05-25', years: 3, months: 0 },
		supervisor: { name: 'A. Officer', phone: '+7 727 000 00 00', address: 'Probation service, Almaty', hours: 'Mon–Fri 9–18' },
		conditions: {
			registration: true,
			reporting: { day: 10 },
			movement: { area: 'Almaty' },
			curfew: { start: '22:00', end: '06:00' },
			notifyChange: { withinDays: 3 },
			ban: { categories: ['political', 'social-media'] },
			fine: { amount: 40_000_000, currency: 'KZT', due: '2026-09-01' }
		}
	};
}

describe('sentenceUntil', () => {
	it('ends the day before the same date, years or months later', () => {
		expect(sentenceUntil('2023-04-25', 6, 0)).toBe('2029-04-24');
		expect(sentenceUntil('2023-04-25', 0, 18)).toBe('2024-10-24');
		expect(sentenceUntil('2023-04-25', 1, 6)).toBe('2024-10-24');
		expect(sentenceUntil('2023-12-15', 0, 1)).toBe('2024-01-14');
		expect(sentenceUntil('2023-01-01', 1, 0)).toBe('2023-12-31');
		expect(sentenceUntil('2023-03-01', 0, 1)).toBe('2023-03-31');
	});

	it('runs to the end of a month that has no such date', () => {
		expect(sentenceUntil('2023-01-31', 0, 1)).toBe('2023-02-28');
		expect(sentenceUntil('2024-01-31', 0, 1)).toBe('2024-02-29');
		expect(sentenceUntil('2024-01-30', 0, 1)).toBe('2024-02-29');
		expect(sentenceUntil('2024-01-29', 0, 1)).toBe('2024-02-28');
		expect(sentenceUntil('2023-03-31', 0, 1)).toBe('2023-04-30');
		expect(sentenceUntil('2023-05-30', 0, 1)).toBe('2023-06-29');
		expect(sentenceUntil('2023-05-31', 0, 1)).toBe('2023-06-30');
	});

	it('counts 29 February', () => {
		expect(sentenceUntil('2024-02-29', 1, 0)).toBe('2025-02-28');
		expect(sentenceUntil('2024-02-29', 4, 0)).toBe('2028-02-28');
		expect(sentenceUntil('2023-03-01', 1, 0)).toBe('2024-02-29');
		expect(sentenceUntil('2023-02-28', 1, 0)).toBe('2024-02-27');
		expect(sentenceUntil('2024-02-28', 1, 0)).toBe('2025-02-27');
		expect(sentenceUntil('2100-02-28', 0, 12)).toBe('2101-02-27');
	});

	it('refuses what is not a duration of one month to 100 years from a real date', () => {
		expect(sentenceUntil('2023-04-25', 0, 0)).toBeUndefined();
		expect(sentenceUntil('2023-04-25', -1, 13)).toBeUndefined();
		expect(sentenceUntil('2023-04-25', 1.5, 0)).toBeUndefined();
		expect(sentenceUntil('2023-04-25', Number.NaN, 1)).toBeUndefined();
		expect(sentenceUntil('2023-04-25', 101, 0)).toBeUndefined();
		expect(sentenceUntil('2023-02-29', 1, 0)).toBeUndefined();
		expect(sentenceUntil('', 1, 0)).toBeUndefined();
		expect(sentenceUntil('9999-01-01', 1, 0)).toBeUndefined();
		expect(sentenceUntil('2023-04-25', 100, 0)).toBe('2123-04-24');
	});

	it('always ends after it starts, within a day of the calendar date that many months later', () => {
		const day = 86_400_000;
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 3000 * 365 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 11 }), (offset, years, months) => {
				fc.pre(years * 12 + months >= 1 && years * 12 + months <= 1200);
				const from = new Date(Date.UTC(1900, 0, 1) + offset * day).toISOString().slice(0, 10);
				const until = sentenceUntil(from, years, months)!;
				expect(until > from).toBe(true);
				const start = new Date(`${from}T00:00:00Z`);
				const target = new Date(Date.UTC(start.getUTCFullYear() + years, start.getUTCMonth() + months, 1));
				const next = new Date(Date.parse(`${until}T00:00:00Z`) + day);
				if (start.getUTCDate() <= 28) {
					// The next day after the end is the same day of the month, that many months on.
					expect(next.getUTCDate()).toBe(start.getUTCDate());
					expect(next.getUTCMonth()).toBe(target.getUTCMonth());
				} else {
					// Late in the month: the end falls in the target month, never before its same date.
					expect(new Date(`${until}T00:00:00Z`).getUTCMonth()).toBe(target.getUTCMonth());
				}
			})
		);
	});
});

describe('firstReportingDay', () => {
	it('is the first such day on or after the date', () => {
		expect(firstReportingDay('2026-06-03', 10)).toBe('2026-06-10');
		expect(firstReportingDay('2026-06-10', 10)).toBe('2026-06-10');
		expect(firstReportingDay('2026-06-11', 10)).toBe('2026-07-10');
		expect(firstReportingDay('2026-12-20', 5)).toBe('2027-01-05');
		expect(firstReportingDay('2026-02-01', 31)).toBe('2026-03-31');
		expect(firstReportingDay('2026-04-15', 31)).toBe('2026-05-31');
		expect(firstReportingDay('2026-02-10', LAST_DAY_OF_MONTH)).toBe('2026-02-28');
		expect(firstReportingDay('2028-02-10', LAST_DAY_OF_MONTH)).toBe('2028-02-29');
	});
});

describe('buildCase', () => {
	it('builds a valid file for every template with typical answers, titles from the catalog', () => {
		for (const template of TEMPLATE_NAMES) {
			const { t, asked } = recording();
			const built = buildCase(typical(template), t);
			expect(built.issues).toEqual([]);
			expect(parseCaseFile(built.json)).toEqual(built.file);
			expect(built.file!.rules.map((rule) => rule.id)).toEqual(
				CONDITION_KEYS.filter((key) => TEMPLATE_CONDITIONS[template].includes(key)).map((key) => `rule-${key}`)
			);
			for (const code of asked) expect(en, `missing ${code}`).toHaveProperty([code]);
			// The engine can read the case at once.
			expect(() => evaluate(built.file!, new Date('2026-06-03T12:00:00+05:00'))).not.toThrow();
		}
	});

	it('sets up the Kazakhstan probation conditions', () => {
		const { file } = buildCase(typical('probation-kz'), english);
		expect(file!.case).toEqual({
			id: 'case-1',
			title: 'Suspended sentence',
			timeZone: 'Asia/Almaty',
			verdict: '2026-05-10',
			inForce: '2026-05-25',
			sentence: { from: '2026-05-25', until: '2029-05-24' },
			supervisor: { name: 'A. Officer', phone: '+7 727 000 00 00', address: 'Probation service, Almaty', hours: 'Mon–Fri 9–18' }
		});
		expect(file!.rules).toEqual([
			{ id: 'rule-registration', kind: 'deadline', title: 'Register with the probation service', what: 'Register with the probation service', after: { anchor: 'inForce', days: 10 } },
			{ id: 'rule-reporting', kind: 'reporting', title: 'Report to the probation service every month', rrule: 'FREQ=MONTHLY;BYMONTHDAY=10', start: '2026-06-10' },
			{ id: 'rule-movement', kind: 'movement', title: 'Do not leave Almaty without permission', area: 'Almaty', permission: 'required' },
			{
				id: 'rule-notifyChange',
				kind: 'notify-change',
				title: 'Tell the probation service about a new address or job',
				changes: ['residence', 'work'],
				withinDays: 3
			},
			{ id: 'rule-ban', kind: 'activity-ban', title: 'Ban on political activity and social media', categories: ['political', 'social-media'] },
			{ id: 'rule-fine', kind: 'payment', title: 'Fine of ₸400,000', currency: 'KZT', schedule: [{ due: '2026-09-01', amount: 40_000_000 }] }
		]);
		const descriptions = file!.rules.map((rule) => describeRule(rule, english));
		expect(descriptions[0]).toBe('Register with the probation service: within 10 days of the verdict entering into force.');
	});

	it('sets up restriction of freedom with a night curfew', () => {
		const { file } = buildCase(typical('restriction-kz'), english);
		expect(file!.rules.map((rule) => rule.kind)).toEqual(['reporting', 'movement', 'curfew', 'notify-change']);
		expect(file!.rules[1]).toMatchObject({ title: 'Stay within Almaty', permission: 'required' });
		expect(file!.rules[2]).toEqual({ id: 'rule-curfew', kind: 'curfew', title: 'Be at home from 22:00 to 06:00', start: '22:00', end: '06:00' });
	});

	it('makes a blank case with no conditions, and no supervisor when none is given', () => {
		const answers = { ...typical('blank'), supervisor: { name: ' ', phone: '' } };
		const { file } = buildCase(answers, english);
		expect(file!.rules).toEqual([]);
		expect(file!.case.supervisor).toBeUndefined();
	});

	it('leaves out what is not ticked, and a ban with no category', () => {
		const answers = typical('probation-kz');
		answers.conditions = { reporting: { day: LAST_DAY_OF_MONTH }, ban: { categories: [] } };
		const { file } = buildCase(answers, english);
		expect(file!.rules).toEqual([
			{ id: 'rule-reporting', kind: 'reporting', title: 'Report to the probation service every month', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2026-06-30' }
		]);
	});

	it('starts reporting at the sentence start when that is later than today', () => {
		const answers = { ...typical('probation-kz'), today: '2026-01-02' };
		expect(buildCase(answers, english).file!.rules[1]).toMatchObject({ start: '2026-06-10' });
	});

	it('puts each problem on the field that asks for it', () => {
		const paths = (answers: TemplateAnswers) => buildCase(answers, english).issues.map((issue) => `${issue.path} ${issue.code}`);
		expect(paths({ ...typical('probation-kz'), inForce: '' })).toEqual(['inForce deadline.anchorMissing']);
		expect(paths({ ...typical('probation-kz'), inForce: '2026-05-01' })).toEqual(['inForce case.inForceBeforeVerdict']);
		expect(paths({ ...typical('blank'), title: '  ' })).toEqual(['title text.empty']);
		expect(paths({ ...typical('blank'), timeZone: 'Mars/Base' })).toEqual(['timeZone timeZone.unknown']);
		expect(paths({ ...typical('blank'), sentence: { from: '2026-05-25', years: 0, months: 0 } })).toEqual(['sentence.duration template.duration']);
		expect(paths({ ...typical('blank'), sentence: { from: '', years: 1, months: 0 } })).toEqual(['sentence.from value.required']);
		expect(paths({ ...typical('blank'), sentence: { from: '2026-02-30', years: 1, months: 0 } })).toEqual(['sentence.from date.invalid']);
		const fine = typical('probation-kz');
		fine.conditions.fine = { amount: 0, currency: 'KZT', due: '2031-01-01' };
		expect(paths(fine)).toEqual(['fine.amount money.invalid']);
		fine.conditions.fine = { amount: 100, currency: 'KZT', due: '2031-01-01' };
		expect(paths(fine)).toEqual(['fine.due payment.dueOutsidePeriod']);
		fine.conditions.fine = { amount: 100, currency: 'KZT', due: '' };
		expect(paths(fine)).toEqual(['fine.due value.required']);
		const reporting = typical('restriction-kz');
		reporting.conditions.reporting = { day: undefined };
		reporting.conditions.movement = { area: '' };
		reporting.conditions.curfew = { start: '22:00', end: '22:00' };
		expect(paths(reporting)).toEqual(['reporting.day template.reportingDay', 'movement.area text.empty', 'curfew.end curfew.emptyWindow']);
		const ended = { ...typical('restriction-kz'), today: '2030-01-01' };
		expect(paths(ended)).toEqual(['reporting.day template.reportingAfterSentence']);
	});

	it('still shows the conditions’ problems while the details have some', () => {
		const answers = { ...typical('restriction-kz'), title: '' };
		answers.conditions.notifyChange = { withinDays: 0 };
		expect(buildCase(answers, english).issues.map((issue) => issue.path)).toEqual(['title', 'notifyChange.withinDays']);
	});

	it('places the issues of a refused file on the form', () => {
		const answers = typical('probation-kz');
		const issues = placeFileIssues(
			[
				{ path: 'case.title', code: 'text.empty', params: {}, message: '' },
				{ path: 'rules[5].schedule[0].due', code: 'date.invalid', params: {}, message: '' }
			],
			answers,
			english
		);
		expect(issues.map((issue) => issue.path)).toEqual(['title', 'fine.due']);
	});

	it('offers every condition a template sets up by default', () => {
		for (const template of TEMPLATE_NAMES) {
			const defaults = defaultConditions(template);
			for (const key of Object.keys(defaults)) expect(TEMPLATE_CONDITIONS[template]).toContain(key);
		}
	});
});

describe('buildCase over any answers', () => {
	const date = fc.oneof(
		{ weight: 6, arbitrary: fc.integer({ min: 0, max: 40 * 366 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)) },
		{ weight: 1, arbitrary: fc.constantFrom('', '2023-02-29', '2023-13-01', 'soon', '9999-12-31') }
	);
	const count = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, 2000) });
	const text = fc.oneof(fc.constantFrom('Almaty', '', '  ', 'Алматы', '<img src=x onerror=alert(1)>'), fc.string({ maxLength: 250 }));
	const answers: fc.Arbitrary<TemplateAnswers> = fc.record({
		template: fc.constantFrom(...TEMPLATE_NAMES),
		caseId: fc.constantFrom('case-1', '', 'x'.repeat(101)),
		today: date.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))),
		title: text,
		timeZone: fc.constantFrom('Asia/Almaty', 'Europe/Moscow', 'UTC', 'America/St_Johns', 'Mars/Base', ''),
		verdict: fc.option(date, { nil: undefined }),
		inForce: fc.option(date, { nil: undefined }),
		sentence: fc.record({ from: date, years: count, months: count }),
		supervisor: fc.option(fc.record({ name: text, phone: text, address: text, hours: text }, { requiredKeys: [] }), { nil: undefined }),
		conditions: fc.record(
			{
				registration: fc.boolean(),
				reporting: fc.record({ day: fc.option(fc.integer({ min: -2, max: 32 }), { nil: undefined }) }),
				movement: fc.record({ area: text }),
				curfew: fc.record({ start: fc.constantFrom('22:00', '06:00', '', '24:00', '7:00'), end: fc.constantFrom('06:00', '22:00', '') }),
				notifyChange: fc.record({ withinDays: count }),
				ban: fc.record({ categories: fc.subarray([...BAN_CATEGORIES]) }),
				fine: fc.record({
					amount: fc.oneof(fc.integer({ min: -5, max: 10 ** 12 }), fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, 0.5)),
					currency: fc.constantFrom('KZT', 'RUB', 'kzt', ''),
					due: date
				})
			},
			{ requiredKeys: [] }
		)
	});

	it('gives a valid file or a clear list of problems, never a throw', () => {
		fc.assert(
			fc.property(answers, (answers) => {
				const built = buildCase(answers, english);
				if (built.file) {
					expect(built.issues).toEqual([]);
					expect(parseCaseFile(JSON.parse(JSON.stringify(built.json)))).toEqual(built.file);
				} else {
					expect(built.issues.length).toBeGreaterThan(0);
					// Unless the answers themselves are wrong (no reporting day…), the engine refuses the file too.
					if (!built.issues.some((issue) => issue.code.startsWith('template.'))) expect(() => parseCaseFile(built.json)).toThrow();
					for (const issue of built.issues) {
						expect(en, `no sentence for ${issue.code}`).toHaveProperty([`issue.${issue.code}`]);
						expect(issue.path).not.toMatch(/^rules\[|^case\./);
					}
				}
			}),
			{ numRuns: 400 }
		);
	});
});
