/**
 * Official warnings and the distance to revocation; clarifications of a ban on "Can I do this?".
 */
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

test.describe('Distance to revocation and clarifications', () => {
	test.beforeEach(async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
	});

	test('recording an official warning changes the distance on Today', async ({ page }) => {
		await page.goto('/settings');
		await page.getByRole('button', { name: 'Fill in from the law of Kazakhstan' }).click();
		await expect(page.getByLabel('Country of the case')).toHaveValue('KZ');
		await expect(page.getByText('Not known for sure: ask your lawyer.').first()).toBeVisible();
		// The numbers the lawyer gave.
		await page.getByLabel('“Systematic” means more than this many violations or warnings…').fill('2');
		await page.getByLabel('…within this many months').fill('12');
		await page.getByRole('button', { name: 'Save', exact: true }).nth(0).click();
		await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
		await expectAccessible(page);

		await page.goto('/');
		await expect(page.getByText('0 of 2 warnings or violations in the last 12 months.')).toBeVisible();

		await page.goto('/checkin');
		await page.getByRole('link', { name: 'I got an official warning' }).click();
		await page.getByLabel('Who issued it').fill('Probation service, Bostandyk district');
		await page.getByLabel('Date').fill('2026-11-20');
		await page.getByLabel('Time').fill('11:00');
		await page.getByLabel('I dispute this warning').check();
		await page.getByLabel('Why you dispute it').fill('I reported on time; the register was not signed.');
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Save warning' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

		await page.goto('/');
		await expect(page.getByText('1 of 2 warnings or violations in the last 12 months; the oldest stops counting on 20 Nov 2027.')).toBeVisible();
		await expect(page.getByText('1 of them is disputed and still counted.')).toBeVisible();
		await expectAccessible(page);
	});

	test('asking and answering a clarification makes "Can I do this?" cite it', async ({ page }) => {
		await page.goto('/can-i');
		// The demo's own answer from the court is cited first.
		await page.getByLabel('What do you plan to do?').fill('Give an interview to a newspaper');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByText('Court ruling clarifying the verdict (demo) said on 2 Oct 2023 that the ban includes this (“interview”).')).toBeVisible();

		await page.getByLabel('What do you plan to do?').fill('A book reading at the city library');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByText('Unclear — ask in writing and log the answer.', { exact: true })).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Ask in writing' }).click();
		await expect(page.getByLabel('Your question')).toHaveValue('A book reading at the city library');
		await page.getByLabel('Asked to whom').fill('Probation service, Bostandyk district');
		await page.getByLabel('How you asked').selectOption('letter');
		await page.getByRole('button', { name: 'Save question' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();

		await page.goto('/can-i');
		await expect(page.getByRole('heading', { name: 'Questions waiting for an answer' })).toBeVisible();
		await page.getByRole('link', { name: 'Record the answer' }).click();
		// An answer, not a correction: the screen says so.
		await expect(page.getByRole('heading', { level: 1, name: 'Record the answer' })).toBeVisible();
		await page.getByLabel('I got an answer').check();
		await page.getByLabel('Date of the answer').fill('2026-11-22');
		await page.getByLabel('Who answered, and where').fill('Letter of the probation service');
		await page.getByLabel('Activities the answer says the ban covers').fill('book reading*');
		await page.getByRole('button', { name: 'Save the answer' }).click();
		await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
		await expect(page.getByText('The question and its answer are both in your history.')).toBeVisible();

		// History shows the question as answered (not as corrected), linked to its answer.
		await page.goto('/history');
		await expect(page.getByText('Answered on 22 Nov 2026. The answer is in its own entry.')).toBeVisible();
		await expect(page.getByText('Answered on 2 Oct 2023. The answer is in its own entry.')).toBeVisible();
		await page.getByRole('link', { name: 'See the answer' }).first().click();
		await expect(page.getByText(/^The answer to the question asked on /).first()).toBeVisible();

		await page.goto('/can-i');
		await expect(page.getByRole('heading', { name: 'Questions waiting for an answer' })).toHaveCount(0);
		await page.getByLabel('What do you plan to do?').fill('A book reading at the city library');
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByText('Covered:')).toBeVisible();
		await expect(page.getByText('Letter of the probation service said on 22 Nov 2026 that the ban includes this (“book reading”).')).toBeVisible();
		await expectAccessible(page);
	});
});

test.describe('Working days', () => {
	test('a Saturday worked by decree, added in Settings, counts for a deadline in working days', async ({ page }) => {
		await setNow(page, '2026-11-23T12:00:00+05:00');
		await openDemo(page);
		await page.goto('/settings');
		await page.getByLabel('Country of the case').selectOption('KZ');
		await page.getByRole('button', { name: 'Save', exact: true }).nth(0).click();
		await expect(page.getByText('Saved.', { exact: true }).first()).toBeVisible();
		await page.getByLabel('Date', { exact: true }).fill('2026-11-28');
		await page.getByLabel('What kind of day').selectOption('working-day');
		await page.getByLabel('Why (for example the decree)').fill('Decree: Saturday worked');
		await page.getByRole('button', { name: 'Add the day' }).click();
		await expect(page.getByText('28 Nov 2026: working day — Decree: Saturday worked')).toBeVisible();
		await expectAccessible(page);
	});
});
