/**
 * The app's figures in headless Chromium, against the built app (`vite build` first):
 * - the gzip size of the JS and CSS a first visit to the dashboard loads;
 * - navigation → rendered dashboard with 5,000 check-ins stored, online and offline;
 * - "I reported today" tap → updated dashboard, with the same 5,000 check-ins.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../playwright.config';
import { findChromium } from './chromium.mjs';
import { benchCase } from './bench-case';
import { chainHashes } from '../src/lib/integrity/chain';

const PORT = 4183;
const ORIGIN = `http://localhost:${PORT}`;
const NOW = new Date('2026-11-23T09:30:00+05:00'); // a Monday: a reporting day, not yet reported

interface Stat {
	median: number;
	p10: number;
	p90: number;
	runs: number;
}

function stat(values: number[]): Stat {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
	return { median: at(0.5), p10: at(0.1), p90: at(0.9), runs: values.length };
}

async function startPreview(): Promise<() => void> {
	const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'] });
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(ORIGIN)).ok) return () => server.kill();
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error('vite preview did not start');
}

/** The JS and CSS the dashboard's first visit downloads, gzipped (-9) one by one. */
async function firstVisitBytes(context: BrowserContext): Promise<{ files: number; raw: number; gzip: number }> {
	const page = await context.newPage();
	const bodies: Buffer[] = [];
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type === 'script' || type === 'stylesheet') bodies.push(await response.body());
	});
	await page.goto('/');
	await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
	await page.waitForLoadState('networkidle');
	await page.close();
	return { files: bodies.length, raw: bodies.reduce((sum, body) => sum + body.length, 0), gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) };
}

/** Waits until the app has opened (and so created) its database. */
async function databaseReady(page: Page): Promise<void> {
	// Dexie's schema version 1 is IndexedDB version 10; an earlier one is a probe, not the schema.
	await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'clearday' && (db.version ?? 0) >= 10));
}

type BenchFile = { case: { id: string }; rules: { id: string }[]; checkIns: { id: string; hash?: string }[] };

/** The case's check-ins with their chain hashes, as storage (schema version 2) keeps them. */
async function sealed(file: BenchFile): Promise<BenchFile> {
	const hashes = await chainHashes(file.checkIns);
	return { ...file, checkIns: file.checkIns.map((checkIn, index) => ({ ...checkIn, hash: hashes[index] })) };
}

/**
 * Writes a case straight into the app's database, in the app's record shapes, with a backup made
 * `backedUpAt` (so that Today shows no backup reminder unless asked).
 */
async function seed(page: Page, file: BenchFile, backedUpAt = NOW.toISOString()): Promise<void> {
	await page.evaluate(async ({ file, backedUpAt }) => {
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			const request = indexedDB.open('clearday');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction(['cases', 'rules', 'checkIns', 'settings'], 'readwrite');
		const caseId = file.case.id;
		for (const store of ['cases', 'rules', 'checkIns', 'settings']) tx.objectStore(store).clear();
		tx.objectStore('cases').put({ id: caseId, info: file.case, demo: false, createdAt: new Date().toISOString() });
		file.rules.forEach((rule, position) => tx.objectStore('rules').put({ caseId, id: rule.id, position, rule }));
		for (const checkIn of file.checkIns) tx.objectStore('checkIns').put({ caseId, id: checkIn.id, checkIn });
		tx.objectStore('settings').put({ key: 'activeCase', value: caseId });
		tx.objectStore('settings').put({ key: 'lastBackup', value: { caseId, at: backedUpAt } });
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, { file, backedUpAt });
}

/**
 * Milliseconds from asking for the page to the level banner on screen, timed in this process:
 * the page's own clocks are fake (the bench sets "today"), and this way nothing is left out.
 */
async function dashboardTime(page: Page): Promise<number> {
	const started = performance.now();
	await page.goto('/', { waitUntil: 'commit' });
	await page.locator('[role="status"].banner').waitFor();
	return performance.now() - started;
}

/**
 * Milliseconds from the tap on "I reported today" to the dashboard no longer offering it, timed
 * inside the page (Playwright's own click and polling would add their round trips). The page's
 * clocks are fake (the bench sets "today"); an event's timeStamp stays on the real clock.
 */
async function tapTime(page: Page): Promise<number> {
	await page.goto('/');
	await page.getByRole('button', { name: 'I reported today' }).waitFor();
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const realNow = () => new Event('tick').timeStamp;
				const offered = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'I reported today');
				const started = realNow();
				const observer = new MutationObserver(() => {
					if (!offered()) {
						observer.disconnect();
						resolve(realNow() - started);
					}
				});
				observer.observe(document.body, { childList: true, subtree: true, characterData: true });
				offered()!.click();
			})
	);
}

const LOCK_SECRET = 'bench lock passphrase';

