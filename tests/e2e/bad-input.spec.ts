/**
 * Bad input in each form shows a message and saves nothing: the start form, the case details in
 * Settings, every kind of condition (new and edited), ending a condition early, and check-ins.
 * "Nothing saved" is checked where it is stored: the app's IndexedDB (database `clearday`) is
 * read before and after the refused save, and must be byte for byte the same; the screens show
 * the same after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, openDemo, setNow } from './fixtures';

const NOTHING_SAVED = 'Please fix the problems below. Nothing was saved.';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Everything the app stored (cases, conditions, check-ins), read straight from IndexedDB. */
async function stored(page: Page): Promise<{ cases: unknown[]; rules: unknown[]; checkIns: unknown[] }> {
	return page.evaluate(async () => {
		const empty = { cases: [], rules: [], checkIns: [] };
		if (!(await indexedDB.databases()).some((info) => info.name === 'clearday')) return empty;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('clearday');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		try {
			const all = (store: string) =>
				new Promise<unknown[]>((resolve, reject) => {
					if (!db.objectStoreNames.contains(store)) return resolve([]);
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			return { cases: await all('cases'), rules: await all('rules'), checkIns: await all('checkIns') };
		} finally {
			db.close();
		}
	});
}

/**
 * The refused form's summary, and the field's own message read out with it. `field` is the
 * control (or, for a group of checkboxes, the group) the message describes; `invalid` the
 * control marked invalid, when that is another one (a checkbox of the group).
 */
async function expectRefused(page: Page, field: Locator, message: string | RegExp, invalid: Locator = field): Promise<void> {
	await expect(page.getByRole('alert').filter({ hasText: NOTHING_SAVED })).toBeVisible();
	await expect(invalid).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(escape(message)));
}

test.describe('a fresh phone', () => {
	test('the start form: missing dates and a sentence of 0 months are refused, and no case is created', async ({ page }) => {
		await setNow(page, '2026-03-02T10:00:00+05:00');
		await page.goto('/');
		await page.getByRole('button', { name: 'Suspended sentence / probation (Kazakhstan)' }).click();
		await page.getByRole('button', { name: 'Create the case' }).click();
		await expect(page.getByRole('alert').filter({ hasText: NOTHING_SAVED })).toBeVisible();
		const from = page.getByLabel('First day of the sentence');
		await expect(from).toHaveAttribute('aria-invalid', 'true');
		await expect(from).toBeFocused();
		await expect(page.getByLabel('Day of the month you report')).toHaveAccessibleDescription(/Choose the day of the month you report\./);
		await expect(page.getByRole('textbox', { name: 'Town or district' })).toHaveAttribute('aria-invalid', 'true');

		// The first day in, but a sentence of 0 years and 0 months.
		await from.fill('2026-02-25');
		const years = page.getByLabel('Years', { exact: true });
		await years.fill('0');
		await page.getByLabel('Months', { exact: true }).fill('0');
		await page.getByLabel('Day of the month you report').selectOption({ label: 'Day 10' });
		await page.getByRole('textbox', { name: 'Town or district' }).fill('Almaty');
		await page.getByRole('button', { name: 'Create the case' }).click();
		await expect(page.getByRole('alert').filter({ hasText: NOTHING_SAVED })).toBeVisible();
		await expect(years).toHaveAttribute('aria-invalid', 'true');
		await expect(years).toHaveAccessibleDescription('Enter how long the sentence is, in whole years and months: at least 1 month, at most 100 years.');

		// Six years, but registration (ticked) has no date of entry into force to count from.
		await years.fill('6');
		await page.getByRole('button', { name: 'Create the case' }).click();
		await expect(page.getByRole('alert').filter({ hasText: NOTHING_SAVED })).toBeVisible();
		await expect(years).toHaveAttribute('aria-invalid', 'false');
		const inForce = page.getByLabel('Date the verdict entered into force');
		await expect(inForce).toHaveAttribute('aria-invalid', 'true');
		await expect(inForce).toHaveAccessibleDescription(/The case has no entry into force date to count from\./);
		await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);

		expect(await stored(page)).toEqual({ cases: [], rules: [], checkIns: [] });
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Clearday' })).toBeVisible();
	});
});

