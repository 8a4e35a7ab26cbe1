import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile, type CaseFile, type Rule } from '$lib/domain';
import { validateRuleInCase } from '$lib/domain/casefile';
import { RULE_KIND_NAMES } from '$lib/domain/registry';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { arbCaseFile } from '../../../../tests/unit/arbitraries';
import { formIssue, fromRule, mergeIssues, newForm, readDecimal, readWhole, shownPaths, toRule, type FormOfKind, type RuleForm } from './form';

const demo = parseCaseFile(example);

/** Saving a rule's form unchanged gives back the very same rule, with nothing to complain about. */
function expectRoundTrip(rule: Rule, file: CaseFile = demo) {
	const { candidate, issues } = toRule(fromRule(rule), rule);
	expect(issues).toEqual([]);
	expect(candidate).toStrictEqual(rule);
	expect(validateRuleInCase(candidate, file, rule.id).issues).toEqual([]);
}

/** A rule of each kind with every optional field there is, valid in the demo case. */
const everyField: Rule[] = [
	{
		id: 'r-reporting',
		kind: 'reporting',
		title: 'Report twice a month',
		notes: 'Room 12',
		from: '2024-01-01',
		until: '2028-12-31',
		remind: ['P7D', 'P1D', 'PT3H'],
		rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
		start: '2024-01-04',
		window: { from: '09:00', to: '13:30' },
		place: 'Probation office'
	},
	{
		id: 'r-reporting-advanced',
		kind: 'reporting',
		title: 'Report on the 1st and the 15th',
		rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=24',
		start: '2024-01-01'
	},
	{ id: 'r-reporting-last', kind: 'reporting', title: 'Report on the last day', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '2024-01-01' },
	{ id: 'r-reporting-day', kind: 'reporting', title: 'Report on the 15th', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2024-01-01' },
	{ id: 'r-reporting-lastfri', kind: 'reporting', title: 'Report on the last Friday', rrule: 'FREQ=MONTHLY;BYDAY=-1FR', start: '2024-01-01' },
	{
		id: 'r-payment',
		kind: 'payment',
		title: 'Fine',
		notes: '',
		from: '2024-01-01',
		until: '2025-12-31',
		remind: ['P2W'],
		currency: 'USD',
		payee: 'Court',
		schedule: [
			{ due: '2024-01-31', amount: 33_333 },
			{ due: '2024-02-29', amount: 5 },
			{ due: '2024-03-31', amount: 9_007_199_254_700 }
		]
	},
	{ id: 'r-payment-jpy', kind: 'payment', title: 'Damages', currency: 'JPY', schedule: [{ due: '2025-06-01', amount: 150_000 }] },
	{ id: 'r-payment-kwd', kind: 'payment', title: 'Damages', currency: 'KWD', schedule: [{ due: '2025-06-01', amount: 1_500 }] },
	{ id: 'r-deadline-date', kind: 'deadline', title: 'Appeal', notes: 'Form 7', remind: [], what: 'File the appeal', due: '2024-05-05', time: '17:00' },
	{ id: 'r-deadline-after', kind: 'deadline', title: 'Register', what: 'Register', after: { anchor: 'verdict', days: 0 } },
	{
		id: 'r-ban',
		kind: 'activity-ban',
		title: 'Ban',
		notes: '   ',
		from: '2023-04-25',
		until: '2029-04-24',
		remind: ['P1D'],
		categories: ['other', 'political', 'assembly'],
		keywords: ['митинг*', ' padded ', 'round table']
	},
	{ id: 'r-ban-empty-keywords', kind: 'activity-ban', title: 'Ban', categories: ['religious'], keywords: [] },
	{
		id: 'r-movement',
		kind: 'movement',
		title: 'Stay in town',
		remind: ['P3D'],
		area: 'Almaty',
		permission: 'notice',
		noticeDays: 0,
		geofence: { lat: -43.2389123456789, lon: 176.1, radiusKm: 0.05 }
	},
	{ id: 'r-movement-forbidden', kind: 'movement', title: 'Never leave', area: 'Almaty', permission: 'forbidden', noticeDays: 5 },
	{
		id: 'r-curfew',
		kind: 'curfew',
		title: 'Curfew',
		notes: 'Weekends only',
		from: '2024-01-01',
		remind: ['PT2H', 'PT30M'],
		start: '22:00',
		end: '06:00',
		days: ['SU', 'FR', 'SA'],
		home: { lat: 43.25, lon: 76.95, radiusKm: 0.2 }
	},
	{ id: 'r-curfew-daily', kind: 'curfew', title: 'Curfew', start: '23:30', end: '23:00' },
	{ id: 'r-notify', kind: 'notify-change', title: 'Tell them', notes: 'n', until: '2027-01-01', remind: ['P1D'], changes: ['study', 'residence'], withinDays: 3 }
];

describe('rule ↔ form', () => {
	it('gives back every rule of the demo case unchanged', () => {
		expect(demo.rules).toHaveLength(7);
		for (const rule of demo.rules) expectRoundTrip(rule);
	});

	it('gives back rules that use every optional field, of every kind', () => {
		expect(new Set(everyField.map((rule) => rule.kind))).toEqual(new Set(RULE_KIND_NAMES));
		for (const rule of everyField) expectRoundTrip(rule);
	});

	it('gives back every rule of generated case files', () => {
		fc.assert(
			fc.property(arbCaseFile(), (file) => {
				for (const rule of file.rules) expectRoundTrip(rule, file);
			}),
			{ numRuns: 150 }
		);
	});

	it('opens the demo schedule in the builder, and any other RRULE as advanced text', () => {
		const reporting = fromRule(demo.rules.find((rule) => rule.kind === 'reporting')!) as FormOfKind<'reporting'>;
		expect(reporting.schedule).toMatchObject({ mode: 'monthlyWeekday', nth: 2, weekday: 0 });
		const advanced = fromRule(everyField[1]!) as FormOfKind<'reporting'>;
		expect(advanced.schedule).toMatchObject({ mode: 'advanced', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=24' });
	});

	it('shows money in major units', () => {
		const fine = fromRule(demo.rules.find((rule) => rule.id === 'rule-fine')!) as FormOfKind<'payment'>;
		expect(fine.schedule.map((row) => row.amount)).toEqual(Array(10).fill('40000'));
		const usd = fromRule(everyField[5]!) as FormOfKind<'payment'>;
		expect(usd.schedule.map((row) => row.amount)).toEqual(['333.33', '0.05', '90071992547']);
		expect(new Set(usd.schedule.map((row) => row.key)).size).toBe(3);
	});

	it('writes blank optional fields as absent, and tidies typed keywords', () => {
		const form = fromRule(everyField[10]!) as FormOfKind<'activity-ban'>;
		form.notes = '';
		form.keywords = '  митинг* \n\n interview\r\n';
		form.from = '';
		form.remind = undefined;
		const { candidate } = toRule(form, everyField[10]);
		expect(candidate).toStrictEqual({ id: 'r-ban', kind: 'activity-ban', title: 'Ban', until: '2029-04-24', categories: ['other', 'political', 'assembly'], keywords: ['митинг*', 'interview'] });
		form.keywords = ' ';
		expect(toRule(form, everyField[10]).candidate).not.toHaveProperty('keywords');
	});
});

describe('new conditions', () => {
	it('start from a form of each kind that needs only what the person must say', () => {
		const filled: Record<string, (form: RuleForm) => void> = {
			reporting: () => {},
			payment: (form) => {
				(form as FormOfKind<'payment'>).schedule = [{ key: 'a', due: '2026-06-25', amount: '40 000' }];
			},
			deadline: (form) => {
				Object.assign(form, { what: 'Register', dueMode: 'after', days: '10' });
			},
			'activity-ban': (form) => {
				(form as FormOfKind<'activity-ban'>).categories = ['political'];
			},
			movement: (form) => {
				(form as FormOfKind<'movement'>).area = 'Almaty';
			},
			curfew: () => {},
			'notify-change': (form) => {
				Object.assign(form, { changes: ['residence'], withinDays: '10' });
			}
		};
		for (const kind of RULE_KIND_NAMES) {
			const form = newForm(kind, { id: `new-${kind}`, title: 'New condition', today: '2026-06-01' });
			expect(form.kind).toBe(kind);
			filled[kind]!(form);
			const { candidate, issues } = toRule(form);
			expect(issues, kind).toEqual([]);
			expect(validateRuleInCase(candidate, demo).issues, kind).toEqual([]);
		}
	});

	it('leave a clashing id to the engine, which refuses it', () => {
		const form = newForm('curfew', { id: 'rule-fine', title: 'Curfew', today: '2026-06-01' });
		expect(validateRuleInCase(toRule(form).candidate, demo).issues.map((issue) => issue.code)).toContain('id.duplicate');
	});
});

describe('reading the form', () => {
	const paymentForm = () => fromRule(demo.rules.find((rule) => rule.id === 'rule-fine')!) as FormOfKind<'payment'>;

	it('reports an amount it cannot read at its row, instead of the engine’s issue', () => {
		const form = paymentForm();
		form.schedule[1]!.amount = '40 000 tenge';
		form.schedule[2]!.amount = '';
		form.schedule[3]!.amount = '0';
		form.schedule[4]!.amount = '1,005';
		form.schedule[5]!.amount = '1.0055';
		const { candidate, issues } = toRule(form);
		expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
			['schedule[1].amount', 'conditions.amount.invalid'],
			['schedule[2].amount', 'conditions.amount.empty'],
			['schedule[3].amount', 'conditions.amount.zero'],
			['schedule[5].amount', 'conditions.amount.decimals']
		]);
		const engine = validateRuleInCase(candidate, demo, 'rule-fine').issues;
		expect(engine.map((issue) => issue.path)).toEqual(expect.arrayContaining(['schedule[1].amount', 'schedule[2].amount', 'schedule[3].amount', 'schedule[5].amount']));
		expect(mergeIssues(issues, engine)).toEqual(issues);
	});

	it('reads amounts in the chosen currency, and the currency in capitals', () => {
		const form = paymentForm();
		form.currency = 'jpy';
		form.schedule = [{ key: 'a', due: '2026-06-25', amount: '40 000' }];
		expect(toRule(form).candidate).toMatchObject({ currency: 'JPY', schedule: [{ due: '2026-06-25', amount: 40_000 }] });
		form.schedule[0]!.amount = '1.5';
		expect(toRule(form).issues.map((issue) => issue.code)).toEqual(['conditions.amount.decimals']);
	});

	it('says which required field is empty', () => {
		const form = newForm('reporting', { id: 'x', title: 't', today: '' }) as FormOfKind<'reporting'>;
		form.windowTo = '18:00';
		form.schedule.weekdays = [];
		expect(toRule(form).issues.map((issue) => [issue.path, issue.code])).toEqual([
			['rrule', 'conditions.schedule.weekdays'],
			['window.from', 'value.required'],
			['start', 'value.required']
		]);
		form.schedule.interval = '0';
		expect(toRule(form).issues[0]).toMatchObject({ path: 'rrule', code: 'conditions.schedule.interval' });
	});

	it('asks for every part of a geofence once one is given', () => {
		const form = newForm('movement', { id: 'x', title: 't', today: '' }) as FormOfKind<'movement'>;
		form.area = 'Almaty';
		form.geofence.lat = '43,25';
		form.geofence.radiusKm = 'far';
		form.noticeDays = '3 days';
		const { candidate, issues } = toRule(form);
		expect(issues.map((issue) => [issue.path, issue.code])).toEqual([
			['noticeDays', 'number.wholeDays'],
			['geofence.lon', 'value.required'],
			['geofence.radiusKm', 'conditions.number']
		]);
		expect(candidate).toMatchObject({ geofence: { lat: 43.25 } });
		const engine = validateRuleInCase(candidate, demo).issues;
		expect(mergeIssues(issues, engine)).toEqual(issues);
	});

	it('leaves range checks to the engine', () => {
		const form = newForm('curfew', { id: 'x', title: 't', today: '' }) as FormOfKind<'curfew'>;
		form.home = { lat: '95', lon: '76.9', radiusKm: '0' };
		form.end = form.start;
		const { candidate, issues } = toRule(form);
		expect(issues).toEqual([]);
		expect(validateRuleInCase(candidate, demo).issues.map((issue) => [issue.path, issue.code])).toEqual([
			['home.lat', 'geo.latitude'],
			['home.radiusKm', 'geo.radius'],
			['end', 'curfew.emptyWindow']
		]);
	});

	it('needs the number of days after the verdict', () => {
		const form = newForm('deadline', { id: 'x', title: 't', today: '' }) as FormOfKind<'deadline'>;
		form.what = 'Register';
		expect(toRule(form).issues.map((issue) => [issue.path, issue.code])).toEqual([['due', 'value.required']]);
		form.dueMode = 'after';
		expect(toRule(form).issues.map((issue) => [issue.path, issue.code])).toEqual([['after.days', 'value.required']]);
		form.days = '-3';
		expect(toRule(form).issues.map((issue) => [issue.path, issue.code])).toEqual([['after.days', 'number.wholeDays']]);
		form.days = '10';
		expect(toRule(form).candidate).toMatchObject({ after: { anchor: 'inForce', days: 10 } });
		expect(toRule(form).candidate).not.toHaveProperty('due');
	});

	it('reads numbers as people type them', () => {
		expect(readWhole(' 12 ')).toBe(12);
		expect(readWhole('')).toBe('empty');
		expect(readWhole('1.5')).toBe('invalid');
		expect(readDecimal('43,238')).toBe(43.238);
		expect(readDecimal('-0.5')).toBe(-0.5);
		expect(readDecimal('1e-7')).toBe(1e-7);
		expect(readDecimal('43.2.1')).toBe('invalid');
		expect(readDecimal(' ')).toBe('empty');
		fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => void expect(readDecimal(String(x))).toBe(x + 0)));
	});

	it('knows which paths each form shows', () => {
		const paths = shownPaths(fromRule(demo.rules[0]!));
		expect(paths).toContain('keywords');
		expect(mergeIssues([formIssue('a', 'x')], [formIssue('a', 'y'), formIssue('b', 'z')]).map((issue) => issue.code)).toEqual(['x', 'z']);
	});
});
