import { describe, expect, it } from 'vitest';
import { SCREENS } from '$lib/i18n/en/all';
import fc from 'fast-check';
import type { Alert, Severity } from '$lib/domain';
import { englishMessages } from '$lib/i18n';
import { notificationsOf, planNotifications, SUMMARY_TAG, type AlertMarks } from './notify';
import { badgeCount } from './badge';

const at = new Date('2026-11-23T10:00:00Z');
const alert = (id: string, severity: Severity, ruleId = 'rule-fine'): Alert => ({
	id,
	ruleId,
	severity,
	at,
	code: 'payment.due',
	params: { amount: 4_000_000, currency: 'KZT', date: '2026-11-25' }
});
const states = (entries: Record<string, AlertMarks>) => new Map(Object.entries(entries));
const { t } = englishMessages('Asia/Almaty', SCREENS);
const say = (message: { code: string; params: Record<string, unknown> }) => t(message.code, message.params as never);

describe('which alerts notify', () => {
	it('notifies new warnings and criticals only, once each, never a hidden one', () => {
		const alerts = [alert('c', 'critical'), alert('w', 'warning'), alert('i', 'info'), alert('seen', 'warning'), alert('hid', 'warning')];
		const plan = planNotifications(alerts, states({ seen: { notifiedAt: '2026-11-22T10:00:00Z' }, hid: { dismissedAt: '2026-11-22T10:00:00Z' } }));
		expect(plan.separate.map((a) => a.id)).toEqual(['c', 'w']);
		expect(plan.summarised).toEqual([]);
		expect(planNotifications(alerts, states({}), new Set(['c', 'w', 'seen', 'hid'])).separate).toEqual([]);
	});

	it('sends at most three separately, in the engine’s order, and sums up the rest', () => {
		const alerts = ['a', 'b', 'c', 'd', 'e'].map((id) => alert(id, 'critical'));
		const plan = planNotifications(alerts, states({}));
		expect(plan.separate.map((a) => a.id)).toEqual(['a', 'b', 'c']);
		expect(plan.summarised.map((a) => a.id)).toEqual(['d', 'e']);
		const contents = notificationsOf(plan, new Map([['rule-fine', 'Fine of 400,000 KZT']]), say);
		expect(contents).toHaveLength(4);
		expect(contents[0]).toEqual({ title: 'Fine of 400,000 KZT', body: '₸40,000 is due by 25 Nov 2026.', tag: 'a' });
		expect(contents[3]).toEqual({ title: '2 more alerts', body: 'Open Clearday to see them.', tag: SUMMARY_TAG });
	});

	it('never notifies an alert twice, whatever the alerts and states (property)', () => {
		const arbAlerts = fc.uniqueArray(
			fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), severity: fc.constantFrom<Severity>('info', 'warning', 'critical') }),
			{ selector: (a) => a.id, maxLength: 12 }
		);
		const arbMarks: fc.Arbitrary<AlertMarks> = fc.record(
			{ dismissedAt: fc.constant('2026-01-01T00:00:00Z'), notifiedAt: fc.constant('2026-01-01T00:00:00Z') },
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(arbAlerts, fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), arbMarks), fc.integer({ min: 1, max: 5 }), (drafts, marks, max) => {
				const alerts = drafts.map((d) => alert(d.id, d.severity));
				const stored = new Map<string, AlertMarks>(Object.entries(marks));
				const plan = planNotifications(alerts, stored, new Set(), max);
				const notified = [...plan.separate, ...plan.summarised];
				expect(plan.separate.length).toBeLessThanOrEqual(max);
				for (const a of notified) {
					expect(a.severity).not.toBe('info');
					expect(stored.get(a.id)?.notifiedAt).toBeUndefined();
					expect(stored.get(a.id)?.dismissedAt).toBeUndefined();
				}
				// Every urgent alert neither notified nor hidden before is in the plan.
				expect(notified.length).toBe(alerts.filter((a) => a.severity !== 'info' && !stored.get(a.id)?.notifiedAt && !stored.get(a.id)?.dismissedAt).length);
				// Once these are recorded as notified, a second run with the same alerts sends nothing.
				for (const a of notified) stored.set(a.id, { ...stored.get(a.id), notifiedAt: '2026-01-02T00:00:00Z' });
				const again = planNotifications(alerts, stored, new Set(), max);
				expect([...again.separate, ...again.summarised]).toEqual([]);
			})
		);
	});
});

describe('the app badge', () => {
	it('counts open warnings and criticals; a hidden warning does not count, a critical always does', () => {
		const alerts = [alert('c', 'critical'), alert('c2', 'critical'), alert('w', 'warning'), alert('w2', 'warning'), alert('i', 'info')];
		expect(badgeCount(alerts, states({}))).toBe(4);
		expect(badgeCount(alerts, states({ w: { dismissedAt: 'x' }, c: { dismissedAt: 'x' }, c2: { notifiedAt: 'x' } }))).toBe(3);
		expect(badgeCount([alert('i', 'info')], states({}))).toBe(0);
		expect(badgeCount([], states({}))).toBe(0);
	});
});
