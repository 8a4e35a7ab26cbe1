/**
 * The compliance report in Russian (browser in ru-RU), as a lawyer reads it: every section in
 * Russian, the reporting days with their outcomes, the record's fingerprint. And every screen
 * opened directly by its address (a reload, a bookmark) shows in Russian, not in English: its
 * strings register while the language's core is still being fetched.
 */
import { test, expect, expectAccessible, setNow } from './fixtures';
import { ru } from '../../src/lib/i18n/ru/all';

/** The day after the December reporting day (14 Dec), for which the demo case has no report. */
const NOW = '2026-12-15T12:00:00+05:00';

test.use({ locale: 'ru-RU' });

test('the report, and every screen opened by its address, are in Russian', async ({ page }) => {
	await setNow(page, NOW);
	await page.goto('/');
	await page.getByRole('button', { name: ru['start.demo'] }).click();
	await expect(page.getByRole('heading', { level: 1, name: ru['today.title'] })).toBeVisible();

	for (const [path, title] of [
		['/more', ru['more.title']],
		['/history', ru['history.title']],
		['/share', ru['share.title']],
		['/settings', ru['settings.title']],
		['/report', ru['report.title']]
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	}

	await expect(page).toHaveTitle('Отчёт о соблюдении условий — Условное осуждение — Алматы (демо) — 15 дек. 2026 г.');
	await expect(page.getByText(/^Отчёт составлен 15 дек\. 2026 г\. в 12:0\d\. Даты и время указаны по часовому поясу дела — Asia\/Almaty\.$/)).toBeVisible();
	const fingerprint = page.getByRole('region', { name: ru['report.fingerprint'] });
	await expect(fingerprint.getByText(/^Цифровой отпечаток всех 30 записей в том порядке, в котором они были внесены\./)).toBeVisible();

	const reporting = page.getByRole('region', { name: 'Дни явки: Ежемесячная явка в службу пробации' });
	await expect(reporting.getByText('7 дней явки на момент отчёта: явка в срок — 5, освобождение от явки — 1, неявка — 1.')).toBeVisible();
	const june = reporting.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^8 июн\. 2026 г\./ }) });
	await expect(june.getByRole('cell').nth(0)).toHaveText('Явка');
	await expect(june.getByRole('cell').nth(1)).toHaveText('Явка: 8 июн. 2026 г., 10:15');
	const december = reporting.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^14 дек\. 2026 г\./ }) });
	await expect(december.getByRole('cell').nth(0)).toHaveText('Неявка');
	await expect(december.getByRole('cell').nth(1)).toHaveText('Ничего не записано');

	await expect(page.getByRole('region', { name: ru['report.backdated'] }).getByRole('columnheader', { name: ru['report.col.recorded'] })).toBeVisible();
	await expect(page.getByText('Конец отчёта. Всего записей: 30.')).toBeVisible();
	await expectAccessible(page);
});
