import { describe, it, expect } from 'vitest';
import { fromPayload, toPayload, type Payload } from './payload';
import type { Snapshot } from './types';

const snapshot: Snapshot = {
	createdAt: new Date('2026-11-23T12:00:00+05:00'),
	expiresAt: new Date('2026-11-30T12:00:00+05:00'),
	level: 'attention',
	deadlines: [
		{ title: 'Штраф', label: { code: 'payment.label', params: { date: '2026-11-25', amount: 4_000_000, currency: 'KZT' } }, at: new Date('2026-11-25T23:59:59+05:00') },
		{ title: 'Report every month', label: { code: 'reporting.label', params: { date: '2026-12-14' } }, at: new Date('2026-12-14T18:00:00+05:00') },
		{ title: 'Штраф', label: { code: 'payment.label', params: { date: '2026-12-20', amount: 4_000_000, currency: 'KZT' } }, at: new Date('2026-12-20T23:59:59+05:00') }
	],
	balances: [{ title: 'Штраф', paid: 20_000_000, total: 40_000_000, overdue: 0, currency: 'KZT' }],
	lastCheckInAt: null
};

const valid = (): Payload => structuredClone(toPayload(snapshot));

/** The valid payload with other parameters for its second deadline. */
function withParams(payload: Payload, params: object): unknown {
	const [first, second, third] = payload.d!;
	return { ...payload, d: [first, [second![0], second![1], second![2], params], third] };
}

