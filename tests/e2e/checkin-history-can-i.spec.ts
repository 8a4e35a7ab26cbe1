/**
 * Check in, History and "Can I do this?" with the demo case.
 */
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

test.describe('Check in, History, Can I do this?', () => {
	test.beforeEach(async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
	});

	test('a payment typed in major units, backdated, is saved exactly and shown as backdated', async ({ page }) => {
		await page.goto('/checkin?kind=payment&rule=rule-fine');
		await expect(page.getByLabel('Condition')).toHaveValue('rule-fine');
		await page.getByLabel('Amount (KZT)').fill('40k');
		await page.getByRole('button', { name: 'Record payment' }).click();
		await expect(page.getByRole('alert')).toContainText('Nothing was saved');
		await expect(page.getByText('Type an amount like 40 000 or 40 000,50')).toBeVisible();
		await expectAccessible(page);
		await page.getByLabel('Amount (KZT)').fill('40 000,50');
		await page.getByLabel('Date').fill('2026-11-20');
		await page.getByLabel('Time').fill('09:30');
		await page.getByRole('button', { name: 'Record payment' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeFocused();
		await expect(page.getByText('₸40,000.50')).toBeVisible();
		await expect(page.getByText('Recorded on 23 Nov 2026, 12:00 for 20 Nov 2026, 09:30.', { exact: false })).toBeVisible();
		await page.getByRole('link', { name: 'See history' }).click();
		const entry = page.getByRole('article', { name: 'Payment' }).filter({ hasText: '₸40,000.50' });
		await expect(entry.getByText('Backdated')).toBeVisible();
		await expect(entry.getByText('Happened 20 Nov 2026, 09:30 · recorded 23 Nov 2026, 12:00')).toBeVisible();
	});

	test('a correction supersedes the entry; history shows both; the old one cannot be corrected again', async ({ page }) => {
		await page.goto('/history');
		await page.getByRole('link', { name: 'Correct this entry: Payment, 9 Oct 2026, 14:00' }).click();
		await expect(page.getByLabel('Amount (KZT)')).toHaveValue('50000');
		await page.getByLabel('Amount (KZT)').fill('51 000');
		await page.getByRole('button', { name: 'Save correction' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
		await page.goto('/history');
		await expect(page.getByText(/^Corrected on 23 Nov 2026, 12:00/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Correct this entry: Payment, 9 Oct 2026, 14:00' })).toHaveCount(1);
		await page.goto('/checkin?correct=ci-2026-10-09-damages');
		await expect(page.getByText('This entry was already corrected.')).toBeVisible();
	});

	test('"This entry was a mistake" needs a reason, then withdraws the entry; notes render as text', async ({ page }) => {
		await page.goto('/history');
		await page.getByRole('button', { name: 'This entry was a mistake: Payment, 10 Nov 2026, 12:30' }).click();
		await page.getByRole('button', { name: 'Mark as a mistake: Payment, 10 Nov 2026, 12:30' }).click();
		await expect(page.getByText('This cannot be empty.')).toBeVisible();
		await page.getByLabel('Why was it a mistake?').fill('<img src=x onerror=alert(1)>');
		await page.getByRole('button', { name: 'Mark as a mistake: Payment, 10 Nov 2026, 12:30' }).click();
		await expect(page.getByText('Marked as a mistake on 23 Nov 2026, 12:00.', { exact: false })).toBeVisible();
		await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
		await expectAccessible(page);
	});

	test('history filters by condition and kind', async ({ page }) => {
		await page.goto('/history');
		await expect(page.getByText('30 entries')).toBeVisible();
		await page.getByLabel('Condition').selectOption({ label: 'Material damages of 600,000 KZT' });
		await expect(page.getByRole('article')).toHaveCount(6);
		await page.getByLabel('Kind of entry').selectOption({ label: 'Note' });
		await expect(page.getByText('No entry matches these filters.')).toBeVisible();
	});

	test('"Can I do this?" names the ban, category and words, with the caveat, and logs the plan', async ({ page }) => {
		await page.goto('/can-i');
		await page.getByLabel('What do you plan to do?').fill('Give an interview to a newspaper');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByText('This may fall under one of your bans.', { exact: true })).toBeVisible();
		await expect(page.locator('mark', { hasText: 'interview' })).toBeVisible();
		await expect(page.getByText('Journalism: “interview” and “newspaper”')).toBeVisible();
		await expect(page.getByText('This is a word check, not legal advice.', { exact: false }).first()).toBeVisible();
		await expectAccessible(page);
		await page.getByLabel('What do you plan to do?').fill('Visit my grandmother');
		await expect(page.getByText("No ban's words were found in this text.", { exact: true })).toBeVisible();
		await page.getByLabel('When? (if you know)').fill('2026-12-05');
		await page.getByLabel('What do you plan to do?').fill('Write a book review for a blog');
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('link', { name: 'Log it as a planned activity' }).click();
		await expect(page.getByLabel('What is it?')).toHaveValue('Write a book review for a blog');
		await expect(page.getByLabel('Planned for')).toHaveValue('2026-12-05');
		await expect(page.getByRole('checkbox', { name: 'journalism' })).not.toBeChecked();
		await page.getByRole('button', { name: 'Tick the suggested categories' }).click();
		await expect(page.getByRole('checkbox', { name: 'journalism' })).toBeChecked();
		await page.getByRole('button', { name: 'Save activity' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	});

	test('a location is read only on a tap, and a refusal is explained', async ({ page, context }) => {
		await page.goto('/checkin?kind=location');
		await page.getByRole('button', { name: 'Record my location now' }).click();
		await expect(page.getByText('This phone did not let the app read your location.', { exact: false })).toBeVisible();
		await context.grantPermissions(['geolocation']);
		await context.setGeolocation({ latitude: 43.238949, longitude: 76.889709, accuracy: 12.3 });
		await page.getByRole('button', { name: 'Record my location now' }).click();
		await expect(page.getByText(/accurate to about 13 metres/)).toBeVisible();
		await page.getByRole('button', { name: 'Save location' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	});

	test('screens pass axe at first sight', async ({ page }) => {
		for (const path of ['/checkin', '/checkin?kind=activity', '/checkin?kind=trip', '/checkin?kind=permission', '/checkin?kind=change', '/checkin?kind=notified', '/checkin?kind=excuse', '/checkin?kind=note', '/history', '/can-i']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectAccessible(page);
		}
	});
});
