/**
 * Family status links, end to end: a link made in the app opens in a fresh browser (another
 * person's phone: empty storage, another time zone) with the status the app showed; the key
 * leaves the address bar and never goes over the network; the link opens offline once the app
 * is cached; a passphrase link asks for its passphrase; each broken link says what is wrong;
 * "Keep on this device" keeps, reopens and removes; the Content-Security-Policy blocks injected
 * scripts and nothing the app needs; every state passes axe.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, expectAccessible, openDemo, setNow } from './fixtures';

/** When the link is made (the demo case is then at "Attention": an instalment is due on 25 Nov). */
const MADE_AT = '2026-11-23T12:00:00+05:00';
const MINUTES = 60_000;
const DAYS = 86_400_000;
const later = (ms: number) => new Date(new Date(MADE_AT).getTime() + ms).toISOString();

const WIDEST_SCOPE = ['Upcoming deadlines', 'Payment balances', 'When you last checked in'];
const PASSPHRASE = 'blue kettle 42';

/** Makes a link on the Share screen (reached from More) with the widest scope; returns it. */
async function makeLink(page: Page, options: { passphrase?: string; axe?: boolean } = {}): Promise<string> {
	await page.goto('/more');
	await page.getByRole('link', { name: /Share your status with family/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Share your status' })).toBeVisible();
	if (options.axe) await expectAccessible(page);
	for (const name of WIDEST_SCOPE) await page.getByRole('checkbox', { name }).check();
	if (options.passphrase) await page.getByLabel(/^Passphrase/).fill(options.passphrase);
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'The link' }).inputValue();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/s#[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]{43})?$/);
	return link;
}

interface Seen {
	url: string;
	referer: Promise<string | null>;
}

/** Every request of a browser context (its pages and its service worker), with its Referer. */
function watchRequests(context: BrowserContext): Seen[] {
	const seen: Seen[] = [];
	// A request still in flight when its context closes has no headers to give: it counts as none.
	context.on('request', (request) => seen.push({ url: request.url(), referer: request.headerValue('referer').catch(() => null) }));
	return seen;
}

/** No request went to another origin, carried any part of the fragment, or named a referrer. */
async function expectFragmentNeverSent(seen: Seen[], origin: string, link: string): Promise<void> {
	const fragment = link.split('#')[1]!;
	const parts = fragment.split('.');
	expect(seen.length).toBeGreaterThan(0);
	for (const request of seen) {
		const url = new URL(request.url);
		if (url.protocol === 'http:' || url.protocol === 'https:') expect(url.origin, request.url).toBe(origin);
		expect(request.url).not.toContain('#');
		// Any 24 characters of the data or the key would be a leak.
		for (const part of parts) for (let i = 0; i + 24 <= part.length; i += 24) expect(request.url).not.toContain(part.slice(i, i + 24));
		const referer = await request.referer;
		if (referer) {
			expect(referer).not.toContain('#');
			for (const part of parts) expect(referer).not.toContain(part.slice(0, 24));
		}
	}
}

