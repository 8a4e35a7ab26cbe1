import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile, screenActivity, type CheckIn } from '$lib/domain';
import { Zone } from '$lib/domain/time';
import { BAN_CATEGORIES } from '$lib/domain/checkins';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { buildCandidate, checkForm, compatibleRules, emptyForm, formFromCheckIn, preselectedRule, suggestedCategories, type CheckInForm } from './form';
import { instantOfParts, localParts } from './local-time';

const file = parseCaseFile(example);
const zone = Zone.of(file.case.timeZone);
const now = new Date('2026-11-23T12:34:56.789+05:00');
const context = { file, zone, id: 'c-new', now };

function form(kind: CheckInForm['kind'], fields: Partial<CheckInForm> = {}): CheckInForm {
	return { ...emptyForm(kind), ...fields };
}

const paths = (checked: { issues: { path: string }[] }) => checked.issues.map((issue) => issue.path);
const codes = (checked: { issues: { code: string }[] }) => checked.issues.map((issue) => issue.code);

describe('rules a check-in can be for', () => {
	it('offers the rules of compatible kinds', () => {
		expect(compatibleRules('payment', file.rules).map((r) => r.id)).toEqual(['rule-fine', 'rule-damages']);
		expect(compatibleRules('notified', file.rules).map((r) => r.id)).toEqual(['rule-movement', 'rule-notify-change']);
		expect(compatibleRules('note', file.rules)).toHaveLength(file.rules.length);
	});

	it('preselects the requested rule if it fits, else the only one that fits', () => {
		expect(preselectedRule('payment', file.rules, 'rule-damages')).toBe('rule-damages');
		expect(preselectedRule('payment', file.rules, 'rule-reporting')).toBe('');
		expect(preselectedRule('payment', file.rules)).toBe('');
		expect(preselectedRule('report', file.rules)).toBe('rule-reporting');
		expect(preselectedRule('trip', file.rules)).toBe('rule-movement');
		// Every rule fits a note: no guess.
		expect(preselectedRule('note', file.rules)).toBe('');
		expect(preselectedRule('note', file.rules, 'rule-fine')).toBe('rule-fine');
	});
});

