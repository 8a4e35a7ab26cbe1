/**
 * The built app as the service worker sees it: run by the browser tests, after `vite build`. Every page, script, style and static file must be in the precache list, and every
 * URL in that list must exist (one 404 and the service worker does not install at all).
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUILD = join(import.meta.dirname, '../../build');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const urlOf = (path: string) => '/' + relative(BUILD, path).split(sep).join('/');

/** The URL a prerendered page is served at: `/start` for start.html, `/` for index.html. */
function pageUrl(url: string): string {
	return url.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
}

/** adapter-static's SPA fallback: for a static host, not served by `vite preview`, so not precached (see SHELL). */
const FALLBACK = '/200.html';

test.describe('the built app', () => {
	const serviceWorker = join(BUILD, 'service-worker.js');

	test('has a service worker', () => {
		expect(existsSync(serviceWorker)).toBe(true);
	});

	/** Path literals in the bundled worker, whatever quotes the minifier chose. */
	const precached = () => new Set([...readFileSync(serviceWorker, 'utf8').matchAll(/(["'`])(\/[^"'`\s]*)\1/g)].map((m) => m[2]!));

	test('precaches every built file, every page and every static file', () => {
		const urls = precached();
		const all = filesUnder(BUILD).map(urlOf);
		const expected = all
			.filter((url) => url !== '/service-worker.js' && url !== '/_app/version.json' && url !== '/_headers' && url !== FALLBACK && !/\/\./.test(url))
			.map((url) => (url.endsWith('.html') ? pageUrl(url) : url));
		expect(expected).toContain('/');
		expect(expected.filter((url) => !urls.has(url))).toEqual([]);
	});

	test('precaches everything the dashboard loads', () => {
		const urls = precached();
		const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const loaded = [...html.matchAll(/(?:href|src)="\.?(\/[^"]+)"|import\("\.?(\/_app\/[^"]+)"\)/g)].map((m) => (m[1] ?? m[2])!);
		expect(loaded.length).toBeGreaterThan(3);
		expect(loaded.filter((url) => !urls.has(url))).toEqual([]);
	});

	test('precaches nothing that does not exist', () => {
		const exists = (url: string) =>
			/\.\w+$/.test(url) ? existsSync(join(BUILD, url)) : url === '/' ? existsSync(join(BUILD, 'index.html')) : existsSync(join(BUILD, `${url}.html`)) || existsSync(join(BUILD, url, 'index.html'));
		expect([...precached()].filter((url) => !exists(url))).toEqual([]);
	});
});