test.describe('with the demo case', () => {
	test.beforeEach(async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
	});

	test('case details in Settings: entry into force before the verdict is refused and nothing changes', async ({ page }) => {
		await page.goto('/settings');
		const verdict = page.getByLabel('Date of the verdict');
		const inForce = page.getByLabel('Date the verdict entered into force');
		const was = await inForce.inputValue();
		const before = await stored(page);
		await inForce.fill('2000-01-01');
		await page.getByRole('button', { name: 'Save case details' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(inForce).toHaveAttribute('aria-invalid', 'true');
		await expect(inForce).toHaveAccessibleDescription(/The verdict cannot enter into force before it was given\./);
		await expect(page.getByText('Case details saved.')).toHaveCount(0);
		expect(await stored(page)).toEqual(before);
		await page.reload();
		await expect(page.getByLabel('Date the verdict entered into force')).toHaveValue(was);
		expect(await verdict.inputValue()).not.toBe('');
	});

	/** One invalid value per kind of condition, in the form for a new one. */
	const NEW_CONDITIONS: { kind: string; fill: (page: Page) => Promise<Locator | [group: Locator, invalid: Locator]>; message: string | RegExp }[] = [
		{
			kind: 'Reporting to the probation office',
			// Weekly, with the one weekday unticked.
			fill: async (page) => {
				const monday = page.getByRole('checkbox', { name: 'Monday' });
				await monday.uncheck();
				return [page.getByRole('group', { name: 'On these days' }), monday];
			},
			message: 'Choose at least one day of the week.'
		},
		{
			kind: 'A fine or damages to pay',
			fill: async (page) => {
				await page.getByRole('button', { name: 'Add a payment' }).click();
				await page.getByRole('textbox', { name: 'Payment 1 Due by' }).fill('2026-12-20');
				const amount = page.getByRole('textbox', { name: 'Payment 1 Amount (KZT)' });
				await amount.fill('forty thousand');
				return amount;
			},
			message: /Enter an amount in numbers/
		},
		{
			kind: 'A one-off deadline',
			fill: async (page) => {
				await page.getByLabel('What must be done').fill('Bring the employment certificate');
				return page.getByLabel('Due by', { exact: true });
			},
			message: 'This field is required.'
		},
		{
			kind: 'A ban on activities',
			fill: async (page) => [page.getByRole('group', { name: 'What is banned' }), page.getByRole('checkbox', { name: 'Journalism' })],
			message: 'Choose at least one banned category.'
		},
		{
			kind: 'A limit on movement',
			fill: async (page) => page.getByLabel('The area you must stay in'),
			message: 'This cannot be empty.'
		},
		{
			kind: 'A curfew',
			fill: async (page) => {
				await page.getByLabel('At home from').fill('22:00');
				await page.getByLabel('Until', { exact: true }).fill('22:00');
				return page.getByLabel('Until', { exact: true });
			},
			message: 'The curfew must end at a different time than it starts.'
		},
		{
			kind: 'Telling the service about changes',
			fill: async (page) => {
				await page.getByLabel('Within how many days').fill('3');
				return [page.getByRole('group', { name: 'Which changes you must report' }), page.getByRole('checkbox', { name: 'Where you live' })];
			},
			message: 'Choose at least one kind of change.'
		}
	];

	for (const { kind, fill, message } of NEW_CONDITIONS) {
		test(`a new condition, ${kind}: refused, and the list keeps its 7 conditions`, async ({ page }) => {
			await page.goto('/conditions');
			await expect(page.getByRole('article')).toHaveCount(7);
			const before = await stored(page);
			await page.getByRole('link', { name: kind, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Add a condition' })).toBeVisible();
			const filled = await fill(page);
			await page.getByRole('button', { name: 'Save condition' }).click();
			const [field, invalid] = Array.isArray(filled) ? filled : [filled, filled];
			await expectRefused(page, field, message, invalid);
			await expect(page).toHaveURL(/\/conditions\/edit\?kind=/);
			expect(await stored(page)).toEqual(before);
			await page.getByRole('link', { name: 'Back to conditions' }).click();
			await expect(page.getByRole('article')).toHaveCount(7);
		});
	}

	test('editing a condition: a zero instalment and an empty name are refused, and the stored conditions stay as they were', async ({ page }) => {
		await page.goto('/conditions');
		const before = await stored(page);
		await page.getByRole('link', { name: 'Edit Fine of 400,000 KZT' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Edit condition' })).toBeVisible();
		const amount = page.getByRole('textbox', { name: 'Payment 1 Amount (KZT)' });
		const was = await amount.inputValue();
		await amount.fill('0');
		await page.getByRole('button', { name: 'Save condition' }).click();
		await expectRefused(page, amount, 'The amount must be more than 0.');
		expect(await stored(page)).toEqual(before);
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Payment 1 Amount (KZT)' })).toHaveValue(was);

		await page.goto('/conditions');
		await page.getByRole('link', { name: 'Edit Stay in Almaty unless permitted' }).click();
		const title = page.getByLabel('Name of the condition');
		await title.fill('   ');
		await page.getByRole('button', { name: 'Save condition' }).click();
		await expectRefused(page, title, 'This cannot be empty.');
		expect(await stored(page)).toEqual(before);
	});

	test('ending a condition early: a day after its end is refused and it keeps applying', async ({ page }) => {
		await page.goto('/conditions');
		const before = await stored(page);
		await page.getByRole('link', { name: 'Edit Fine of 400,000 KZT' }).click();
		const until = page.getByLabel('Last day it applies');
		await until.fill('2099-01-01');
		await page.getByRole('button', { name: 'End this condition early' }).click();
		await expect(until).toHaveAttribute('aria-invalid', 'true');
		await expect(until).toHaveAccessibleDescription(/It already ends on .*: choose an earlier day\./);
		await expect(page.getByRole('button', { name: 'Yes, end it early' })).toHaveCount(0);
		expect(await stored(page)).toEqual(before);
	});

	test('check-ins: a payment of "abc" and a trip that ends before it starts are refused; History keeps 30 entries', async ({ page }) => {
		const before = await stored(page);

		await page.goto('/checkin');
		await page.getByRole('link', { name: 'I made a payment' }).click();
		await page.getByLabel('Condition').selectOption({ label: 'Fine of 400,000 KZT' });
		const amount = page.getByLabel('Amount (KZT)');
		await amount.fill('abc');
		await page.getByRole('button', { name: 'Record payment' }).click();
		await expectRefused(page, amount, /Type an amount like 40 000 or 40 000,50/);
		await expect(page.getByRole('heading', { name: 'Saved' })).toHaveCount(0);

		await page.getByRole('link', { name: 'Choose something else' }).click();
		await page.getByRole('link', { name: 'I plan a trip' }).click();
		await page.getByLabel('Where to').fill('Astana (family visit)');
		await page.getByLabel('Leaving on').fill('2026-12-10');
		const back = page.getByLabel('Back on');
		await back.fill('2026-12-05');
		await page.getByRole('radio', { name: /^Yes/ }).check();
		await page.getByRole('button', { name: 'Save trip plan' }).click();
		await expectRefused(page, back, 'The end date is before the start date.');
		await expect(page.getByRole('heading', { name: 'Saved' })).toHaveCount(0);

		expect(await stored(page)).toEqual(before);
		await page.goto('/history');
		await expect(page.getByText('30 entries')).toBeVisible();
	});
});