describe('checkForm', () => {
	it('records a report now: at is the moment of recording', () => {
		const checked = checkForm(form('report', { ruleId: 'rule-reporting' }), context);
		expect(checked.issues).toEqual([]);
		expect(checked.checkIn).toEqual({ id: 'c-new', kind: 'report', ruleId: 'rule-reporting', at: '2026-11-23T12:34:56.789+05:00', recordedAt: '2026-11-23T12:34:56.789+05:00' });
	});

	it('backdates to a local date and time in the case zone', () => {
		const checked = checkForm(form('report', { ruleId: 'rule-reporting', when: { date: '2026-11-09', time: '10:10' } }), context);
		expect(checked.checkIn?.at).toBe('2026-11-09T10:10:00.000+05:00');
		// Before Kazakhstan moved to UTC+5 (1 March 2024) Almaty was UTC+6.
		const old = checkForm(form('done', { ruleId: 'rule-registration', when: { date: '2023-04-28', time: '11:30' } }), context);
		expect(old.checkIn?.at).toBe('2023-04-28T11:30:00.000+06:00');
	});

	it('refuses a time in the future, and a date or time that is not one', () => {
		const future = checkForm(form('report', { ruleId: 'rule-reporting', when: { date: '2026-11-23', time: '12:36' } }), context);
		expect(future.checkIn).toBeUndefined();
		expect(future.issues).toMatchObject([{ path: 'at', code: 'checkin.problem.future' }]);
		const broken = checkForm(form('report', { ruleId: 'rule-reporting', when: { date: '2026-02-30', time: '10:00' } }), context);
		expect(broken.issues).toMatchObject([{ path: 'at', code: 'checkin.problem.when' }]);
		expect(checkForm(form('report', { ruleId: 'rule-reporting', when: { date: '2026-11-01', time: '' } }), context).issues).toMatchObject([{ path: 'at' }]);
	});

	it('needs the rule where the kind needs one', () => {
		const checked = checkForm(form('report'), context);
		expect(checked.issues).toMatchObject([{ path: 'ruleId', code: 'checkIn.ruleRequired' }]);
	});

	it('reads a payment in major units, in the rule currency', () => {
		const checked = checkForm(form('payment', { ruleId: 'rule-fine', amount: '40 000,50' }), context);
		expect(checked.checkIn).toMatchObject({ kind: 'payment', amount: 4_000_050, currency: 'KZT', ruleId: 'rule-fine' });
	});

	it('says what is wrong with an amount, once, and nothing about the currency without a rule', () => {
		const bad = checkForm(form('payment', { ruleId: 'rule-fine', amount: '40k' }), context);
		expect(bad.issues).toMatchObject([{ path: 'amount', code: 'checkin.problem.amount.invalid' }]);
		const empty = checkForm(form('payment', { amount: '' }), context);
		expect(codes(empty).sort()).toEqual(['checkIn.ruleRequired', 'checkin.problem.amount.empty']);
		expect(paths(empty).sort()).toEqual(['amount', 'ruleId']);
	});

	it('asks for the officer reason on an excuse', () => {
		const checked = checkForm(form('excuse', { ruleId: 'rule-reporting', excuseFor: '2026-12-14' }), context);
		expect(checked.issues).toMatchObject([{ path: 'note', code: 'checkin.problem.reason' }]);
		const ok = checkForm(form('excuse', { ruleId: 'rule-reporting', excuseFor: '2026-12-14', note: ' Moved to Wednesday ' }), context);
		expect(ok.checkIn).toMatchObject({ for: '2026-12-14', note: 'Moved to Wednesday' });
	});

	it('records an activity done or planned, with its categories in the usual order', () => {
		const done = checkForm(form('activity', { description: 'Book review', categories: ['social-media', 'journalism'] }), context);
		expect(done.checkIn).toMatchObject({ kind: 'activity', description: 'Book review', categories: ['journalism', 'social-media'] });
		expect(done.checkIn).not.toHaveProperty('planned');
		const planned = checkForm(form('activity', { description: 'Round table', planned: true, plannedOn: '2026-12-01', ruleId: 'rule-activity-ban' }), context);
		expect(planned.checkIn).toMatchObject({ planned: '2026-12-01', categories: [] });
		const noDate = checkForm(form('activity', { description: 'Round table', planned: true }), context);
		expect(noDate.issues).toMatchObject([{ path: 'planned', code: 'value.required' }]);
		expect(paths(checkForm(form('activity', { description: '   ' }), context))).toEqual(['description']);
	});

	it('records a trip plan and refuses one that ends before it starts', () => {
		const trip = form('trip', { ruleId: 'rule-movement', tripFrom: '2026-12-20', tripTo: '2026-12-22', destination: 'Shymkent', outsideArea: true });
		expect(checkForm(trip, context).checkIn).toMatchObject({ from: '2026-12-20', to: '2026-12-22', destination: 'Shymkent', outsideArea: true });
		expect(paths(checkForm({ ...trip, tripTo: '2026-12-19' }, context))).toEqual(['to']);
		expect(paths(checkForm({ ...trip, outsideArea: undefined, destination: '' }, context)).sort()).toEqual(['destination', 'outsideArea']);
	});

	it('refers to recorded trips and changes', () => {
		const permission = checkForm(form('permission', { trip: 'ci-2026-09-01-trip-astana', granted: false }), context);
		expect(permission.checkIn).toMatchObject({ trip: 'ci-2026-09-01-trip-astana', granted: false });
		const wrong = checkForm(form('permission', { trip: 'ci-2026-08-03-phone', granted: true }), context);
		expect(wrong.issues).toMatchObject([{ path: 'trip', code: 'checkIn.refKind' }]);
		expect(paths(checkForm(form('notified', {}), context))).toEqual(['about']);
		expect(checkForm(form('notified', { about: 'ci-2026-08-03-phone' }), context).issues).toEqual([]);
	});

	it('records a change with its date', () => {
		const change = checkForm(form('change', { changeWhat: 'work', changeOn: '2026-11-20' }), context);
		expect(change.checkIn).toMatchObject({ what: 'work', on: '2026-11-20' });
		expect(paths(checkForm(form('change', {}), context)).sort()).toEqual(['on', 'what']);
	});

	it('records a location only once it was read, at the moment it was read', () => {
		expect(checkForm(form('location'), context).issues).toMatchObject([{ path: 'location', code: 'checkin.problem.location' }]);
		const fix = { lat: 43.2389, lon: 76.8897, accuracyM: 12, at: now.getTime() - 5000 };
		const located = checkForm(form('location', { location: fix }), context);
		expect(located.checkIn).toMatchObject({ lat: 43.2389, lon: 76.8897, accuracyM: 12, at: '2026-11-23T12:34:51.789+05:00' });
		// A phone whose position time runs ahead never writes a location after its recording.
		const ahead = checkForm(form('location', { location: { ...fix, at: now.getTime() + 2000 } }), context);
		expect(ahead.checkIn?.at).toBe(ahead.checkIn?.recordedAt);
	});

	it('needs the text of a note', () => {
		expect(checkForm(form('note', { note: '  ' }), context).issues).toMatchObject([{ path: 'note', code: 'text.empty' }]);
		expect(checkForm(form('note', { note: 'Officer on leave until Monday' }), context).checkIn).toMatchObject({ kind: 'note', note: 'Officer on leave until Monday' });
	});

	it('leaves empty optional fields out', () => {
		const { candidate } = buildCandidate(form('report', { ruleId: 'rule-reporting', note: '   ' }), context);
		expect(candidate).not.toHaveProperty('note');
	});
});

