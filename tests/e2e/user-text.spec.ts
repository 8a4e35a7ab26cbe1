/**
 * What a person types is always shown as text: markup in a condition's name, a note or an
 * activity's description shows literally on Today, Conditions and History — no element is
 * created from it, no script runs, nothing is requested.
 */
import type { Page } from '@playwright/test';
import { test, expect, openDemo, setNow } from './fixtures';

const MARKUP = '<img src=x onerror=alert(1)>';

/** No element was made from the markup on this screen. */
async function expectNoInjectedElement(page: Page): Promise<void> {
	expect(await page.locator('img[src="x"], img[onerror], b.injected').count()).toBe(0);
}

test('markup in a condition’s name, a note and a description shows literally on Today, Conditions and History', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const fetchedX: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith('/x')) fetchedX.push(request.url());
	});

	await setNow(page, '2026-11-23T12:00:00+05:00');
	await openDemo(page);

	// A condition named with markup, due in two days so that Today names it in an alert too.
	const title = `Papers ${MARKUP}`;
	await page.goto('/conditions');
	await page.getByRole('link', { name: 'A one-off deadline', exact: true }).click();
	await page.getByLabel('Name of the condition').fill(title);
	await page.getByLabel('What must be done').fill(`Bring <b class="injected">papers</b>`);
	await page.getByLabel('Due by', { exact: true }).fill('2026-11-25');
	await page.getByRole('button', { name: 'Save condition' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Condition saved.' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
	await expect(page.getByText('<b class="injected">papers</b>', { exact: false })).toBeVisible();
	await expectNoInjectedElement(page);

	// A note, and an activity described with markup.
	await page.goto('/checkin?kind=note');
	await page.getByLabel('Your note').fill(MARKUP);
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	await expectNoInjectedElement(page);
	await page.goto('/checkin?kind=activity');
	await page.getByLabel('What is it?').fill(`Meeting ${MARKUP}`);
	await page.getByLabel('Note (optional)').fill(`See ${MARKUP}`);
	await page.getByRole('button', { name: 'Save activity' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	await expectNoInjectedElement(page);

	// Today: the card, the alert and "Coming up" name the condition as typed.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Alerts' }).getByText(title)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Coming up' }).getByText(title)).toBeVisible();
	await expectNoInjectedElement(page);

	// Conditions and its edit form.
	await page.goto('/conditions');
	await expect(page.getByRole('article', { name: title })).toBeVisible();
	await page.getByRole('link', { name: `Edit ${title}` }).click();
	await expect(page.getByLabel('Name of the condition')).toHaveValue(title);
	await expectNoInjectedElement(page);

	// History: the note, the description and the note on the activity; the filter lists the condition.
	await page.goto('/history');
	await expect(page.getByRole('article', { name: 'Note' }).filter({ hasText: MARKUP }).getByText(MARKUP, { exact: true })).toBeVisible();
	const activity = page.getByRole('article', { name: 'Activity' }).filter({ hasText: 'Meeting' });
	await expect(activity.getByText(`“Meeting ${MARKUP}”`)).toBeVisible();
	await expect(activity.getByText(`Note: See ${MARKUP}`)).toBeVisible();
	await expect(page.getByLabel('Condition').locator('option', { hasText: title })).toHaveCount(1);
	await expectNoInjectedElement(page);

	// Nothing ran, nothing was fetched.
	await page.waitForTimeout(200);
	expect(dialogs).toEqual([]);
	expect(fetchedX).toEqual([]);
});
