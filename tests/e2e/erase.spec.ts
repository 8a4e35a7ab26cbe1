/**
 * Panic wipe from Settings: after one confirmation, no database, cache, service worker or local
 * storage is left, the app shows only that it was done, and opens again as a fresh install.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, openDemo } from './fixtures';

/** What the origin keeps: databases, caches, service workers, local storage. */
function leftovers(page: Page) {
	return page.evaluate(async () => ({
		databases: (await indexedDB.databases()).map((database) => database.name),
		caches: await caches.keys(),
		registrations: (await navigator.serviceWorker.getRegistrations()).length,
		localStorage: localStorage.length
	}));
}

test('erases everything after one confirmation, and the app starts fresh', async ({ page }) => {
	await openDemo(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.evaluate(() => localStorage.setItem('clearday.language', 'en'));
	const before = await leftovers(page);
	expect(before.databases).toContain('clearday');
	expect(before.caches.length).toBeGreaterThan(0);
	expect(before.registrations).toBe(1);

	await page.getByRole('link', { name: 'More' }).click();
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Erase everything…' }).click();
	await expect(page.getByRole('group', { name: 'Erase everything now?' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	expect((await leftovers(page)).databases).toContain('clearday');

	await page.getByRole('button', { name: 'Erase everything…' }).click();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Everything was erased' })).toBeFocused();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expectAccessible(page);
	// A moment later still nothing: no part of the page opened the database again.
	await page.waitForTimeout(500);
	expect(await leftovers(page)).toEqual({ databases: [], caches: [], registrations: 0, localStorage: 0 });

	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Clearday' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Try the demo case' })).toBeVisible();
});

test('works with the network off', async ({ page, context }) => {
	await openDemo(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await context.setOffline(true);
	await page.getByRole('link', { name: 'More' }).click();
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Erase everything…' }).click();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Everything was erased' })).toBeVisible();
	expect(await leftovers(page)).toEqual({ databases: [], caches: [], registrations: 0, localStorage: 0 });
});
