import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4180);

/** Debian's Chromium (scripts/chromium.mjs finds it); flags keep it quiet on a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	webServer: {
		command: `node_modules/.bin/vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		timeout: 60_000
	},
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 412, height: 915 },
		locale: 'en-US',
		timezoneId: 'Asia/Almaty',
		serviceWorkers: 'allow',
		launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }
	}
});
