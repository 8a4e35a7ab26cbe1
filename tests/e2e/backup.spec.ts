/**
 * Backups end to end: a locked backup made on one phone is restored, from the start screen, on a
 * phone whose site data is gone (a fresh browser context: empty storage), and everything is back;
 * a backup edited after it was made is refused with the check-in named, and nothing changes; a
 * record changed behind the app's back is named on Today and in History; the reminder comes
 * when the last backup is older than the interval and keeps quiet for a day after "Later".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

const NOW = '2026-11-23T12:00:00+05:00';
const PASSPHRASE = 'seven blue kettles';

/** What a person sees of their case: the conditions on Today and the number of history entries. */
async function whatIsShown(page: Page): Promise<{ conditions: string[]; entries: string }> {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	const conditions = await page.getByRole('heading', { level: 3 }).allInnerTexts();
	await page.goto('/history');
	const entries = (await page.getByRole('status').filter({ hasText: /entr(y|ies)/ }).innerText()).trim();
	return { conditions, entries };
}

/** Makes a backup on the Backup screen (reached from More) and returns the downloaded file's path. */
async function makeBackup(page: Page, testInfo: { outputPath: (name: string) => string }, passphrase?: string): Promise<{ path: string; name: string }> {
	await page.goto('/more');
	await page.getByRole('link', { name: /Back up or restore/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
	await expect(page.getByText('There is no backup of this case from this phone yet.')).toBeVisible();
	if (passphrase) {
		await page.getByRole('radio', { name: 'Locked with a passphrase' }).check();
		await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
		await page.getByLabel('The same passphrase again').fill(passphrase);
	}
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the backup' }).click();
	const download = await downloading;
	const path = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(path);
	await expect(page.getByRole('status').filter({ hasText: 'The backup is saved as' })).toBeVisible();
	await expect(page.getByText(/^Last backup of this case: 23 Nov 2026/)).toBeVisible();
	return { path, name: download.suggestedFilename() };
}

test('a locked backup restores on a wiped phone from the start screen, with everything back', async ({ page, browser, baseURL }, testInfo) => {
	await setNow(page, NOW);
	await openDemo(page);
	const before = await whatIsShown(page);
	expect(before.conditions).toHaveLength(7);

	await page.goto('/backup');
	await expectAccessible(page);
	const backup = await makeBackup(page, testInfo, PASSPHRASE);
	expect(backup.name).toBe('clearday-backup-2026-11-23-encrypted.json');
	// The file's long name in the message wraps at 200 % text: nothing scrolls sideways.
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	const text = readFileSync(backup.path, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ format: 'clearday-backup', version: 1, kdf: { name: 'PBKDF2-SHA-256', iterations: 600000 } });
	// Locked: nothing of the case can be read in the file.
	expect(text).not.toContain('Almaty');

	// The site's data is gone: a new browser context has empty storage.
	const wiped = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const fresh = await wiped.newPage();
	await setNow(fresh, NOW);
	await fresh.goto('/');
	await fresh.getByRole('link', { name: 'Restore from a backup' }).click();
	await expect(fresh.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
	await expect(fresh.getByText('There is no case on this phone to back up yet.')).toBeVisible();
	await fresh.getByLabel('Backup file').setInputFiles(backup.path);
	await expect(fresh.getByRole('heading', { name: 'This backup is locked' })).toBeVisible();

	await fresh.getByLabel('Passphrase', { exact: true }).fill('seven blue kettle');
	await fresh.getByRole('button', { name: 'Open the backup' }).click();
	await expect(fresh.getByRole('alert')).toHaveText('This passphrase does not open the backup. Check it (capital letters, spaces) and try again. Nothing was changed.');

	await fresh.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
	await fresh.getByRole('button', { name: 'Open the backup' }).click();
	await expect(fresh.getByText(/^The backup holds “Suspended sentence — Almaty \(demo\)”: 7 conditions and \d+ check-ins\.$/)).toBeVisible();
	await expectAccessible(fresh);
	await fresh.getByRole('button', { name: 'Restore this case' }).click();
	await expect(fresh.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

	expect(await whatIsShown(fresh)).toEqual(before);
	await wiped.close();
});

test('a backup changed after it was made is refused with the check-in named, and nothing changes', async ({ page }, testInfo) => {
	await setNow(page, NOW);
	await openDemo(page);
	const before = await whatIsShown(page);
	const backup = await makeBackup(page, testInfo);
	expect(backup.name).toBe('clearday-backup-2026-11-23.json');

	// Someone edits the record in the file: the 5th check-in's time, a day earlier.
	const file = JSON.parse(readFileSync(backup.path, 'utf8')) as { checkIns: { at: string; kind: string }[] };
	expect(file.checkIns.every((checkIn) => /^[0-9a-f]{64}$/.test((checkIn as { hash?: string }).hash ?? ''))).toBe(true);
	const fifth = file.checkIns[4]!;
	fifth.at = fifth.at.replace(/^(\d{4}-\d{2}-)(\d{2})/, (_, month: string, day: string) => `${month}${String(Number(day) - 1).padStart(2, '0')}`);
	const edited = testInfo.outputPath('edited.json');
	writeFileSync(edited, JSON.stringify(file, null, '\t'));

	await page.goto('/backup');
	await page.getByLabel('Backup file').setInputFiles(edited);
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('This file cannot be restored: it has a problem. Nothing was changed.');
	await expect(problems).toContainText(/Check-in 5 in recording order \(.+, \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}\) does not match its seal/);
	await expect(page.getByRole('button', { name: /Replace it with the backup|Restore this case/ })).toHaveCount(0);
	await expectAccessible(page);

	expect(await whatIsShown(page)).toEqual(before);
});

test('a record changed behind the app’s back is named on Today and in History', async ({ page }) => {
	await setNow(page, NOW);
	await openDemo(page);
	await expect(page.getByRole('heading', { name: 'Your record’s seals do not match' })).toHaveCount(0);
	// A tool that edits the browser's data changes the 3rd check-in recorded.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('clearday');
				open.onsuccess = () => {
					const db = open.result;
					const store = db.transaction('checkIns', 'readwrite').objectStore('checkIns');
					const cursor = store.openCursor();
					let seen = 0;
					cursor.onsuccess = () => {
						const current = cursor.result;
						if (!current) return reject(new Error('fewer than 3 check-ins'));
						if (++seen < 3) return current.continue();
						const record = current.value as { checkIn: { note?: string } };
						record.checkIn.note = 'Changed afterwards';
						current.update(record).onsuccess = () => {
							db.close();
							resolve();
						};
					};
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.reload();
	const notice = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Your record’s seals do not match' }) });
	await expect(notice).toContainText(/^.*Check-in 3 of \d+ in the order they were recorded \(.+, \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}\) does not match its seal\./);
	await expect(notice).toContainText('Your check-ins are all still here');
	await expectAccessible(page);
	await page.goto('/history');
	await expect(page.getByRole('heading', { name: 'Your record’s seals do not match' })).toBeVisible();
	await expect(page.getByText(/^Check-in 3 of \d+ in the order they were recorded/)).toBeVisible();
});

test('the reminder comes once the last backup is older than the interval, and “Later” quiets it for a day', async ({ page }, testInfo) => {
	await setNow(page, NOW);
	await openDemo(page);
	const backup = await makeBackup(page, testInfo);
	// Restored, the case is the person's own (not the demo), and its backup is today's.
	await page.getByLabel('Backup file').setInputFiles(backup.path);
	await page.getByRole('button', { name: 'Replace it with the backup' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Time for a backup' })).toHaveCount(0);

	await page.goto('/backup');
	await page.getByLabel('Remind me to back up').selectOption({ label: 'Every 3 days' });
	await expect(page.getByText('Saved.')).toBeVisible();

	await page.clock.setSystemTime(new Date('2026-11-26T13:00:00+05:00'));
	await page.goto('/');
	const reminder = page.getByRole('region', { name: 'Time for a backup' });
	await expect(reminder).toContainText(/Your last backup is from 23 Nov 2026, 12:00\./);
	await expectAccessible(page);
	await reminder.getByRole('button', { name: 'Later' }).click();
	await expect(reminder).toHaveCount(0);

	await page.clock.setSystemTime(new Date('2026-11-27T14:00:00+05:00'));
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Time for a backup' })).toBeVisible();
	await page.getByRole('link', { name: 'Back up now' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
});
