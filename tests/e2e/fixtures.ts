/**
 * What every browser test shares: a check that the app requested nothing from any other origin,
 * an accessibility check (axe-core), and the shortcuts a person would take to get a case.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const test = base.extend<{ foreignRequests: string[] }>({
	// Fails any test in which the page (or its service worker) asked another origin for anything.
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const own = new URL(baseURL!).origin;
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== own) foreign.push(request.url());
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** axe-core's WCAG 2.1 A/AA rules on the page as it is now: no violations allowed. */
export async function expectAccessible(page: Page): Promise<void> {
	// Evaluated through the debugging protocol, so the page's own script policy does not apply.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
		return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	});
	expect(violations, 'accessibility violations').toEqual([]);
}

/** Sets the page's clock to a moment (time then flows on from there). */
export async function setNow(page: Page, iso: string): Promise<void> {
	await page.clock.install({ time: new Date(iso) });
}

/** Opens the app and loads the demo case from the start screen, as a person would. */
export async function openDemo(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Try the demo case' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}
