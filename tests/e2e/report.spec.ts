/**
 * The compliance report, end to end: reached from More and from History; with the demo case on
 * 15 December 2026 (the day after a reporting day nobody reported on) it lists the conditions in
 * words, a reporting day met and one missed, the payments against the schedule, a correction
 * with both sides, the backdated entries and the record's fingerprint; printed, it shows nothing
 * but itself, black on white; it passes axe.
 */
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

/** The day after the December reporting day (14 Dec), for which the demo case has no report. */
const NOW = '2026-12-15T12:00:00+05:00';

test('the report holds the record of the demo case, and prints without the app around it', async ({ page }) => {
	await setNow(page, NOW);
	await openDemo(page);
	await page.goto('/more');
	await page.getByRole('link', { name: /^Compliance report/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Compliance report' })).toBeVisible();
	await expect(page).toHaveTitle('Compliance report — Suspended sentence — Almaty (demo) — 15 Dec 2026');
	await expect(page.getByText(/^Generated on 15 Dec 2026 at 12:0\d\. Dates and times are in the case’s time zone, Asia\/Almaty\.$/)).toBeVisible();

	// Conditions, in words, with the dashboard's state.
	const conditions = page.getByRole('region', { name: 'Conditions' });
	await expect(conditions.getByText('Report to Probation service, Bostandyk district, Almaty every month on the second Monday, between 09:00 and 18:00.')).toBeVisible();
	await expect(conditions.getByRole('listitem').filter({ hasText: 'Register with the probation service' }).first()).toContainText('Now: Done.');

	// Reporting days: met, excused, missed.
	const reporting = page.getByRole('region', { name: 'Reporting: Report to the probation service every month' });
	await expect(reporting.getByText('7 reporting days so far: 5 reported in time, 1 excused, 1 missed.')).toBeVisible();
	const june = reporting.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^8 Jun 2026/ }) });
	await expect(june.getByRole('cell').nth(0)).toHaveText('Reported');
	await expect(june.getByRole('cell').nth(1)).toHaveText('Reported at 8 Jun 2026, 10:15');
	const september = reporting.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^14 Sept? 2026/ }) });
	await expect(september.getByRole('cell').nth(0)).toHaveText('Excused');
	await expect(september.getByRole('cell').nth(1)).toContainText('The officer moved the September visit to Wednesday 16 September.');
	const december = reporting.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^14 Dec 2026/ }) });
	await expect(december.getByRole('cell').nth(0)).toHaveText('Missed');
	await expect(december.getByRole('cell').nth(1)).toHaveText('Nothing recorded');
	// The rescheduled visit met no reporting day, and is not dropped.
	await expect(reporting.getByRole('heading', { name: 'Reports and excuses for no reporting day above' })).toBeVisible();
	await expect(reporting.getByText('The rescheduled September visit.')).toBeVisible();

	// Payments against the schedule: the corrected amount, written down later; December overdue.
	const damages = page.getByRole('region', { name: 'Payments: Material damages of 600,000 KZT' });
	await expect(damages.getByText('₸250,000 paid of ₸600,000; ₸50,000 overdue.')).toBeVisible();
	const tenthOfSeptember = damages.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^10 Sept? 2026$/ }) });
	await expect(tenthOfSeptember.getByRole('cell').nth(1)).toHaveText(/^₸50,000 paid on 10 Sept? 2026, 12:05Written down on 10 Sept? 2026, 20:00$/);
	await expect(tenthOfSeptember.getByRole('cell').nth(2)).toHaveText('₸0Paid');
	const tenthOfDecember = damages.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '10 Dec 2026' }) });
	await expect(tenthOfDecember.getByRole('cell').nth(1)).toHaveText('Nothing yet');
	await expect(tenthOfDecember.getByRole('cell').nth(2)).toHaveText('₸50,000Overdue');

	// A correction: both entries, the earlier one marked as no longer counting.
	const corrections = page.getByRole('region', { name: 'Corrections' });
	const amount = corrections.getByRole('listitem').filter({ hasText: 'Earlier entry (no longer counts)' }).filter({ hasText: '₸5,000' });
	await expect(amount).toContainText('Replaced by');
	await expect(amount).toContainText('₸50,000');
	await expect(amount).toContainText('Corrects the amount: 50,000 KZT was paid, not 5,000.');
	await expect(corrections.getByRole('listitem').filter({ hasText: 'Marked as a mistake' })).toContainText('Invitation to speak at a round table on local self-government');

	// Backdated entries, with both times.
	const backdated = page.getByRole('region', { name: 'Entries written down later' });
	await expect(backdated.getByRole('row').filter({ hasText: 'Register with the probation service' })).toContainText('28 Apr 2023, 11:30');

	// The record's fingerprint: short, and in full.
	const fingerprint = page.getByRole('region', { name: 'Record fingerprint' });
	const short = fingerprint.getByText(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
	await expect(short).toBeVisible();
	const full = (await fingerprint.getByText(/^[0-9a-f]{64}$/).textContent())!;
	expect((await short.textContent())!.replace(/ /g, '')).toBe(full.slice(0, 12));
	await expect(fingerprint.getByText(/^A fingerprint of all 30 entries on record/)).toBeVisible();

	await expectAccessible(page);

	// "Print or save as PDF" opens the browser's print dialog.
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: 'Print or save as PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

	// On paper (A4 is about 794 CSS pixels wide): no tabs, no buttons, black on white; each table
	// names the case and its section above its headers, which repeat on every page it runs onto.
	await page.setViewportSize({ width: 794, height: 1123 });
	const context = reporting.getByRole('columnheader', { name: 'Reporting: Report to the probation service every month — Suspended sentence — Almaty (demo)' });
	await expect(context).toBeHidden();
	await expect(page.getByRole('navigation')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	for (const button of await page.getByRole('button', { includeHidden: true }).all()) await expect(button).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'Compliance report' })).toBeVisible();
	await expect(december).toBeVisible();
	await expect(context).toBeVisible();
	expect(await reporting.locator('thead').evaluate((head) => getComputedStyle(head).display)).toBe('table-header-group');
	const colours = await page.evaluate(() => {
		const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
		return { body: style('body').backgroundColor, text: style('main.report h1').color, muted: style('main.report .muted').color, missed: style('main.report .outcome-missed .outcome').color };
	});
	expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', muted: 'rgb(0, 0, 0)', missed: 'rgb(0, 0, 0)' });
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('navigation')).toBeVisible();
});

test('History links to the report, which at 200 % text scrolls nowhere sideways', async ({ page }) => {
	await setNow(page, NOW);
	await openDemo(page);
	await page.goto('/history');
	await page.getByRole('link', { name: 'Compliance report: print or save as PDF' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Compliance report' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Record fingerprint' }).getByText(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/)).toBeVisible();
	const { scrollWidth, innerWidth } = await page.evaluate(async () => {
		document.documentElement.style.fontSize = '200%';
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
	});
	expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
	// Each table row is then a card whose cells still read as a row of the table.
	await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^14 Dec 2026/ }) }).getByRole('cell').first()).toHaveText('Missed');
});
