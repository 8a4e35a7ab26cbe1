/**
 * Offline: after one visit, the app opens, records a check-in and shows it again with the
 * network off — the screens, the lazily loaded write path and the data all live on the phone.
 */
import { test, expect, openDemo, setNow } from './fixtures';

test('load once, go offline, reload, check in, reload again: the check-in is in History', async ({ page, context }) => {
	await setNow(page, '2026-11-23T12:00:00+05:00');
	await openDemo(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	// The service worker serves this page from now on (it controls the page after a reload at the latest).
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	// Check in, as a person would, from the navigation.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
	await page.getByRole('link', { name: 'I reported to the probation service' }).click();
	await page.getByLabel('Note (optional)').fill('Saw the officer, offline check-in');
	await page.getByRole('button', { name: 'Save report visit' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

	await page.getByRole('link', { name: 'Record something else' }).click();
	await page.getByRole('link', { name: 'Write a note' }).click();
	await page.getByLabel('Your note').fill('Written with the network off');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

	// Reload, still offline: both are in History.
	await page.reload();
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	await expect(page.getByText('32 entries')).toBeVisible();
	await expect(page.getByRole('article', { name: 'Note' }).filter({ hasText: 'Written with the network off' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Report visit' }).filter({ hasText: 'Saw the officer, offline check-in' })).toBeVisible();

	// A fresh navigation to History, offline, shows them too.
	const history = await page.goto('/history');
	expect(history?.fromServiceWorker()).toBe(true);
	await expect(page.getByText('Written with the network off')).toBeVisible();
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});
