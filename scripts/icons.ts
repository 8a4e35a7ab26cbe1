/**
 * `npx tsx scripts/icons.ts`: draws Clearday's icons from one SVG and renders the PNGs through
 * Debian's Chromium. The PNGs are committed; run this again only when the design changes.
 *
 * The design: a white check mark on the app's primary blue, inside a faint ring (a clear day's
 * sun). No text, so it needs no translation. The "any" icons are a rounded square with
 * transparent corners; the maskable one fills the whole square and keeps the mark inside the
 * central safe zone (a circle of 40 % of the size in radius) that every launcher mask leaves.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC = join(dirname(fileURLToPath(import.meta.url)), '..', 'static');
const PRIMARY = '#1d5fa8';

/** The mark on a 512 grid: a ring and a check, centred on (256, 256). */
function mark(colour: string, scale = 1): string {
	const transform = scale === 1 ? '' : ` transform="translate(256 256) scale(${scale}) translate(-256 -256)"`;
	return (
		`<g fill="none" stroke="${colour}" stroke-linecap="round" stroke-linejoin="round"${transform}>` +
		`<circle cx="256" cy="256" r="168" stroke-width="20" stroke-opacity="0.35"/>` +
		`<path d="M172 262l60 60 112-124" stroke-width="44"/>` +
		`</g>`
	);
}

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${body}</svg>`;

/** Rounded square, transparent corners: favicon and "any" icons. */
const rounded = svg(`<rect width="512" height="512" rx="112" fill="${PRIMARY}"/>${mark('#fff')}`);
/**
 * Full bleed for masks. The ring's outer edge (r 178) would be cut by a round mask at 40 %
 * (r 204.8) only if it were larger: scaled to 0.9 it reaches 160, well inside.
 */
const maskable = svg(`<rect width="512" height="512" fill="${PRIMARY}"/>${mark('#fff', 0.9)}`);
/** iOS draws its own rounded corners and ignores transparency (it would show black): full bleed. */
const apple = svg(`<rect width="512" height="512" fill="${PRIMARY}"/>${mark('#fff', 0.9)}`);
/** Android's status-bar badge: white on transparent, the shape only. */
const badge = svg(mark('#fff', 1.35));

const renders: { file: string; source: string; size: number }[] = [
	{ file: 'icons/icon-192.png', source: rounded, size: 192 },
	{ file: 'icons/icon-512.png', source: rounded, size: 512 },
	{ file: 'icons/maskable-512.png', source: maskable, size: 512 },
	{ file: 'icons/badge-96.png', source: badge, size: 96 },
	{ file: 'apple-touch-icon.png', source: apple, size: 180 },
	{ file: 'favicon-32.png', source: rounded, size: 32 }
];

async function main(): Promise<void> {
	mkdirSync(join(STATIC, 'icons'), { recursive: true });
	writeFileSync(join(STATIC, 'favicon.svg'), rounded + '\n');
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		for (const { file, source, size } of renders) {
			const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
			const image = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
			await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${image}" width="${size}" height="${size}">`);
			await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
			writeFileSync(join(STATIC, file), await page.screenshot({ omitBackground: true, type: 'png' }));
			await page.close();
			console.log(`${file} (${size}×${size})`);
		}
	} finally {
		await browser.close();
	}
}

await main();
