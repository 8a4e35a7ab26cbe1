/**
 * Russian and Kazakh throughout: with the browser in that language, every main screen (the
 * family view too) shows no English word; the language can be changed in Settings and stays.
 */
import type { Browser, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';
import { en } from '../../src/lib/i18n/en/all';
import { ru } from '../../src/lib/i18n/ru/all';
import { kk } from '../../src/lib/i18n/kk/all';

type Catalog = Record<string, unknown>;
const text = (catalog: Catalog, key: keyof typeof en): string => {
	const entry = catalog[key];
	if (typeof entry !== 'string') throw new Error(`${key} is not a plain string`);
	return entry;
};

/** Latin words that are not English: names of services and the app, codes. */
const NOT_ENGLISH = new Set(['Clearday', 'Instagram', 'Facebook', 'TikTok', 'Telegram', 'WhatsApp', 'YouTube', 'VK', 'Kaspi', 'QR', 'PDF', 'JSON', 'json', 'txt', 'SHA', 'UTC', 'GMT', 'KZT', 'SMS']);

/**
 * The Latin words on the page, outside what is marked as another language or as not to be
 * translated (hashes), outside drop-down lists, and outside time-zone names (Asia/Almaty).
 */
async function latinWords(page: Page): Promise<string[]> {
	const words = await page.evaluate(() => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
			acceptNode(node) {
				const parent = node.parentElement;
				if (!parent || parent.closest('script, style, select, [hidden], [translate="no"]')) return NodeFilter.FILTER_REJECT;
				const lang = parent.closest('[lang]')?.getAttribute('lang');
				if (lang && lang !== document.documentElement.lang) return NodeFilter.FILTER_REJECT;
				return parent.checkVisibility() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
			}
		});
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = (node.textContent ?? '').replace(/\b[A-Z][A-Za-z_]+(?:\/[A-Za-z_-]+)+/g, '');
			found.push(...(text.match(/[A-Za-z]{2,}/g) ?? []));
		}
		return found;
	});
	return [...new Set(words)].filter((word) => !NOT_ENGLISH.has(word));
}

async function expectNoEnglish(page: Page, heading: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', /^(ru|kk)$/);
	expect(await latinWords(page), `English left on “${heading}”`).toEqual([]);
	// What a browser without the language's data writes instead of dates and relative days.
	expect(await page.locator('body').innerText(), `dates without locale data on “${heading}”`).not.toMatch(/\bM\d{1,2}\b|[+-]\d+ d\b/);
}

