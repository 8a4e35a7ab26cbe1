/**
 * The security headers: `npm start` (vite preview) sends them with every page and file, and
 * build/_headers carries the same for static hosts.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const EXPECTED = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'cross-origin-opener-policy': 'same-origin'
};

test('every page and file comes with the security headers, as build/_headers says', async ({ request }) => {
	const file = readFileSync('build/_headers', 'utf8');
	const html = await (await request.get('/')).text();
	const script = /<script type="module" src="([^"]+)"|import\("([^"]+\/_app\/immutable\/entry\/[^"]+)"\)|"(\/_app\/immutable\/entry\/start[^"]+)"/.exec(html);
	const paths = ['/', '/settings', '/s', '/manifest.webmanifest', '/favicon.svg'];
	if (script) paths.push(script[1] ?? script[2] ?? script[3]!);
	for (const path of paths) {
		const response = await request.get(path);
		expect(response.ok(), path).toBe(true);
		const headers = response.headers();
		expect(headers, path).toMatchObject(EXPECTED);
		const policy = headers['content-security-policy'];
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toContain("object-src 'none'");
		expect(policy, path).toContain("base-uri 'none'");
		expect(policy, path).toContain("frame-ancestors 'none'");
		expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(file, path).toContain(`Content-Security-Policy: ${policy}`);
	}
	for (const [name, value] of Object.entries(EXPECTED)) expect(file.toLowerCase()).toContain(`${name}: ${value}`);
});

test('no other page can show the app in a frame', async ({ page, baseURL }) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/frame-ancestors/.test(message.text())) refused.push(message.text());
	});
	await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`);
	await expect.poll(() => refused.length).toBeGreaterThan(0);
	const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
	expect(frame).toBeDefined();
	await expect(frame!.getByRole('heading', { name: 'Welcome to Clearday' })).toHaveCount(0);
	expect(frame!.url()).not.toBe(`${baseURL}/`);
});

test('the policy blocks a script injected into the page, inline or as an event handler', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Clearday' })).toBeVisible();
	const outcome = await page.evaluate(async () => {
		const violations: string[] = [];
		document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
		const flags = window as unknown as { injectedInline?: boolean; injectedHandler?: boolean };
		// What an attacker's markup would do if some text ever reached the page as HTML.
		const script = document.createElement('script');
		script.textContent = 'window.injectedInline = true';
		document.body.append(script);
		const holder = document.createElement('div');
		holder.innerHTML = '<img src="data:," alt="" onerror="window.injectedHandler = true">';
		document.body.append(holder);
		await new Promise((resolve) => setTimeout(resolve, 300));
		return { inline: flags.injectedInline ?? false, handler: flags.injectedHandler ?? false, violations };
	});
	expect(outcome.inline).toBe(false);
	expect(outcome.handler).toBe(false);
	expect(outcome.violations.filter((directive) => directive.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
});