describe('corrections', () => {
	const byId = new Map(file.checkIns.map((checkIn) => [checkIn.id, checkIn]));
	const original = (id: string) => byId.get(id)!;

	it('prefills the form from the entry and keeps its exact time', () => {
		const payment = original('ci-2026-11-10-damages');
		const prefilled = formFromCheckIn(payment, zone);
		expect(prefilled).toMatchObject({ kind: 'payment', ruleId: 'rule-damages', amount: '50000', when: { date: '2026-11-10', time: '12:30' } });
		const checked = checkForm({ ...prefilled, amount: '55 000' }, { ...context, supersedes: payment.id });
		expect(checked.checkIn).toMatchObject({ amount: 5_500_000, at: payment.at, supersedes: payment.id, recordedAt: '2026-11-23T12:34:56.789+05:00' });
	});

	it('prefills every kind so that saving unchanged gives the same fields', () => {
		for (const checkIn of file.checkIns) {
			const checked = buildCandidate(formFromCheckIn(checkIn, zone), { ...context, supersedes: checkIn.id });
			const { id: _id, recordedAt: _recordedAt, supersedes: _supersedes, ...fields } = checked.candidate;
			const { id: _a, recordedAt: _b, supersedes: _c, ...expected } = checkIn as CheckIn & { supersedes?: string };
			// Categories come back in the usual order.
			if (expected.kind === 'activity') expected.categories = BAN_CATEGORIES.filter((c) => (expected as { categories: string[] }).categories.includes(c));
			expect(fields, checkIn.id).toEqual(expected);
		}
	});

	it('refuses to correct an entry that was already corrected', () => {
		const corrected = original('ci-2026-09-10-damages');
		const checked = checkForm(formFromCheckIn(corrected, zone), { ...context, supersedes: corrected.id });
		expect(checked.issues).toMatchObject([{ path: 'supersedes', code: 'supersede.twice' }]);
	});
});

describe('suggestedCategories', () => {
	it('suggests what the words point at and is not ticked yet', () => {
		const matches = screenActivity(file, 'Give an interview and post it on Instagram');
		expect(suggestedCategories(matches, [])).toEqual(['journalism', 'social-media']);
		expect(suggestedCategories(matches, ['journalism'])).toEqual(['social-media']);
		expect(suggestedCategories(screenActivity(file, 'Cousin’s wedding'), [])).toEqual([]);
	});
});

describe('local date and time fields', () => {
	it('round-trip any minute in zones with and without daylight saving', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
				fc.constantFrom('Asia/Almaty', 'Europe/Berlin', 'America/New_York', 'Pacific/Apia', 'UTC'),
				(minute, name) => {
					const zone = Zone.of(name);
					const ms = minute * 60_000;
					const parts = localParts(ms, zone);
					const back = instantOfParts(parts, zone)!;
					// The same wall time; an hour that occurs twice reads as its earlier instant.
					expect(localParts(back, zone)).toEqual(parts);
					expect(back).toBeLessThanOrEqual(ms);
				}
			)
		);
	});
});
