/**
 * The app lock in Chromium: set in Settings, the case is stored encrypted (a dump of every
 * IndexedDB store holds none of its words), the lock engages when the app is hidden and after the
 * idle time, wrong tries make the next one wait longer, the right one opens everything as it was
 * (offline too), it can be changed and removed, and "forgot it?" erases everything.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';
import { demoStrings } from '../demo-strings';

const PASSPHRASE = 'blue river at dawn';

/** Every record of every store of every database of the origin, as text (binary as Latin-1). */
function dumpIndexedDb(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const out: Record<string, unknown> = {};
		for (const { name } of await indexedDB.databases()) {
			if (!name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			for (const store of Array.from(db.objectStoreNames)) {
				out[`${name}/${store}`] = await new Promise((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			}
			db.close();
		}
		return JSON.stringify(out, (_key, value: unknown) => (value instanceof Uint8Array ? String.fromCharCode(...value) : value));
	});
}

/** What the phone does when the person switches to another app. */
async function hide(page: Page): Promise<void> {
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
}

async function show(page: Page): Promise<void> {
	await page.evaluate(() => {
		delete (document as { visibilityState?: unknown }).visibilityState;
		document.dispatchEvent(new Event('visibilitychange'));
	});
}

async function openSettings(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'More' }).click();
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function turnOn(page: Page, kind: 'A PIN' | 'A passphrase', secret: string): Promise<void> {
	await openSettings(page);
	await page.getByRole('radio', { name: kind }).check();
	const noun = kind === 'A PIN' ? 'PIN' : 'passphrase';
	await page.getByLabel(`New ${noun}`, { exact: true }).fill(secret);
	await page.getByLabel(`New ${noun} again`, { exact: true }).fill(secret);
	await page.getByRole('button', { name: 'Turn the lock on' }).click();
	await expect(page.getByText('The lock is on. Your case is stored encrypted on this phone.')).toBeVisible();
}

