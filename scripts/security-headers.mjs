#!/usr/bin/env node
/**
 * The response headers every page and file of Clearday should be served with, for hosts that
 * set headers: `node scripts/security-headers.mjs` (run by `npm run build`) writes them to
 * build/_headers (the format of Netlify and Cloudflare Pages; docs/security.md shows nginx and
 * Caddy), and `vite preview` (`npm start`) sends them (vite.config.ts).
 *
 * The Content-Security-Policy is the one SvelteKit writes into every page's <meta> tag (with the
 * hash of its start-up script), plus what only a header can carry: `frame-ancestors 'none'`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXED_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// Location only for the app's own "where am I" check-in; nothing else a page could ask for.
	'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()'
};

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/**
 * The policy of the built pages (they must all have the same one), with frame-ancestors added.
 * @param {string} buildDir
 */
export function pagePolicy(buildDir) {
	/** @type {Set<string>} */
	const policies = new Set();
	for (const file of htmlFiles(buildDir)) {
		const found = META_POLICY.exec(readFileSync(file, 'utf8'));
		if (!found) throw new Error(`${file}: no Content-Security-Policy meta tag`);
		policies.add(/** @type {string} */ (found[1]));
	}
	if (policies.size !== 1) throw new Error(`the built pages have ${policies.size} different policies: one header cannot serve them all`);
	const [policy] = policies;
	return `${policy}; frame-ancestors 'none'`;
}

/**
 * Every header, by name.
 * @param {string} buildDir
 * @returns {Record<string, string>}
 */
export function securityHeaders(buildDir) {
	return { 'Content-Security-Policy': pagePolicy(buildDir), ...FIXED_HEADERS };
}

/**
 * build/_headers: one rule for every path.
 * @param {string} buildDir
 */
export function headersFile(buildDir) {
	const lines = Object.entries(securityHeaders(buildDir)).map(([name, value]) => `  ${name}: ${value}`);
	return `# Written by scripts/security-headers.mjs after each build: see docs/security.md.\n/*\n${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const buildDir = process.argv[2] ?? 'build';
	writeFileSync(join(buildDir, '_headers'), headersFile(buildDir));
	console.log(`${join(buildDir, '_headers')} written`);
}
