#!/usr/bin/env node
/**
 * Finds Chromium for the browser tests, installing Debian's package once if it is missing:
 * $CHROME_PATH, else /usr/bin/chromium, else `apt-get install -y chromium` (as root, where apt exists).
 * Prints the path. A test tool's own browser download cannot work on these machines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
	const found = candidates.find((path) => path && existsSync(path));
	if (found) return found;
	if (existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
		console.error('Chromium is missing: installing Debian’s chromium package (once)…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