async function unlockWith(page: Page, secret: string): Promise<void> {
	await page.getByRole('textbox', { name: /^(PIN|Passphrase)$/ }).fill(secret);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

const lockScreen = (page: Page) => page.getByRole('heading', { level: 1, name: 'Clearday is locked' });

test('with the lock on, IndexedDB holds none of the case’s words; hiding the app locks it, and the passphrase opens it as it was', async ({ page }) => {
	await openDemo(page);
	const strings = demoStrings();
	// The check can fail: without the lock the words are there.
	const clear = await dumpIndexedDb(page);
	const present = strings.filter((s) => clear.includes(s));
	expect(present.length).toBeGreaterThan(100);

	// Too short, then not the same twice: refused with a reason, nothing changes.
	await openSettings(page);
	await page.getByLabel('New passphrase', { exact: true }).fill('short');
	await page.getByRole('button', { name: 'Turn the lock on' }).click();
	await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
	await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
	await page.getByLabel('New passphrase again', { exact: true }).fill(`${PASSPHRASE}!`);
	await page.getByRole('button', { name: 'Turn the lock on' }).click();
	await expect(page.getByText('The two do not match. Type the same one twice.')).toBeVisible();
	expect(await dumpIndexedDb(page)).toContain(present[0]!);
	await expect(page.getByText('If you forget it, nobody can open your data again')).toBeVisible();

	await page.getByLabel('New passphrase again', { exact: true }).fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Turn the lock on' }).click();
	await expect(page.getByText('The lock is on. Your case is stored encrypted on this phone.')).toBeVisible();
	const dump = await dumpIndexedDb(page);
	expect(present.filter((s) => dump.includes(s))).toEqual([]);

	await hide(page);
	await expect(lockScreen(page)).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Passphrase' })).toBeFocused();
	await expect(page.getByRole('navigation')).toHaveCount(0);
	expect(await page.locator('body').innerText()).not.toContain('Settings');
	await show(page);
	await expectAccessible(page);

	await unlockWith(page, PASSPHRASE);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	// What is recorded while the lock is on is stored encrypted too.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check in' }).click();
	await page.getByRole('link', { name: 'Write a note' }).click();
	await page.getByLabel('Your note').fill('Met Aigerim at the library about the book club');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
	expect(await dumpIndexedDb(page)).not.toContain('Aigerim');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	await expect(page.getByText('Met Aigerim at the library about the book club')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	await expect(page.getByText('Told the officer by phone and in writing.').first()).toBeVisible();

	// A new start of the app: locked from the first screen.
	await page.goto('/');
	await expect(lockScreen(page)).toBeVisible();
	await unlockWith(page, PASSPHRASE);
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	// Without the hint in local storage that a lock is set, the database still says so.
	await page.evaluate(() => localStorage.clear());
	await page.goto('/');
	await expect(lockScreen(page)).toBeVisible();
	await expect(page.getByText('Suspended sentence — Almaty (demo)')).toHaveCount(0);
	await unlockWith(page, PASSPHRASE);
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('wrong tries open nothing, and each makes the next wait longer', async ({ page }) => {
	await openDemo(page);
	await turnOn(page, 'A PIN', '482915');
	await page.getByRole('button', { name: 'Lock now' }).click();
	await expect(lockScreen(page)).toBeVisible();

	for (const guess of ['111111', '222222']) {
		await unlockWith(page, guess);
		await expect(page.getByRole('alert')).toHaveText('That is not it. Nothing was opened.');
		await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
	}
	await unlockWith(page, '333333');
	await expect(page.getByText(/Wait 2 seconds before the next one/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 5_000 });

	await unlockWith(page, '444444');
	await expect(page.getByText(/Wait 4 seconds before the next one/)).toBeVisible();
	// A reload does not reset the count, nor end the wait.
	await page.reload();
	await expect(lockScreen(page)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 6_000 });
	await unlockWith(page, '555555');
	await expect(page.getByText(/Wait 8 seconds before the next one/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);

	await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 10_000 });
	await unlockWith(page, '482915');
	// Reloaded on the lock screen: where the person was is not kept, so Today.
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('locks after the chosen idle time', async ({ page }) => {
	await setNow(page, '2026-11-23T09:00:00+05:00');
	await openDemo(page);
	await turnOn(page, 'A passphrase', PASSPHRASE);
	await page.getByLabel('Lock after').selectOption({ label: '1 minute' });
	await expect(page.getByText('Saved.')).toBeVisible();
	await page.clock.runFor(30_000);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.clock.runFor(40_000);
	await expect(lockScreen(page)).toBeVisible();
});

test('opens offline, changes to a new PIN, and turns off', async ({ page, context }) => {
	await openDemo(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await turnOn(page, 'A passphrase', PASSPHRASE);

	await context.setOffline(true);
	await page.reload();
	await expect(lockScreen(page)).toBeVisible();
	await unlockWith(page, PASSPHRASE);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	await page.getByText('Change the PIN or passphrase').click();
	const changing = page.getByRole('group').filter({ hasText: 'Change the PIN or passphrase' });
	await changing.getByLabel('Current PIN or passphrase').fill('not it at all');
	await page.getByRole('radio', { name: 'A PIN' }).check();
	await page.getByLabel('New PIN', { exact: true }).fill('7391');
	await page.getByRole('button', { name: 'Change', exact: true }).click();
	await expect(page.getByText('Use at least 6 digits.')).toBeVisible();
	await page.getByLabel('New PIN', { exact: true }).fill('739164');
	await page.getByLabel('New PIN again', { exact: true }).fill('739164');
	await page.getByRole('button', { name: 'Change', exact: true }).click();
	await expect(page.getByRole('alert')).toHaveText('The current PIN or passphrase is not right. Nothing was changed.');
	await changing.getByLabel('Current PIN or passphrase').fill(PASSPHRASE);
	await page.getByRole('button', { name: 'Change', exact: true }).click();
	await expect(page.getByText('Changed. Use the new one from now on.')).toBeVisible();

	await page.getByRole('button', { name: 'Lock now' }).click();
	await unlockWith(page, PASSPHRASE);
	await expect(page.getByRole('alert')).toHaveText('That is not it. Nothing was opened.');
	await unlockWith(page, '739164');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	await page.getByText('Turn the lock off').first().click();
	const removing = page.getByRole('group').filter({ hasText: 'Turn the lock off' });
	await removing.getByLabel('Current PIN or passphrase').fill('739164');
	await page.getByRole('button', { name: 'Turn the lock off' }).click();
	await expect(page.getByText('The lock is off.', { exact: true })).toBeVisible();
	await context.setOffline(false);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	expect(await dumpIndexedDb(page)).toContain('Told the officer by phone and in writing.');
});

test('“Forgot it?” erases everything from the lock screen, after one confirmation', async ({ page }) => {
	await openDemo(page);
	await turnOn(page, 'A PIN', '159357');
	await page.goto('/');
	await expect(lockScreen(page)).toBeVisible();
	await page.getByText('Forgot it?').click();
	await page.getByRole('button', { name: 'Erase everything…' }).click();
	await page.getByRole('button', { name: 'Yes, erase everything' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Everything was erased' })).toBeVisible();
	expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Clearday' })).toBeVisible();
});
