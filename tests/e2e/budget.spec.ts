/**
 * The first visit's weight: the JS and CSS the dashboard loads, gzipped (-9) one by one, must stay
 * within the budget (issue 3: ≤ 90 kB; `npm run bench` prints the exact figure).
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const BUDGET_BYTES = 90_000;

test('the dashboard’s first visit loads at most 90 kB of JS and CSS (gzip)', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const setup = await context.newPage();
	await setup.goto('/');
	await setup.getByRole('button', { name: 'Try the demo case' }).click();
	await expect(setup.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await setup.close();

	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	const sizes: number[] = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet') sizes.push(gzipSync(await response.body(), { level: 9 }).length);
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	const total = sizes.reduce((sum, size) => sum + size, 0);
	expect(sizes.length).toBeGreaterThan(5);
	expect(total, `${total} bytes`).toBeLessThanOrEqual(BUDGET_BYTES);
	await context.close();
});