for (const [language, catalog, locale] of [
	['ru', ru, 'ru-RU'],
	['kk', kk, 'kk-KZ']
] as const) {
	const t = (key: keyof typeof en) => text(catalog, key);

	test.describe(`${language}: with the browser in ${locale}`, () => {
		test.use({ locale });

		test('every main screen, and the family view, speaks it', async ({ page, browser, baseURL }) => {
			await page.goto('/');
			await expectNoEnglish(page, t('start.title'));
			await page.getByRole('button', { name: t('start.demo') }).click();
			await expectNoEnglish(page, t('today.title'));
			await expectAccessible(page);

			const nav = page.getByRole('navigation', { name: t('nav.label') });
			await nav.getByRole('link', { name: t('nav.checkIn') }).click();
			await expectNoEnglish(page, t('checkin.title'));
			await nav.getByRole('link', { name: t('nav.conditions') }).click();
			await expectNoEnglish(page, t('conditions.title'));
			await nav.getByRole('link', { name: t('nav.history') }).click();
			await expectNoEnglish(page, t('history.title'));
			await nav.getByRole('link', { name: t('nav.more') }).click();
			await expectNoEnglish(page, t('more.title'));
			await page.getByRole('link', { name: t('more.canI') }).click();
			await expectNoEnglish(page, t('canI.title'));
			await nav.getByRole('link', { name: t('nav.more') }).click();
			await page.getByRole('link', { name: t('more.settings') }).click();
			await expectNoEnglish(page, t('settings.title'));
			await nav.getByRole('link', { name: t('nav.more') }).click();
			await page.getByRole('link', { name: t('more.share') }).click();
			await expectNoEnglish(page, t('share.title'));
			await page.getByRole('checkbox', { name: t('share.scope.deadlines') }).check();
			await page.getByRole('button', { name: t('share.create') }).click();
			const link = await page.getByRole('textbox', { name: t('share.link') }).inputValue();
			await expectNoEnglish(page, t('share.title'));

			await openFamilyView(browser, baseURL!, locale, link, t('family.title'));
		});

		test('a screen opened by its address, not through the app, is in it too', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('button', { name: t('start.demo') }).click();
			await expect(page.getByRole('heading', { level: 1, name: t('today.title') })).toBeVisible();
			for (const [path, heading] of [
				['/history', t('history.title')],
				['/conditions', t('conditions.title')],
				['/more', t('more.title')],
				['/report', t('report.title')],
				['/backup', t('backup.title')],
				['/letters', t('letters.title')]
			] as const) {
				await page.goto(path);
				await expectNoEnglish(page, heading);
			}
		});

		test('the app lock speaks it: setting it, the lock screen, a wrong try and the wait', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('button', { name: t('start.demo') }).click();
			await expect(page.getByRole('heading', { level: 1, name: t('today.title') })).toBeVisible();
			await page.goto('/settings');
			await page.getByRole('radio', { name: t('lock.kind.pin') }).check();
			await page.getByLabel(t('lock.new.pin'), { exact: true }).fill('204816');
			await page.getByLabel(t('lock.again.pin'), { exact: true }).fill('204816');
			await page.getByRole('button', { name: t('lock.turnOn') }).click();
			await expect(page.getByText(t('lock.state.on'))).toBeVisible();
			await expectNoEnglish(page, t('settings.title'));
			await page.getByRole('button', { name: t('lock.now') }).click();
			await expectNoEnglish(page, t('lock.title'));
			await expectAccessible(page);
			for (const guess of ['111111', '222222', '333333']) {
				await page.getByRole('textbox', { name: t('lock.pin') }).fill(guess);
				await page.getByRole('button', { name: t('lock.unlock') }).click();
				await expect(page.getByRole('alert')).toHaveText(t('lock.wrong'));
			}
			await expect(page.getByRole('button', { name: t('lock.unlock') })).toBeDisabled();
			await expectNoEnglish(page, t('lock.title'));
			// A new start, locked from the first screen, in the language.
			await page.goto('/');
			await expectNoEnglish(page, t('lock.title'));
			await expect(page.getByRole('button', { name: t('lock.unlock') })).toBeEnabled({ timeout: 5_000 });
			await page.getByRole('textbox', { name: t('lock.pin') }).fill('204816');
			await page.getByRole('button', { name: t('lock.unlock') }).click();
			await expectNoEnglish(page, t('today.title'));
		});

		test('Settings switches the language at once and keeps it', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('button', { name: t('start.demo') }).click();
			await expect(page.getByRole('heading', { level: 1, name: t('today.title') })).toBeVisible();
			await page.goto('/settings');
			await page.getByRole('radio', { name: 'English' }).check();
			await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await page.reload();
			await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
			await page.getByRole('radio', { name: language === 'ru' ? 'Русский' : 'Қазақша' }).check();
			await expect(page.getByRole('heading', { level: 1, name: t('settings.title') })).toBeVisible();
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1, name: t('today.title') })).toBeVisible();
		});
	});
}

/** A relative's browser, in the same language, with nothing stored: the link's status in that language. */
async function openFamilyView(browser: Browser, baseURL: string, locale: string, link: string, heading: string): Promise<void> {
	const context = await browser.newContext({ baseURL, locale, timezoneId: 'Europe/Berlin' });
	const page = await context.newPage();
	await page.goto(link);
	await expectNoEnglish(page, heading);
	await context.close();
}