/** Another person's browser: nothing stored, its own time zone and clock. */
async function freshBrowser(browser: Browser, baseURL: string, time: string, timezoneId = 'Europe/Berlin'): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 915 }, locale: 'en-US', timezoneId, serviceWorkers: 'allow' });
	await context.addInitScript(() => {
		const record = window as unknown as { violations: string[] };
		record.violations = [];
		document.addEventListener('securitypolicyviolation', (event) => record.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	await context.clock.install({ time: new Date(time) });
	return context;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

test.describe('a link made in the app', () => {
	test('opens in a fresh browser with what the app showed; the key leaves the address bar and never the phone', async ({ page, context, browser, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const appRequests = watchRequests(context);
		await setNow(page, MADE_AT);
		await openDemo(page);

		// What the app shows: the level, the next payment, the fine's balance, the last check-in.
		const level = (await page.getByRole('status').filter({ hasText: /All clear|Attention|At risk/ }).locator('p').first().textContent())!.trim();
		expect(level).toBe('Attention');
		const comingUp = page.getByRole('region', { name: 'Coming up' });
		const nextPayment = (await comingUp.getByText(/^Pay ₸/).first().textContent())!.trim();
		const fineSummary = (await page.getByRole('article').filter({ hasText: 'Fine of 400,000 KZT' }).getByText(/ of ₸[\d,]+ paid/).textContent())!;
		const [, paid, total] = /(₸[\d,]+) of (₸[\d,]+) paid/.exec(fineSummary)!;
		await page.goto('/history');
		const lastCheckIn = new Date((await page.getByRole('article').first().locator('time').first().getAttribute('datetime'))!);

		const link = await makeLink(page, { axe: true });
		await expect(page.getByText(/^\d[\d,]* characters$/)).toHaveText(`${link.length} characters`);
		await expect(page.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
		await expect(page.getByText(/Anyone who has the link .* until 30 Nov 2026, 12:00\. Once you have sent it, you cannot take it back\./)).toBeVisible();
		await expectAccessible(page);
		test.info().annotations.push({ type: 'link length (demo, widest scope)', description: String(link.length) });

		// A relative in Berlin opens it two hours later, on a browser that never saw the app. (The
		// app's clock ran on for some seconds while the link was made: hence the 5 minutes.)
		const viewerContext = await freshBrowser(browser, baseURL!, later(125 * MINUTES));
		const viewerRequests = watchRequests(viewerContext);
		const viewer = await viewerContext.newPage();
		await viewer.goto(link);
		await expect(viewer.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
		expect(viewer.url()).toBe(`${origin}/s`);
		expect(await viewer.evaluate(() => location.hash)).toBe('');
		expect(await viewer.evaluate(() => JSON.stringify(history.state) ?? '')).not.toContain(link.split('#')[1]!.slice(0, 24));

		await expect(viewer.getByRole('status').filter({ hasText: level })).toBeVisible();
		// 12:00 in Almaty is 08:00 in Berlin: the viewer's own clock.
		await expect(viewer.getByText('As of 23 Nov 2026, 08:00 (2 hours ago)')).toBeVisible();
		const deadlines = viewer.getByRole('region', { name: 'Coming up' });
		await expect(deadlines.getByText(nextPayment, { exact: true })).toBeVisible();
		await expect(deadlines.getByRole('listitem').filter({ hasText: nextPayment })).toContainText('Fine of 400,000 KZT');
		const balances = viewer.getByRole('region', { name: 'Payments' });
		await expect(balances.getByRole('listitem').filter({ hasText: 'Fine of 400,000 KZT' })).toContainText(`${paid} paid of ${total}`);
		const last = viewer.getByRole('region', { name: 'Last check-in' }).locator('time');
		expect(new Date((await last.getAttribute('datetime'))!).getTime()).toBe(lastCheckIn.getTime());
		await expect(viewer.getByText('This link works until 30 Nov 2026, 08:00.')).toBeVisible();
		// A relative's page: no navigation of the app, nothing stale yet.
		await expect(viewer.getByRole('navigation')).toHaveCount(0);
		await expect(viewer.getByText(/Ask for a fresh link/)).toHaveCount(0);
		await expectAccessible(viewer);
		expect(await violations(viewer)).toEqual([]);

		await expectFragmentNeverSent(appRequests, origin, link);
		await expectFragmentNeverSent(viewerRequests, origin, link);
		await viewerContext.close();
	});

	test('opens offline once the app is cached, and says when it is stale', async ({ page, browser, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		await setNow(page, MADE_AT);
		await openDemo(page);
		const link = await makeLink(page);

		const viewerContext = await freshBrowser(browser, baseURL!, later(3 * DAYS + 30 * MINUTES), 'Asia/Almaty');
		const seen = watchRequests(viewerContext);
		const first = await viewerContext.newPage();
		await first.goto(link);
		await expect(first.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
		await first.evaluate(() => navigator.serviceWorker.ready);
		await first.close();

		await viewerContext.setOffline(true);
		const again = await viewerContext.newPage();
		const response = await again.goto(link);
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await again.evaluate(() => navigator.onLine)).toBe(false);
		await expect(again.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
		await expect(again.getByText('As of 23 Nov 2026, 12:00 (3 days ago)')).toBeVisible();
		await expect(again.getByText('This status is 3 days old: things may have changed since. Ask for a fresh link.')).toBeVisible();
		expect(again.url()).toBe(`${origin}/s`);
		await expectFragmentNeverSent(seen, origin, link);
		await viewerContext.close();
	});
});

test('a passphrase link asks for the passphrase, refuses a wrong one, opens with the right one', async ({ page, browser, baseURL }) => {
	await setNow(page, MADE_AT);
	await openDemo(page);
	await page.goto('/share');
	// Too short: said as you leave the field, and again on Create; nothing is made.
	await page.getByLabel(/^Passphrase/).fill('short');
	await page.getByRole('button', { name: 'Show passphrase' }).click();
	await expect(page.getByRole('button', { name: 'Show passphrase' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByLabel(/^Passphrase/)).toHaveAttribute('type', 'text');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
	await expect(page.getByLabel(/^Passphrase/)).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('heading', { name: 'Your link is ready' })).toHaveCount(0);
	await expectAccessible(page);

	const link = await makeLink(page, { passphrase: PASSPHRASE });
	expect(link.split('#')[1]).not.toContain('.');
	await expect(page.getByText('This link asks for your passphrase. Tell it to your family another way than the link.')).toBeVisible();

	const viewerContext = await freshBrowser(browser, baseURL!, later(10 * MINUTES));
	const viewer = await viewerContext.newPage();
	await viewer.goto(link);
	await expect(viewer.getByRole('heading', { level: 1, name: 'This link is locked with a passphrase' })).toBeVisible();
	expect(viewer.url()).not.toContain('#');
	await expectAccessible(viewer);

	await viewer.getByRole('button', { name: 'Open the status' }).click();
	await expect(viewer.getByRole('alert')).toHaveText('Type the passphrase.');
	await viewer.getByLabel('Passphrase').fill('blue kettle 41');
	await viewer.getByRole('button', { name: 'Open the status' }).click();
	await expect(viewer.getByRole('alert')).toHaveText('Wrong passphrase. Check it and try again.');
	await expect(viewer.getByRole('region', { name: 'Payments' })).toHaveCount(0);
	await expectAccessible(viewer);

	await viewer.getByLabel('Passphrase').fill(PASSPHRASE);
	await viewer.getByRole('button', { name: 'Open the status' }).click();
	await expect(viewer.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
	await expect(viewer.getByRole('status').filter({ hasText: 'Attention' })).toBeVisible();
	await expect(viewer.getByRole('region', { name: 'Payments' })).toBeVisible();

	// Kept: the fragment only, never the passphrase; reopening asks for it again.
	await viewer.getByRole('button', { name: 'Keep on this device' }).click();
	await expect(viewer.getByText('Kept on this device. Open this page again to see it.')).toBeVisible();
	const stored = await keptRecords(viewer);
	expect(stored).toHaveLength(1);
	expect(JSON.stringify(stored)).not.toContain(PASSPHRASE);
	await viewer.goto('/s');
	await viewer.getByRole('button', { name: /^Open the status of / }).click();
	await expect(viewer.getByRole('heading', { level: 1, name: 'This link is locked with a passphrase' })).toBeVisible();
	await viewerContext.close();
});

test('a link can carry the record’s fingerprint: the family view shows the short head the report shows', async ({ page, browser, baseURL }) => {
	await setNow(page, MADE_AT);
	await openDemo(page);
	await page.goto('/report');
	const short = page.getByRole('region', { name: 'Record fingerprint' }).getByText(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
	const head = (await short.textContent())!;

	await page.goto('/share');
	await page.getByRole('checkbox', { name: 'Include the record’s fingerprint (chain head)' }).check();
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = await page.getByRole('textbox', { name: 'The link' }).inputValue();

	const viewerContext = await freshBrowser(browser, baseURL!, later(10 * MINUTES));
	const viewer = await viewerContext.newPage();
	await viewer.goto(link);
	const fingerprint = viewer.getByRole('region', { name: 'Record fingerprint' });
	await expect(fingerprint.getByText(head, { exact: true })).toBeVisible();
	await expect(fingerprint.getByText(/^If you noted a fingerprint earlier, compare:/)).toBeVisible();
	await expectAccessible(viewer);
	await viewerContext.close();
});

/** What IndexedDB holds for kept links, read as the browser stores it. */
async function keptRecords(page: Page): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const open = indexedDB.open('clearday');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('keptLinks').objectStore('keptLinks').getAll();
					request.onsuccess = () => {
						resolve(request.result as Record<string, unknown>[]);
						open.result.close();
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}

/** One character of base64url changed into another. */
function flip(char: string): string {
	return char === 'A' ? 'B' : 'A';
}

test('each broken link says what is wrong, and shows no status', async ({ page, browser, baseURL }) => {
	await setNow(page, MADE_AT);
	await openDemo(page);
	const link = await makeLink(page);
	const [address, fragment] = link.split('#') as [string, string];
	const [data, key] = fragment.split('.') as [string, string];
	const middle = Math.floor(data.length / 2);

	const broken: [name: string, link: string, message: string, time?: string][] = [
		['expired', link, 'This link has expired. Ask the person who sent it for a new one.', later(8 * DAYS)],
		['damaged', `${address}#${data.slice(0, middle)}*${data.slice(middle + 1)}.${key}`, 'This link is damaged and cannot be read. Ask for the link again, or copy it again in full.'],
		['truncated', link.slice(0, address.length + 1 + middle), 'The link seems cut off: ask for the whole link. Some apps shorten long links; copy it again in full.'],
		['tampered', `${address}#${data.slice(0, middle)}${flip(data[middle]!)}${data.slice(middle + 1)}.${key}`, 'The link was altered: it does not match what was sent. Do not trust what it says; ask for the link again.'],
		['unknown version', `${address}#${data.replace(/^AQ/, 'Ag')}.${key}`, 'This link was made by a newer version of Clearday: reload the page, then open the link again.']
	];
	expect(data.startsWith('AQ'), 'version 1 is the first byte').toBe(true);

	for (const [name, brokenLink, message, time] of broken) {
		const viewerContext = await freshBrowser(browser, baseURL!, time ?? later(5 * MINUTES));
		const seen = watchRequests(viewerContext);
		const viewer = await viewerContext.newPage();
		await viewer.goto(brokenLink);
		await expect(viewer.getByRole('heading', { level: 1, name: 'This link did not open' }), name).toBeVisible();
		await expect(viewer.getByRole('alert'), name).toHaveText(message);
		// No half-rendered status: no level, no sections, no "keep".
		await expect(viewer.getByText(/^(All clear|Attention|At risk)$/), name).toHaveCount(0);
		await expect(viewer.getByRole('region'), name).toHaveCount(0);
		await expect(viewer.getByRole('button', { name: 'Keep on this device' }), name).toHaveCount(0);
		expect(viewer.url(), name).not.toContain('#');
		await expectAccessible(viewer);
		expect(await violations(viewer), name).toEqual([]);
		await expectFragmentNeverSent(seen, new URL(baseURL!).origin, brokenLink);
		await viewerContext.close();
	}

	// No link at all: the page says what it is for.
	const viewerContext = await freshBrowser(browser, baseURL!, later(5 * MINUTES));
	const viewer = await viewerContext.newPage();
	await viewer.goto('/s');
	await expect(viewer.getByRole('heading', { level: 1, name: 'Status links' })).toBeVisible();
	await expect(viewer.getByText(/^This page shows a status link that someone shared with you from Clearday\./)).toBeVisible();
	await expect(viewer.getByText('No links are kept on this device.')).toBeVisible();
	await expectAccessible(viewer);
	await viewerContext.close();
});

test('Keep on this device: kept, listed on /s without a link, reopened, removed', async ({ page, browser, baseURL }) => {
	await setNow(page, MADE_AT);
	await openDemo(page);
	const link = await makeLink(page);

	const viewerContext = await freshBrowser(browser, baseURL!, later(30 * MINUTES), 'Asia/Almaty');
	const viewer = await viewerContext.newPage();
	await viewer.goto(link);
	await expect(viewer.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
	await viewer.getByRole('button', { name: 'Keep on this device' }).click();
	await expect(viewer.getByRole('status').filter({ hasText: 'Kept on this device. Open this page again to see it.' })).toBeVisible();
	await expect(viewer.getByRole('button', { name: 'Remove from this device' })).toBeVisible();
	await expectAccessible(viewer);

	// Stored: the fragment as it came, and dates for the list; no status in clear.
	const [record] = await keptRecords(viewer);
	expect(Object.keys(record!).sort()).toEqual(['createdAt', 'expiresAt', 'fragment', 'id', 'keptAt']);
	expect(record!.fragment).toBe(link.split('#')[1]);
	// 12:00 in Almaty (and the seconds the app's clock ran on), to the second; 7 days later.
	expect(record!.createdAt).toMatch(/^2026-11-23T07:00:\d\d\.000Z$/);
	expect(Date.parse(record!.expiresAt as string) - Date.parse(record!.createdAt as string)).toBe(7 * DAYS);
	expect(JSON.stringify(record)).not.toMatch(/Fine|Attention|attention|KZT|₸/);

	// Later, without the message: /s lists it.
	await viewer.reload();
	expect(viewer.url()).not.toContain('#');
	await expect(viewer.getByRole('heading', { level: 1, name: 'Status links' })).toBeVisible();
	const kept = viewer.getByRole('region', { name: 'Kept on this device' });
	await expect(kept.getByText('Status as of 23 Nov 2026, 12:00')).toBeVisible();
	await expect(kept.getByText('Works until 30 Nov 2026, 12:00')).toBeVisible();
	await expectAccessible(viewer);
	await kept.getByRole('button', { name: 'Open the status of 23 Nov 2026, 12:00' }).click();
	await expect(viewer.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
	await expect(viewer.getByRole('region', { name: 'Payments' })).toBeVisible();
	await expect(viewer.getByRole('button', { name: 'Remove from this device' })).toBeVisible();

	await viewer.getByRole('button', { name: 'Show the kept links' }).click();
	await kept.getByRole('button', { name: 'Remove the status of 23 Nov 2026, 12:00' }).click();
	await expect(viewer.getByText('No links are kept on this device.')).toBeVisible();
	expect(await keptRecords(viewer)).toEqual([]);

	// A link pasted into the address bar of this same tab changes only the fragment: it opens,
	// and leaves the address bar again.
	await viewer.goto(link);
	await expect(viewer.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
	await expect(viewer.getByRole('button', { name: 'Keep on this device' })).toBeVisible();
	expect(viewer.url()).toBe(`${new URL(baseURL!).origin}/s`);
	await viewerContext.close();
});

/** Sets the root font size to 200 % and returns how wide the page then is. */
async function widthAt200(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
	return page.evaluate(async () => {
		document.documentElement.style.fontSize = '200%';
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
	});
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
	const { scrollWidth, innerWidth } = await widthAt200(page);
	expect(scrollWidth, `${what}: page width at 200 % text`).toBeLessThanOrEqual(innerWidth);
}

test('at 200 % text nothing scrolls sideways: Share, the link, the family view and its other states', async ({ page, browser, baseURL }) => {
	await setNow(page, MADE_AT);
	await openDemo(page);
	await page.goto('/share');
	await expectNoSidewaysScroll(page, 'Share');
	await page.getByLabel(/^Passphrase/).fill('short');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
	await expectNoSidewaysScroll(page, 'Share, refused');
	const link = await makeLink(page);
	await expectNoSidewaysScroll(page, 'the link');
	const locked = await makeLink(page, { passphrase: PASSPHRASE });

	const viewerContext = await freshBrowser(browser, baseURL!, later(3 * DAYS));
	const viewer = await viewerContext.newPage();
	await viewer.goto(link);
	await expect(viewer.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
	await viewer.getByRole('button', { name: 'Keep on this device' }).click();
	await expectNoSidewaysScroll(viewer, 'family view');
	for (const [what, address, name] of [
		['passphrase', locked, 'This link is locked with a passphrase'],
		['failure', link.slice(0, -60), 'This link did not open'],
		['kept links', '/s', 'Status links']
	] as const) {
		const other = await viewerContext.newPage();
		await other.goto(address);
		await expect(other.getByRole('heading', { level: 1, name })).toBeVisible();
		await expectNoSidewaysScroll(other, what);
		await other.close();
	}
	await viewerContext.close();
});

test.describe('the Content-Security-Policy', () => {
	test('is on every page, blocks injected scripts, and lets the app and its service worker run', async ({ page, context }) => {
		const seen: string[] = [];
		await context.addInitScript(() => {
			const record = window as unknown as { violations: string[] };
			record.violations = [];
			document.addEventListener('securitypolicyviolation', (event) => record.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
		});
		page.on('console', (message) => {
			if (message.type() === 'error') seen.push(message.text());
		});
		await setNow(page, MADE_AT);
		await openDemo(page);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'none'");
		expect(policy).not.toContain('unsafe-eval');
		expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');

		// The service worker installs and controls the page.
		const active = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.active?.state));
		expect(active).toMatch(/activat/);
		await page.reload();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
		await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

		// An inline script, one inserted into the page, and an inline event handler: none runs.
		await page.addScriptTag({ content: 'window.__pwned = true' }).catch(() => undefined);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__pwnedToo = true';
			document.body.append(script);
			const holder = document.createElement('div');
			holder.innerHTML = '<img src="data:," onerror="window.__pwnedThree = true" alt="">';
			document.body.append(holder);
		});
		await page.waitForTimeout(300);
		const flags = await page.evaluate(() => {
			const w = window as unknown as Record<string, unknown>;
			return [w.__pwned, w.__pwnedToo, w.__pwnedThree];
		});
		expect(flags).toEqual([undefined, undefined, undefined]);
		expect((await violations(page)).filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);

		// Everything a person does passes the policy: screens, making a link, the family view.
		await page.evaluate(() => ((window as unknown as { violations: string[] }).violations = []));
		for (const path of ['/checkin', '/history', '/conditions', '/can-i', '/settings', '/more']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await violations(page), path).toEqual([]);
		}
		const link = await makeLink(page);
		expect(await violations(page)).toEqual([]);
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1, name: 'Shared status' })).toBeVisible();
		expect(await violations(page)).toEqual([]);
		// The console says nothing of the policy but for the three scripts above (once per policy:
		// the page's <meta> and, from `npm start`, the same in a header).
		const reported = seen.filter((text) => /Content Security Policy/i.test(text));
		expect(reported.length).toBeGreaterThanOrEqual(3);
		expect(reported.filter((text) => !/^Executing inline (script|event handler) violates/.test(text))).toEqual([]);
	});
});
