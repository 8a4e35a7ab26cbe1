/**
 * The installed app: Chromium's installability checks, every screen offline after one visit,
 * notifications and the badge, the calendar export, and the update prompt's absence on a first
 * visit. Needs UpdatePrompt and AlertNotifier mounted in the root layout and CalendarExport on
 * the More screen (or wherever it is placed: see the calendar test).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { test, expect, openDemo, setNow } from './fixtures';

const SCREENS: [path: string, heading: string][] = [
	['/', 'Today'],
	['/conditions', 'Conditions'],
	['/checkin', 'Check in'],
	['/history', 'History'],
	['/settings', 'Settings'],
	['/can-i', 'Can I do this?'],
	['/more', 'More']
];

test('passes Chromium’s installability checks', async ({ baseURL }) => {
	// An incognito context always reports `in-incognito`: a persistent profile is needed.
	const profile = mkdtempSync(join(tmpdir(), 'clearday-install-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(baseURL!);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('opens every screen with the network off after one visit', async ({ page, context }) => {
	await openDemo(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await context.setOffline(true);
	for (const [path, heading] of SCREENS) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'More' })).toBeVisible();
});

test('notifies each new warning once and shows the count on the badge', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['notifications'], { origin: baseURL });
	await page.addInitScript(() => {
		const record = window as unknown as { shown: string[]; badge: number[] };
		record.shown = [];
		record.badge = [];
		Object.defineProperty(navigator, 'setAppBadge', { value: (n: number) => (record.badge.push(n), Promise.resolve()), configurable: true });
		Object.defineProperty(navigator, 'clearAppBadge', { value: () => (record.badge.push(0), Promise.resolve()), configurable: true });
		const show = ServiceWorkerRegistration.prototype.showNotification;
		ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
			record.shown.push(`${title} | ${options?.body} | ${options?.tag}`);
			return show.call(this, title, options);
		};
	});
	// The day of a reporting visit, 16:00: the 3-hour reminder is out; two instalments are overdue.
	await setNow(page, '2026-12-14T16:00:00+05:00');
	await openDemo(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	const shown = () => page.evaluate(() => (window as unknown as { shown: string[] }).shown);

	await page.goto('/settings');
	await page.getByRole('switch', { name: 'Warn me with phone notifications' }).check();
	await expect.poll(shown).toEqual([
		'Fine of 400,000 KZT | ₸40,000 was due by 25 Nov 2026 and is not paid. | rule-fine/2026-11-25/missed',
		'Material damages of 600,000 KZT | ₸50,000 was due by 10 Dec 2026 and is not paid. | rule-damages/2026-12-10/missed',
		'Report to the probation service every month | Report to the probation office on 14 Dec 2026. | rule-reporting/2026-12-14/remind-PT3H'
	]);
	await expect.poll(() => page.evaluate(() => (window as unknown as { badge: number[] }).badge.at(-1))).toBe(3);

	// Opening again, or coming back to the foreground: nothing new, nothing again.
	await page.goto('/');
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await page.waitForTimeout(1000);
	expect(await shown()).toEqual([]);
});

test('exports the deadlines of the next 12 months as a calendar file', async ({ page }) => {
	await setNow(page, '2026-11-23T12:00:00+05:00');
	await openDemo(page);
	await page.goto('/more');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add deadlines to my calendar' }).click()]);
	expect(download.suggestedFilename()).toBe('clearday-deadlines.ics');
	const text = readFileSync((await download.path())!, 'utf8');
	const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
	expect(events).toHaveLength(24);
	expect(events[0]!.summary).toBe('Fine of 400,000 KZT: Pay ₸40,000 by 25 Nov 2026');
	await expect(page.getByRole('status').filter({ hasText: 'Saved 24 deadlines as clearday-deadlines.ics.' })).toBeVisible();
});

test('asks nothing about updates on a first visit', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect(page.getByRole('button', { name: 'Reload' })).toHaveCount(0);
});
