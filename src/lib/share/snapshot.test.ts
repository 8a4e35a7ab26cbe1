import { describe, it, expect } from 'vitest';
import { evaluate, upcoming } from '$lib/domain';
import { at, caseBuilder } from '../../../tests/unit/case-builder';
import { buildSnapshot } from './snapshot';
import { EXPIRY_DAYS, FINGERPRINT_DIGITS, type ShareScope } from './types';
import { chainHead, shortHash } from '$lib/integrity/chain';

const ALL: ShareScope = { deadlines: true, balances: true, lastCheckIn: true };
const NONE: ShareScope = { deadlines: false, balances: false, lastCheckIn: false };
/** A Monday. */
const NOW = at('2026-11-23T12:00:00+05:00');

/** A case with a rule of every kind, and private text wherever a case file can hold some. */
function richCase() {
	const builder = caseBuilder({ title: 'Case 2-117/2023 of Aigerim K.', supervisor: { name: 'Inspector Serikbayeva', phone: '+7 727 555 01 02', address: 'Abay avenue 10, office 4', hours: 'Mon–Fri' } });
	builder.rule({ id: 'rule-visit', title: 'Report every Monday', kind: 'reporting', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', window: { from: '09:00', to: '18:00' }, place: 'Room 12, Tole bi street 8', notes: 'Officer is strict about lateness' });
	builder.rule({ id: 'rule-money', title: 'Fine', kind: 'payment', currency: 'KZT', payee: 'Victim Petrov', schedule: [{ due: '2026-11-10', amount: 5_000_000 }, { due: '2026-12-10', amount: 5_000_000 }] });
	builder.rule({ id: 'rule-passport', title: 'Hand in the passport copy', kind: 'deadline', due: '2026-12-01', time: '15:00', what: 'Bring the passport to office 4 of the district court' });
	builder.rule({ id: 'rule-city', title: 'Stay in Almaty unless permitted', kind: 'movement', area: 'Almaty', permission: 'required', noticeDays: 3, geofence: { lat: 43.238949, lon: 76.889709, radiusKm: 30 } });
	builder.rule({ id: 'rule-notify', title: 'Tell about a new address or job', kind: 'notify-change', changes: ['residence', 'work'], withinDays: 10 });
	builder.rule({ id: 'rule-night', title: 'Home at night', kind: 'curfew', start: '22:00', end: '06:00', home: { lat: 43.2567, lon: 76.9286, radiusKm: 0.2 } });
	builder.rule({ id: 'rule-press', title: 'No journalism', kind: 'activity-ban', categories: ['journalism'], keywords: ['interview with radio'] });

	builder.checkIn({ kind: 'payment', ruleId: 'rule-money', amount: 3_000_000, currency: 'KZT', at: '2026-11-09T15:00:00+05:00', note: 'Borrowed from my brother Daulet' });
	builder.checkIn({ kind: 'trip', ruleId: 'rule-city', from: '2026-12-05', to: '2026-12-08', destination: 'My aunt Gulnara in Astana', outsideArea: true, at: '2026-11-20T09:00:00+05:00' });
	builder.checkIn({ kind: 'change', ruleId: 'rule-notify', what: 'residence', on: '2026-11-20', at: '2026-11-20T10:00:00+05:00', note: 'Moved to Zhandosov street 55' });
	builder.checkIn({ kind: 'activity', ruleId: 'rule-press', description: 'Gave an interview to a local newspaper', categories: [], at: '2026-11-21T16:00:00+05:00' });
	builder.checkIn({ kind: 'location', ruleId: 'rule-night', lat: 43.2612345, lon: 76.9312345, accuracyM: 15, at: '2026-11-22T23:00:00+05:00' });
	builder.checkIn({ kind: 'report', ruleId: 'rule-visit', at: '2026-11-23T10:00:00+05:00', note: 'Felt anxious in the corridor' });
	// A note at 11:30 corrected by one that says it happened at 08:00: 11:30 no longer counts.
	const wrong = builder.checkIn({ kind: 'note', note: 'Called the lawyer Mr Abenov', at: '2026-11-23T11:30:00+05:00' });
	builder.checkIn({ kind: 'note', note: 'Called the lawyer Mr Abenov early', at: '2026-11-23T08:00:00+05:00', recordedAt: '2026-11-23T11:40:00+05:00', supersedes: wrong });
	// After NOW: the snapshot is as of NOW, whatever else the file holds.
	builder.checkIn({ kind: 'note', note: 'Dentist appointment', at: '2026-11-23T13:00:00+05:00' });
	return builder.build();
}

describe('buildSnapshot', () => {
	it('shows the level, the next 30 days of deadlines, balances and the last check-in, and nothing else', () => {
		const file = richCase();
		expect(buildSnapshot(file, NOW, ALL, 7)).toEqual({
			createdAt: at('2026-11-23T12:00:00+05:00'),
			expiresAt: at('2026-11-30T12:00:00+05:00'),
			level: 'at-risk',
			deadlines: [
				{ title: 'Report every Monday', label: { code: 'reporting.label', params: { date: '2026-11-23' } }, at: at('2026-11-23T18:00:00+05:00') },
				{ title: 'Report every Monday', label: { code: 'reporting.label', params: { date: '2026-11-30' } }, at: at('2026-11-30T18:00:00+05:00') },
				{ title: 'Tell about a new address or job', label: { code: 'notify-change.label', params: { what: 'residence', date: '2026-11-30' } }, at: at('2026-11-30T23:59:59+05:00') },
				{ title: 'Hand in the passport copy', label: { code: 'deadline.label', params: { date: '2026-12-01', time: '15:00' } }, at: at('2026-12-01T15:00:00+05:00') },
				// The trip's check-in id is not a parameter a relative sees.
				{ title: 'Stay in Almaty unless permitted', label: { code: 'movement.label.required', params: { date: '2026-12-05' } }, at: at('2026-12-02T23:59:59+05:00') },
				{ title: 'Report every Monday', label: { code: 'reporting.label', params: { date: '2026-12-07' } }, at: at('2026-12-07T18:00:00+05:00') },
				{ title: 'Fine', label: { code: 'payment.label', params: { date: '2026-12-10', amount: 5_000_000, currency: 'KZT' } }, at: at('2026-12-10T23:59:59+05:00') },
				{ title: 'Report every Monday', label: { code: 'reporting.label', params: { date: '2026-12-14' } }, at: at('2026-12-14T18:00:00+05:00') },
				{ title: 'Report every Monday', label: { code: 'reporting.label', params: { date: '2026-12-21' } }, at: at('2026-12-21T18:00:00+05:00') }
			],
			balances: [{ title: 'Fine', paid: 3_000_000, total: 10_000_000, overdue: 2_000_000, currency: 'KZT' }],
			lastCheckInAt: at('2026-11-23T10:00:00+05:00')
		});
	});

	it('takes the level from the engine at the same moment', () => {
		const file = richCase();
		for (const now of [at('2026-11-01T12:00:00+05:00'), at('2026-11-08T12:00:00+05:00'), NOW]) {
			expect(buildSnapshot(file, now, NONE, 1).level).toBe(evaluate(file, now).level);
		}
	});

	it('leaves out curfew starts, which come every night', () => {
		const builder = caseBuilder();
		builder.rule({ kind: 'curfew', start: '22:00', end: '06:00' });
		const file = builder.build();
		expect(upcoming(file, NOW, at('2026-12-23T12:00:00+05:00'))).toHaveLength(30);
		expect(buildSnapshot(file, NOW, ALL, 7).deadlines).toEqual([]);
	});

	it('shows a deadline at the very end of the 30 days, and none after', () => {
		const builder = caseBuilder();
		builder.rule({ title: 'Exactly 30 days on', kind: 'deadline', due: '2026-12-23', time: '12:00', what: 'Something' });
		builder.rule({ title: 'A minute later', kind: 'deadline', due: '2026-12-23', time: '12:01', what: 'Something' });
		expect(buildSnapshot(builder.build(), NOW, ALL, 7).deadlines!.map((d) => d.title)).toEqual(['Exactly 30 days on']);
	});

	it('omits each part the scope leaves out', () => {
		const file = richCase();
		expect(buildSnapshot(file, NOW, NONE, 7)).toEqual({ createdAt: NOW, expiresAt: at('2026-11-30T12:00:00+05:00'), level: 'at-risk' });
		const onlyDeadlines = buildSnapshot(file, NOW, { ...NONE, deadlines: true }, 7);
		expect(Object.keys(onlyDeadlines).sort()).toEqual(['createdAt', 'deadlines', 'expiresAt', 'level']);
		const onlyBalances = buildSnapshot(file, NOW, { ...NONE, balances: true }, 7);
		expect(Object.keys(onlyBalances).sort()).toEqual(['balances', 'createdAt', 'expiresAt', 'level']);
		const onlyLast = buildSnapshot(file, NOW, { ...NONE, lastCheckIn: true }, 7);
		expect(Object.keys(onlyLast).sort()).toEqual(['createdAt', 'expiresAt', 'lastCheckInAt', 'level']);
	});

	it('says null for the last check-in, and gives empty lists, when there is nothing yet', () => {
		const snapshot = buildSnapshot(caseBuilder().build(), NOW, ALL, 7);
		expect(snapshot).toEqual({ createdAt: NOW, expiresAt: at('2026-11-30T12:00:00+05:00'), level: 'ok', deadlines: [], balances: [], lastCheckInAt: null });
	});

	it('gives every payment condition its balance, paid in full ones too', () => {
		const builder = caseBuilder();
		builder.rule({ title: 'Damages', kind: 'payment', currency: 'USD', schedule: [{ due: '2026-10-01', amount: 10_000 }] });
		builder.rule({ title: 'Court costs', kind: 'payment', currency: 'KZT', schedule: [{ due: '2027-01-01', amount: 7_000 }] });
		builder.checkIn({ kind: 'payment', ruleId: 'r1', amount: 12_000, currency: 'USD', at: '2026-09-20T10:00:00+05:00' });
		expect(buildSnapshot(builder.build(), NOW, { ...NONE, balances: true }, 7).balances).toEqual([
			{ title: 'Damages', paid: 10_000, total: 10_000, overdue: 0, currency: 'USD' },
			{ title: 'Court costs', paid: 0, total: 7_000, overdue: 0, currency: 'KZT' }
		]);
	});

	it('is as of the whole second: what happened later in that second is not in it', () => {
		const builder = caseBuilder();
		builder.checkIn({ kind: 'note', note: 'early', at: '2026-11-23T11:59:59.000+05:00' });
		builder.checkIn({ kind: 'note', note: 'late', at: '2026-11-23T12:00:00.500+05:00' });
		const snapshot = buildSnapshot(builder.build(), at('2026-11-23T12:00:00.999+05:00'), ALL, 1);
		expect(snapshot.createdAt).toEqual(NOW);
		expect(snapshot.expiresAt).toEqual(at('2026-11-24T12:00:00+05:00'));
		expect(snapshot.lastCheckInAt).toEqual(at('2026-11-23T11:59:59+05:00'));
	});

	it('expires 1, 7 or 30 times 24 hours after it was made, and refuses any other expiry', () => {
		const file = caseBuilder().build();
		for (const days of EXPIRY_DAYS) {
			const snapshot = buildSnapshot(file, NOW, NONE, days);
			expect(snapshot.expiresAt.getTime() - snapshot.createdAt.getTime()).toBe(days * 86_400_000);
		}
		expect(() => buildSnapshot(file, NOW, NONE, 2 as never)).toThrow(RangeError);
		expect(() => buildSnapshot(file, new Date(NaN), NONE, 7)).toThrow(RangeError);
	});

	it('carries the record’s fingerprint when asked: the short chain head, the digits the report shows', async () => {
		const file = richCase();
		const head = await chainHead(file.checkIns);
		const snapshot = buildSnapshot(file, NOW, { ...NONE, fingerprint: true }, 7, head);
		expect(snapshot.chainHead).toBe(head.slice(0, FINGERPRINT_DIGITS));
		expect(shortHash(snapshot.chainHead!)).toBe(shortHash(head));
		expect(Object.keys(snapshot).sort()).toEqual(['chainHead', 'createdAt', 'expiresAt', 'level']);
		// Not asked for: not there, whatever head is given.
		expect(buildSnapshot(file, NOW, ALL, 7, head)).not.toHaveProperty('chainHead');
		// Nothing recorded: an empty fingerprint.
		expect(buildSnapshot(caseBuilder().build(), NOW, { ...NONE, fingerprint: true }, 7, '').chainHead).toBe('');
	});

	it('refuses the fingerprint without a chain head, or with something else', () => {
		const file = richCase();
		const scope = { ...NONE, fingerprint: true };
		expect(() => buildSnapshot(file, NOW, scope, 7)).toThrow(RangeError);
		expect(() => buildSnapshot(file, NOW, scope, 7, 'ab12')).toThrow(RangeError);
		expect(() => buildSnapshot(file, NOW, scope, 7, 'A'.repeat(64))).toThrow(RangeError);
	});

	it('carries none of the private text of the case, even at the widest scope', () => {
		const file = richCase();
		const json = JSON.stringify(buildSnapshot(file, NOW, ALL, 30));
		const secrets = [
			'2-117/2023', 'Aigerim', 'case-1', 'Serikbayeva', '555 01 02', 'Abay avenue', 'Tole bi', 'strict about lateness', 'Petrov', 'passport to office 4',
			'interview with radio', '43.238949', '76.889709', '43.2567', '76.9286', 'Daulet', 'Gulnara', 'Astana', 'Zhandosov', 'local newspaper',
			'43.2612345', '76.9312345', 'anxious', 'Abenov', 'Dentist', 'rule-', '"c1"', 'c2"'
		];
		for (const secret of secrets) expect(json, secret).not.toContain(secret);
	});
});
