import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

test.describe('Today with the demo case', () => {
	test.beforeEach(async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
	});

	test('shows the level, the reminder due soon and every condition', async ({ page }) => {
		await expect(page.getByRole('status').filter({ hasText: 'Attention' })).toBeVisible();
		await expect(page.getByText('₸40,000 is due by 25 Nov 2026.')).toBeVisible();
		await expect(page.getByText('Due in 2 days')).toBeVisible();
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(7);
		await expectAccessible(page);
	});

	test('says it is the demo and removes it on request', async ({ page }) => {
		await page.getByRole('button', { name: 'Remove the demo' }).click();
		await expect(page.getByRole('button', { name: 'Try the demo case' })).toBeVisible();
	});
});
