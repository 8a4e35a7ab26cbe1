import { describe, expect, it } from 'vitest';
import { englishMessages } from '$lib/i18n';
import { family } from '$lib/i18n/en/family';
import { ageOf, failureKey, fragmentOf, staleDays, viewerFormat, type ViewFailure } from './view';

const { t } = englishMessages('Europe/Berlin', [family]);
const format = viewerFormat('en', 'Europe/Berlin');
const said = (s: ReturnType<typeof ageOf>) => t(s.key, s.params);

describe('fragmentOf', () => {
	it('takes what follows #, and nothing from an empty hash', () => {
		expect(fragmentOf('#v1.abc')).toBe('v1.abc');
		expect(fragmentOf('v1.abc')).toBe('v1.abc');
		expect(fragmentOf('#')).toBeUndefined();
		expect(fragmentOf('')).toBeUndefined();
		expect(fragmentOf('##x')).toBe('#x');
	});
});

describe('ageOf', () => {
	const created = new Date('2026-11-12T13:05:00Z'); // 14:05 in Berlin
	const after = (ms: number) => new Date(created.getTime() + ms);

	it('says minutes, hours, then calendar days in the viewer’s zone', () => {
		expect(said(ageOf(created, after(20_000), format))).toBe('just now');
		expect(said(ageOf(created, after(60_000), format))).toBe('1 minute ago');
		expect(said(ageOf(created, after(59 * 60_000), format))).toBe('59 minutes ago');
		expect(said(ageOf(created, after(3_600_000), format))).toBe('1 hour ago');
		expect(said(ageOf(created, after(23.9 * 3_600_000), format))).toBe('23 hours ago');
		expect(said(ageOf(created, new Date('2026-11-13T14:00:00Z'), format))).toBe('yesterday');
		expect(said(ageOf(created, new Date('2026-11-15T10:00:00Z'), format))).toBe('3 days ago');
	});

	it('counts days by the viewer’s calendar: 25 hours across two midnights is 2 days', () => {
		const late = new Date('2026-11-12T22:30:00Z'); // 23:30 in Berlin
		expect(said(ageOf(late, new Date('2026-11-14T00:30:00Z'), format))).toBe('2 days ago');
	});

	it('says "just now" for a status from a clock slightly ahead', () => {
		expect(said(ageOf(created, after(-120_000), format))).toBe('just now');
	});
});

describe('staleDays', () => {
	const created = new Date('2026-11-12T13:05:00Z');
	it('is undefined up to 2 days, then the whole days of age', () => {
		expect(staleDays(created, created)).toBeUndefined();
		expect(staleDays(created, new Date(created.getTime() + 2 * 86_400_000))).toBeUndefined();
		expect(staleDays(created, new Date(created.getTime() + 2 * 86_400_000 + 1))).toBe(2);
		expect(staleDays(created, new Date(created.getTime() + 3.5 * 86_400_000))).toBe(3);
		expect(t('family.stale', { days: 3 })).toBe('This status is 3 days old: things may have changed since. Ask for a fresh link.');
	});
});

describe('failureKey', () => {
	it('gives each failure its own sentence', () => {
		const reasons: ViewFailure[] = ['expired', 'damaged', 'truncated', 'tampered', 'wrong-passphrase', 'unknown-version', 'needs-passphrase', 'unexpected'];
		const sentences = reasons.map((reason) => t(failureKey(reason)));
		expect(new Set(sentences).size).toBe(reasons.length);
		for (const sentence of sentences) expect(sentence).not.toMatch(/^family\./);
		expect(t(failureKey('truncated'))).toContain('seems cut off: ask for the whole link');
		expect(t(failureKey('bogus' as ViewFailure))).toBe(t(failureKey('unexpected')));
	});
});

describe('viewerFormat', () => {
	it('writes instants in the viewer’s zone', () => {
		expect(viewerFormat('en', 'Europe/Berlin').dateTime(new Date('2026-11-12T13:05:00Z'))).toBe('12 Nov 2026, 14:05');
		expect(viewerFormat('en', 'Asia/Almaty').dateTime(new Date('2026-11-12T13:05:00Z'))).toBe('12 Nov 2026, 18:05');
	});
	it('writes them in the viewer’s language', () => {
		expect(viewerFormat('ru', 'Asia/Almaty').dateTime(new Date('2026-11-12T13:05:00Z'))).toMatch(/^12 нояб\.? 2026( г\.)?,? 18:05$/);
		expect(viewerFormat('kk', 'Asia/Almaty').relativeDays(3)).toBe('3 күннен кейін');
		expect(viewerFormat('ru', 'Asia/Almaty').relativeDays(3)).toBe('через 3 дня');
	});
});
