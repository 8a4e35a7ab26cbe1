/**
 * Letters with the demo case: a travel request written in Russian from the app in English, copied
 * and marked as sent, then in History; a question about a ban from "Can I do this?" sent by
 * letter; the Russian app writing a Russian letter from a condition's card.
 */
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';
import { ru } from '../../src/lib/i18n/ru/all';

test.describe('Letters', () => {
	test.beforeEach(async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
	});

	test('a travel request in Russian from the app in English: copied, marked as sent, in History', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openDemo(page);
		await page.getByRole('navigation').getByRole('link', { name: 'More' }).click();
		await page.getByRole('link', { name: /^Letters/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Request for permission to travel' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
		await expect(page.getByText('To write the letter, fill in: Leaving on, Back on, Where to, and Why you are going.')).toBeVisible();

		await page.getByRole('radio', { name: 'Русский' }).check();
		await page.getByLabel('Leaving on').fill('2026-12-21');
		await page.getByLabel('Back on').fill('2026-12-24');
		await page.getByLabel('Where to').fill('Астана');
		await page.getByLabel('Why you are going').fill('операция матери');
		await page.getByLabel('Your full name').fill('Садыкова Айгерим');
		await expect(page.getByLabel(/^To/)).toHaveValue('Probation officer (demo), Probation service, Bostandyk district, Almaty');

		const letter = page.getByRole('article', { name: 'Заявление о разрешении на выезд' });
		await expect(letter).toHaveAttribute('lang', 'ru');
		await expect(letter).toContainText('Прошу разрешить мне выезд за пределы установленной территории (Almaty) с 21 дек. 2026 г. по 24 дек. 2026 г.; место назначения: Астана.');
		await expect(letter).toContainText('Цель поездки: операция матери.');
		await expect(letter).toContainText('по приговору суда от 10 апр. 2023 г., вступившему в законную силу 25 апр. 2023 г.');
		await expect(letter).toContainText('Обязуюсь вернуться не позднее 24 дек. 2026 г.');
		await expect(letter).toContainText('Дата: 23 нояб. 2026 г.');
		await expect(letter).toContainText('От: Садыкова Айгерим');
		await expectAccessible(page);

		// Printed, the page is the letter alone.
		await page.emulateMedia({ media: 'print' });
		await expect(letter).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Letters' })).toBeHidden();
		await expect(page.getByLabel('Where to')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy' })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		await page.getByRole('button', { name: 'Copy' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'The letter is copied.' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('с 21 дек. 2026 г. по 24 дек. 2026 г.; место назначения: Астана.');
		expect(copied.split('\n')[0]).toBe('Кому: Probation officer (demo), Probation service, Bostandyk district, Almaty');

		await page.getByRole('button', { name: 'Mark as sent' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Recorded in your history.' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeDisabled();
		await page.getByRole('link', { name: 'See history' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
		await expect(page.getByText('Sent a letter to Probation officer (demo), Probation service… asking for permission to travel to Астана, 21 Dec 2026 – 24 Dec 2026.')).toBeVisible();
	});

	test('an unclear plan on "Can I do this?" becomes a letter, and the question is recorded as asked by letter', async ({ page }) => {
		await openDemo(page);
		await page.goto('/can-i');
		await page.getByLabel('What do you plan to do?').fill('A book reading at the city library');
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('link', { name: 'Write the letter' }).click();
		await expect(page.getByRole('radio', { name: 'Request to clarify what a ban covers' })).toBeChecked();
		await expect(page.getByLabel('What you want to do')).toHaveValue('A book reading at the city library');
		const letter = page.getByRole('article', { name: 'Request to clarify the scope of a ban' });
		await expect(letter).toContainText('The verdict bans me from the following: political activity, civic activity, journalism, charitable activity, and using social media.');
		await expect(letter).toContainText('I ask you to clarify in writing whether this ban covers the following: A book reading at the city library.');
		await expect(letter).not.toContainText('From:');
		await page.getByRole('button', { name: 'Mark as sent' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Recorded in your history.' })).toBeVisible();

		await page.goto('/can-i');
		await expect(page.getByRole('heading', { name: 'Questions waiting for an answer' })).toBeVisible();
		await expect(page.getByText('A book reading at the city library', { exact: true })).toBeVisible();
	});

	test('the app in Russian: a condition’s card opens its letter, written in Russian', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, locale: 'ru-RU' });
		const page = await context.newPage();
		await page.clock.install({ time: new Date('2026-11-23T12:00:00+05:00') });
		await page.goto('/');
		await page.getByRole('button', { name: ru['start.demo'] }).click();
		await expect(page.getByRole('heading', { level: 1, name: ru['today.title'] })).toBeVisible();
		await page.goto('/conditions');
		await page.getByRole('link', { name: 'Написать письмо: Штраф 400 000 тенге' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Письма' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Русский' })).toBeChecked();
		await expect(page.getByLabel('Сумма платежа')).toHaveValue('40000');
		const letter = page.getByRole('article', { name: 'Сопроводительное письмо к платежу в счёт штрафа' });
		await expect(letter).toContainText('Прилагаю подтверждение платежа на сумму 40 000 ₸ от 23 нояб. 2026 г. в счёт штрафа, назначенного приговором (всего 400 000 ₸)');
		await expect(letter).toContainText('– не позднее 25 мар. 2027 г.: 40 000 ₸');
		await expectAccessible(page);

		// The same note in Kazakh, with the app still in Russian (dates written the Kazakh way).
		await page.getByRole('radio', { name: 'Қазақша' }).check();
		const kazakh = page.getByRole('article', { name: 'Айыппұл төлеміне ілеспе хат' });
		await expect(kazakh).toHaveAttribute('lang', 'kk');
		await expect(kazakh).toContainText('– мерзімі 2027 ж. 25 нау.: 40 000 ₸');
		await expect(page.getByRole('heading', { level: 1, name: 'Письма' })).toBeVisible();
		await context.close();
	});
});
