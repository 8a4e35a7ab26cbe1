/**
 * Every screen the other browser tests do not already check with axe: the start screen and its
 * form, Today at risk, Conditions, each condition form (new and edit, and refused), ending a
 * condition early, Settings, More. Then every main screen at 200 % text size without sideways
 * scrolling, and the keyboard: Tab reaches the navigation and Today's one-tap action.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

/** The seven kinds of condition, as the Conditions screen names them. */
const KINDS = [
	'Reporting to the probation office',
	'A fine or damages to pay',
	'A one-off deadline',
	'A ban on activities',
	'A limit on movement',
	'A curfew',
	'Telling the service about changes'
];

async function heading(page: Page, name: string | RegExp): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('axe, screen by screen', () => {
	test('Start, fresh, and the template form (also refused)', async ({ page }) => {
		await page.goto('/');
		await heading(page, 'Welcome to Clearday');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Suspended sentence / probation (Kazakhstan)' }).click();
		await expect(page.getByRole('button', { name: 'Create the case' })).toBeVisible();
		await page.getByRole('checkbox', { name: 'The court also imposed a fine' }).check();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Create the case' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Choose another start' }).click();
		await page.getByRole('button', { name: 'Restriction of freedom' }).click();
		await expect(page.getByRole('checkbox', { name: 'Be at home at night' })).toBeChecked();
		await expectAccessible(page);
	});

	test('Today at risk, Conditions, Settings, More', async ({ page }) => {
		// Two instalments overdue: the banner says the case is at risk.
		await setNow(page, '2026-12-14T16:00:00+05:00');
		await openDemo(page);
		await expect(page.getByRole('status').filter({ hasText: 'At risk' })).toBeVisible();
		await expect(page.getByText('Possible violation').first()).toBeVisible();
		await expectAccessible(page);
		for (const [path, name] of [
			['/conditions', 'Conditions'],
			['/conditions/edit', 'Add a condition'],
			['/settings', 'Settings'],
			['/backup', 'Backup'],
			['/more', 'More']
		] as const) {
			await page.goto(path);
			await heading(page, name);
			await expectAccessible(page);
		}
	});

	test('each condition form, new, and refused', async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
		for (const kind of KINDS) {
			await page.goto('/conditions');
			await page.getByRole('link', { name: kind, exact: true }).click();
			await heading(page, 'Add a condition');
			await expect(page.getByText(`Kind: ${kind}`)).toBeVisible();
			await expectAccessible(page);
		}
		// A refused form, with its messages: the last one (notify change, nothing ticked) and a payment.
		await page.getByRole('button', { name: 'Save condition' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);
		await page.goto('/conditions/edit?kind=payment');
		await page.getByRole('textbox', { name: 'Number of payments' }).fill('x');
		await page.getByRole('button', { name: 'Fill in the schedule' }).click();
		await page.getByRole('button', { name: 'Add a payment' }).click();
		await page.getByRole('button', { name: 'Save condition' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);
	});

	test('each condition form, editing, and ending early', async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
		// The demo has no curfew: add one to edit it.
		await page.goto('/conditions/edit?kind=curfew');
		await page.getByRole('button', { name: 'Save condition' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Condition saved.' })).toBeVisible();
		const edits = page.getByRole('link', { name: /^Edit / });
		await expect(edits).toHaveCount(8);
		const names = await edits.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')!));
		for (const name of names) {
			await page.goto('/conditions');
			await page.getByRole('link', { name, exact: true }).click();
			await heading(page, 'Edit condition');
			await expect(page.getByRole('heading', { level: 2, name: 'End early' })).toBeVisible();
			await expectAccessible(page);
		}
		// End early, asking to confirm.
		await page.getByRole('button', { name: 'End this condition early' }).click();
		await expect(page.getByRole('button', { name: 'Yes, end it early' })).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('200 % text size', () => {
	/** Sets the root font size to 200 % and tells whether the page then scrolls sideways. */
	async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
		return page.evaluate(async () => {
			document.documentElement.style.fontSize = '200%';
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
		});
	}

	async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
		const { scrollWidth, innerWidth } = await scrollsSideways(page);
		expect(scrollWidth, `${what}: page width at 200 % text`).toBeLessThanOrEqual(innerWidth);
	}

	test('the start screen and its form', async ({ page }) => {
		await page.goto('/');
		await heading(page, 'Welcome to Clearday');
		await expectNoSidewaysScroll(page, 'Start');
		await page.getByRole('button', { name: 'Suspended sentence / probation (Kazakhstan)' }).click();
		await page.getByRole('checkbox', { name: 'The court also imposed a fine' }).check();
		await page.getByRole('button', { name: 'Create the case' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectNoSidewaysScroll(page, 'Start form, refused');
	});

	test('every main screen with the demo case', async ({ page }) => {
		await setNow(page, '2026-12-14T16:00:00+05:00');
		await openDemo(page);
		const screens: [path: string, name: string][] = [
			['/', 'Today'],
			['/checkin', 'Check in'],
			['/checkin?kind=activity', 'Record an activity'],
			['/checkin?kind=trip', 'Record a trip plan'],
			['/conditions', 'Conditions'],
			['/conditions/edit?kind=reporting', 'Add a condition'],
			['/conditions/edit?kind=payment', 'Add a condition'],
			['/conditions/edit?id=rule-fine', 'Edit condition'],
			['/history', 'History'],
			['/can-i', 'Can I do this?'],
			['/settings', 'Settings'],
			['/backup', 'Backup'],
			['/more', 'More']
		];
		for (const [path, name] of screens) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
			await expectNoSidewaysScroll(page, path);
		}
	});
});

test('keyboard: Tab reaches Today’s one-tap action, Enter records, and Tab goes on to every navigation link', async ({ page }) => {
	// A reporting day: Today offers "I reported today".
	await setNow(page, '2026-12-14T10:00:00+05:00');
	await openDemo(page);

	/** What has the focus: its name, and whether it is in the main navigation. */
	const focused = () =>
		page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return { name: '', nav: false };
			return { name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(), nav: element.closest('nav[aria-label="Main"]') !== null };
		});

	await page.locator('body').focus();
	let onButton = false;
	for (let presses = 0; presses < 60 && !onButton; presses++) {
		await page.keyboard.press('Tab');
		onButton = (await focused()).name === 'I reported today';
	}
	expect(onButton, 'Tab reaches "I reported today"').toBe(true);
	await expect(page.getByRole('button', { name: 'I reported today' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Recorded.' })).toBeVisible();

	const wanted = ['Today', 'Check in', 'Conditions', 'History', 'More'];
	const reached = new Set<string>();
	await page.locator('body').focus();
	for (let presses = 0; presses < 120 && reached.size < wanted.length; presses++) {
		await page.keyboard.press('Tab');
		const { name, nav } = await focused();
		if (nav) reached.add(name);
	}
	expect([...reached]).toEqual(wanted);
	// The last one is really focused, and Enter follows it.
	await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' })).toBeFocused();
	await page.keyboard.press('Enter');
	await heading(page, 'More');
});