/** Milliseconds for turning the app lock on through Settings: every record of the case re-sealed. */
async function turnLockOn(page: Page): Promise<number> {
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'A passphrase' }).check();
	await page.getByLabel('New passphrase', { exact: true }).fill(LOCK_SECRET);
	await page.getByLabel('New passphrase again', { exact: true }).fill(LOCK_SECRET);
	const started = performance.now();
	await page.getByRole('button', { name: 'Turn the lock on' }).click();
	await page.getByText('The lock is on. Your case is stored encrypted on this phone.').waitFor();
	return performance.now() - started;
}

/** Milliseconds from "Unlock" to the dashboard's banner: PBKDF2, then 5,000 records opened and evaluated. */
async function unlockTime(page: Page): Promise<number> {
	await page.goto('/');
	await page.getByRole('textbox', { name: 'Passphrase' }).fill(LOCK_SECRET);
	const started = performance.now();
	await page.getByRole('button', { name: 'Unlock' }).click();
	await page.locator('[role="status"].banner').waitFor();
	return performance.now() - started;
}

export async function benchApp(): Promise<void> {
	const stop = await startPreview();
	const profile = mkdtempSync(join(tmpdir(), 'clearday-bench-'));
	const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, baseURL: ORIGIN, viewport: { width: 412, height: 915 } });
	// tsx names functions with a `__name` helper, which page.evaluate carries into the page.
	const nameHelper = 'globalThis.__name = (target) => target;';
	await context.addInitScript(nameHelper);
	try {
		const page = await context.newPage();
		await page.clock.install({ time: NOW });
		await page.goto('/');
		await databaseReady(page);
		const file = await sealed(benchCase(5_000, 1, NOW) as BenchFile);
		await seed(page, file);
		// The service worker is installed by the first visit; wait until it controls the page.
		await page.reload();
		await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 10_000))]));
		await page.reload();

		const online: number[] = [];
		for (let i = 0; i < 15; i++) online.push(await dashboardTime(page));
		const offline: number[] = [];
		if (await page.evaluate(() => navigator.serviceWorker?.controller !== null)) {
			await context.setOffline(true);
			for (let i = 0; i < 15; i++) offline.push(await dashboardTime(page));
			await context.setOffline(false);
		}

		const taps: number[] = [];
		for (let i = 0; i < 10; i++) {
			await seed(page, file); // the same case afresh: today not yet reported
			taps.push(await tapTime(page));
		}

		// With the app lock on: sealing the case once, then unlocking to the dashboard.
		const lockOn = await turnLockOn(page);
		const unlocks: number[] = [];
		for (let i = 0; i < 5; i++) unlocks.push(await unlockTime(page));
		await page.close();

		// A first visit: a fresh profile with only the data, no cache and no service worker.
		const fresh = mkdtempSync(join(tmpdir(), 'clearday-bench-fresh-'));
		const firstContext = await chromium.launchPersistentContext(fresh, { executablePath: findChromium(), args: CHROMIUM_ARGS, baseURL: ORIGIN, serviceWorkers: 'block' });
		await firstContext.addInitScript(nameHelper);
		const seeding = await firstContext.newPage();
		await seeding.goto('/');
		await databaseReady(seeding);
		await seed(seeding, file);
		await seeding.close();
		const firstContextPage = firstContext.pages()[0];
		await firstContextPage?.close();
		const cdp = await firstContext.newCDPSession(await firstContext.newPage());
		await cdp.send('Network.clearBrowserCache');
		const bytes = await firstVisitBytes(firstContext);
		await firstContext.close();
		rmSync(fresh, { recursive: true, force: true });

		const row = (name: string, s: Stat, goal: number) =>
			`${name.padEnd(58)} ${s.median.toFixed(1).padStart(8)} ${s.p10.toFixed(1).padStart(8)} ${s.p90.toFixed(1).padStart(8)} ${String(s.runs).padStart(5)}  ≤ ${goal} ms ${s.median <= goal ? 'met' : 'MISSED'}`;
		console.log(`\n${'app figure (headless Chromium)'.padEnd(58)} ${'median'.padStart(8)} ${'p10'.padStart(8)} ${'p90'.padStart(8)}  runs  goal`);
		console.log(row('navigation → dashboard, 5,000 check-ins, online', stat(online), 300));
		if (offline.length) console.log(row('navigation → dashboard, 5,000 check-ins, offline', stat(offline), 300));
		else console.log('navigation → dashboard offline: NOT MEASURED, no service worker controls the page');
		console.log(row('"I reported today" tap → dashboard updated, 5,000 check-ins', stat(taps), 50));
		console.log(`app lock: turning it on (sealing 5,000 check-ins) ${lockOn.toFixed(0)} ms; "Unlock" → dashboard, 5,000 check-ins (PBKDF2 600k + opening every record) median ${stat(unlocks).median.toFixed(0)} ms over ${unlocks.length} runs`);
		const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
		console.log(`first visit to the dashboard: ${bytes.files} JS/CSS files, ${kb(bytes.raw)} raw, ${kb(bytes.gzip)} gzip -9 (goal ≤ 90 kB, stretch 75 kB, kB = 1,000 bytes: ${bytes.gzip <= 75_000 ? 'stretch met' : bytes.gzip <= 90_000 ? 'goal met' : 'MISSED'})`);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
		stop();
	}
}