describe('the payload', () => {
	it('accepts every label parameter of the whitelist', () => {
		const params = { date: '2026-12-14', time: '', amount: 0, currency: 'USD', what: 'study', start: '22:00', end: '06:30' };
		expect(fromPayload(withParams(valid(), params))!.deadlines![1]!.label.params).toEqual(params);
		expect(fromPayload(withParams(valid(), { time: '09:05' }))!.deadlines![1]!.label.params).toStrictEqual({ time: '09:05' });
	});

	it('names each title once and dates in epoch seconds', () => {
		expect(toPayload(snapshot)).toEqual({
			c: 1795417200,
			e: 1796022000,
			l: 1,
			t: ['Штраф', 'Report every month'],
			d: [
				[0, 'payment.label', 1795633199, { date: '2026-11-25', amount: 4_000_000, currency: 'KZT' }],
				[1, 'reporting.label', 1797253200, { date: '2026-12-14' }],
				[0, 'payment.label', 1797793199, { date: '2026-12-20', amount: 4_000_000, currency: 'KZT' }]
			],
			b: [[0, 20_000_000, 40_000_000, 0, 'KZT']],
			k: null
		});
	});

	it('reads back the snapshot it was made from, through JSON', () => {
		expect(fromPayload(JSON.parse(JSON.stringify(toPayload(snapshot))))).toStrictEqual(snapshot);
		const levelOnly: Snapshot = { createdAt: snapshot.createdAt, expiresAt: snapshot.expiresAt, level: 'ok' };
		expect(toPayload(levelOnly)).toEqual({ c: 1795417200, e: 1796022000, l: 0 });
		expect(fromPayload(toPayload(levelOnly))).toEqual(levelOnly);
	});

	it.each<[string, (p: Payload) => unknown]>([
		['an unknown field', (p) => ({ ...p, x: 1 })],
		['a missing expiry', ({ e: _, ...p }) => p],
		['an expiry not after creation', (p) => ({ ...p, e: p.c })],
		['an unknown level', (p) => ({ ...p, l: 3 })],
		['the level as text', (p) => ({ ...p, l: 'ok' })],
		['a fractional time', (p) => ({ ...p, c: p.c + 0.5 })],
		['a time past 2106', (p) => ({ ...p, e: 2 ** 32 })],
		['a title index out of range', (p) => ({ ...p, b: [[2, 0, 1, 0, 'KZT']] })],
		['a title nothing uses', (p) => ({ ...p, t: [...p.t!, 'Unused'] })],
		['an empty title', (p) => ({ ...p, t: ['', p.t![1]] })],
		['a title list that is empty', ({ t: _, d: __, b: ___, ...p }) => ({ ...p, t: [] })],
		['deadlines out of order', (p) => ({ ...p, d: [p.d![1], p.d![0], p.d![2]] })],
		['a deadline before creation', (p) => ({ ...p, d: [[1, 'reporting.label', p.c - 1, {}], ...p.d!] })],
		['a deadline more than 30 days ahead', (p) => ({ ...p, d: [...p.d!, [1, 'reporting.label', p.c + 30 * 86_400 + 1, {}]] })],
		['a label code that is not a code', (p) => ({ ...p, d: [[1, 'Report <b>now</b>', p.d![0]![2], {}], p.d![1]] })],
		['a label parameter off the whitelist', (p) => withParams(p, { date: '2026-12-14', checkInId: 'c1' })],
		['a label date that is not a date', (p) => withParams(p, { date: '2026-02-30' })],
		['a label time that is not a time', (p) => withParams(p, { date: '2026-12-14', time: '24:00' })],
		['an unknown kind of change', (p) => withParams(p, { what: 'car' })],
		['a list as a label parameter', (p) => withParams(p, { date: ['2026-12-14'] })],
		['a deadline with a field too many', (p) => ({ ...p, d: [[...p.d![0]!, 1], p.d![1], p.d![2]] })],
		['more paid and overdue than the total', (p) => ({ ...p, b: [[0, 30_000_000, 40_000_000, 10_000_001, 'KZT']] })],
		['a negative amount', (p) => ({ ...p, b: [[0, -1, 40_000_000, 0, 'KZT']] })],
		['a currency in lower case', (p) => ({ ...p, b: [[0, 0, 40_000_000, 0, 'kzt']] })],
		['a last check-in after creation', (p) => ({ ...p, k: p.c + 1 })],
		['a last check-in as text', (p) => ({ ...p, k: '2026-11-20' })],
		['a fingerprint of 11 hex digits', (p) => ({ ...p, h: '0123456789a' })],
		['a whole chain head as the fingerprint', (p) => ({ ...p, h: 'a'.repeat(64) })],
		['a fingerprint in capitals', (p) => ({ ...p, h: '0123456789AB' })],
		['a fingerprint written as it is shown', (p) => ({ ...p, h: '0123 4567 89ab' })],
		['a fingerprint as a number', (p) => ({ ...p, h: 123456789012 })],
		['an array', () => []],
		['null', () => null]
	])('refuses %s', (_, change) => {
		expect(fromPayload(valid())).toEqual(snapshot);
		const changed = change(valid());
		expect(fromPayload(changed === undefined ? changed : JSON.parse(JSON.stringify(changed)))).toBeUndefined();
	});

	it('carries the fingerprint when there is one, as an optional field: a payload without it still reads', () => {
		const withHead: Snapshot = { ...snapshot, chainHead: '0123456789ab' };
		expect(toPayload(withHead)).toEqual({ ...toPayload(snapshot), h: '0123456789ab' });
		expect(fromPayload(JSON.parse(JSON.stringify(toPayload(withHead))))).toStrictEqual(withHead);
		const empty: Snapshot = { ...snapshot, chainHead: '' };
		expect(fromPayload(JSON.parse(JSON.stringify(toPayload(empty))))).toStrictEqual(empty);
		expect(fromPayload(valid())).not.toHaveProperty('chainHead');
	});

	it('refuses to encode a snapshot whose link could not be opened', () => {
		expect(() => toPayload({ ...snapshot, createdAt: new Date('2026-11-23T12:00:00.500+05:00') })).toThrow(RangeError);
		expect(() => toPayload({ ...snapshot, deadlines: [{ ...snapshot.deadlines![0]!, title: ' ' }] })).toThrow(RangeError);
		expect(() => toPayload({ ...snapshot, level: 'unknown' as never })).toThrow(RangeError);
		expect(() => toPayload({ ...snapshot, lastCheckInAt: new Date(NaN) })).toThrow(RangeError);
		expect(() => toPayload({ ...snapshot, chainHead: 'a'.repeat(64) })).toThrow(RangeError);
	});
});
