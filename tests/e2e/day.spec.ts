/**
 * A person's day, from a fresh phone: a case from the Kazakhstan template, a monthly reporting
 * condition and a fine in instalments added on Conditions, the warning before the reporting day,
 * the report, the all-clear, a payment, and a planned activity that falls under the ban.
 * The page's clock is faked: the days pass by setting it and reloading.
 */
import type { Page } from '@playwright/test';
import { test, expect, setNow } from './fixtures';

/** Moves the page's clock to a moment and opens the app again, as a person opening the phone later that day. */
async function laterOn(page: Page, iso: string): Promise<void> {
	await page.clock.setSystemTime(new Date(iso));
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

/** The overall level, as the banner at the top of Today says it. */
const banner = (page: Page) => page.getByRole('status').filter({ hasText: /^(All clear|Attention|At risk)/ });

test('a person’s day: set up, warned, checked in, all clear, paid, warned about a plan', async ({ page }) => {
	await setNow(page, '2026-03-02T10:00:00+05:00');
	await page.goto('/');

	// Start: the Kazakhstan template, filled in as the court papers say.
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Clearday' })).toBeVisible();
	await page.getByRole('button', { name: 'Suspended sentence / probation (Kazakhstan)' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Suspended sentence / probation (Kazakhstan)' })).toBeFocused();
	await page.getByLabel('Name of the case').fill('My sentence');
	await page.getByLabel('Time zone of the case').selectOption('Asia/Almaty');
	await page.getByLabel('Date of the verdict').fill('2026-02-10');
	await page.getByLabel('Date the verdict entered into force').fill('2026-02-25');
	await page.getByLabel('First day of the sentence').fill('2026-02-25');
	await page.getByLabel('Years', { exact: true }).fill('6');
	await expect(page.getByText('The sentence ends on 24 Feb 2032 (its last day).')).toBeVisible();
	// Already registered; reporting and the fine are set up on Conditions below.
	await page.getByRole('checkbox', { name: /^Register with the probation service/ }).uncheck();
	await page.getByRole('checkbox', { name: 'Report to the probation service once a month' }).uncheck();
	await page.getByRole('textbox', { name: 'Town or district' }).fill('Almaty');
	await page.getByRole('checkbox', { name: 'journalism' }).check();
	await page.getByLabel('Officer’s name').fill('Aigerim Nurlanovna');
	await page.getByLabel('Officer’s phone number').fill('+7 727 000 00 00');
	await page.getByLabel('Address of the office').fill('Bostandyk district probation service');
	await page.getByLabel('Office hours').fill('Mon–Fri 9:00–18:00');
	await page.getByRole('button', { name: 'Create the case' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(banner(page)).toContainText('All clear');
	await expect(page.getByRole('heading', { level: 3, name: 'Do not leave Almaty without permission' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Ban on journalism' })).toBeVisible();

	// Conditions: reporting every month on the 10th.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conditions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Conditions' })).toBeVisible();
	await page.getByRole('link', { name: 'Reporting to the probation office' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Add a condition' })).toBeVisible();
	await page.getByLabel('Name of the condition').fill('Report on the 10th');
	await page.getByRole('radio', { name: 'Monthly, on a day of the month' }).check();
	await page.getByLabel('Day of the month', { exact: true }).selectOption('10');
	await expect(page.getByLabel('First reporting day')).toHaveValue('2026-03-02');
	await expect(page.getByRole('region', { name: 'Next reporting days' }).getByRole('listitem').first()).toHaveText('Tuesday, 10 Mar 2026');
	await page.getByRole('button', { name: 'Save condition' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Condition saved.' })).toBeVisible();

	// …and a fine of 150,000 KZT in 3 monthly payments from 20 March.
	await page.getByRole('link', { name: 'A fine or damages to pay' }).click();
	await page.getByLabel('Name of the condition').fill('Fine of 150,000 KZT');
	await page.getByRole('radio', { name: 'Monthly payments' }).check();
	await page.getByLabel('Number of payments').fill('3');
	await page.getByLabel('Amount of each payment (KZT)').fill('50 000');
	await page.getByLabel('First payment due by').fill('2026-03-20');
	await page.getByRole('button', { name: 'Fill in the schedule' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'The schedule now has 3 payments.' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Payment 3 Due by' })).toHaveValue('2026-05-20');
	await expect(page.getByText('Total: ₸150,000 in 3 payments.')).toBeVisible();
	await page.getByRole('button', { name: 'Save condition' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Condition saved.' })).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(5);

	// Two days before the reporting day: a reminder, and the level asks for attention.
	await laterOn(page, '2026-03-08T10:00:00+05:00');
	await expect(banner(page)).toContainText('Attention');
	const alerts = page.getByRole('region', { name: 'Alerts' });
	await expect(alerts.getByRole('listitem')).toHaveCount(1);
	await expect(alerts.getByRole('listitem')).toContainText('Reminder');
	await expect(alerts.getByText('Report to the probation office on 10 Mar 2026.')).toBeVisible();
	await expect(alerts.getByText('Due in 2 days (10 Mar 2026, 23:59)')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I reported today' })).toHaveCount(0);

	// The reporting day: the last reminder is a warning; after the visit, one tap, and the status turns clear.
	await laterOn(page, '2026-03-10T11:30:00+05:00');
	await expect(alerts.getByRole('listitem')).toContainText('Warning');
	await expect(alerts.getByText('Due today (10 Mar 2026, 23:59)')).toBeVisible();
	await page.getByRole('button', { name: 'I reported today' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Recorded.' })).toBeVisible();
	await expect(banner(page)).toContainText('All clear');
	await expect(page.getByText('No alerts.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'I reported today' })).toHaveCount(0);

	// Two days before the first instalment: its reminder; then the payment, from the card.
	await laterOn(page, '2026-03-18T12:00:00+05:00');
	await expect(banner(page)).toContainText('Attention');
	await expect(alerts.getByText('₸50,000 is due by 20 Mar 2026.')).toBeVisible();
	await page.getByRole('link', { name: 'Record a payment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Record a payment' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Condition' }).locator('option:checked')).toHaveText('Fine of 150,000 KZT');
	await page.getByLabel('Amount (KZT)').fill('50 000');
	await page.getByRole('button', { name: 'Record payment' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	await expect(page.getByText('Payment for “Fine of 150,000 KZT”.')).toBeVisible();
	await page.getByRole('link', { name: 'Back to Today' }).click();
	await expect(banner(page)).toContainText('All clear');
	await expect(page.getByText('₸50,000 of ₸150,000 paid.')).toBeVisible();

	// A plan that falls under the ban: logged through Check in, and Today warns about it.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
	await page.getByRole('link', { name: 'An activity, done or planned' }).click();
	await page.getByLabel('What is it?').fill('Interview with a local newspaper');
	await page.getByRole('radio', { name: 'Planned' }).check();
	await page.getByLabel('Planned for').fill('2026-03-25');
	await page.getByRole('checkbox', { name: 'journalism' }).check();
	await page.getByRole('button', { name: 'Save activity' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	await page.getByRole('link', { name: 'Back to Today' }).click();
	const warning = alerts.getByRole('listitem').filter({ hasText: 'A planned activity on 25 Mar 2026 falls under the ban (journalism).' });
	await expect(warning).toContainText('Warning');
	await expect(warning).toContainText('Ban on journalism');
	await expect(banner(page)).toContainText('At risk');
	await expect(page.getByRole('article').filter({ hasText: 'Ban on journalism' })).toContainText('At risk');
});
