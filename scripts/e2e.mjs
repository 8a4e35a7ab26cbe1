#!/usr/bin/env node
/**
 * The browser tests: find (or install) Chromium, build the app, run Playwright against the built
 * app served by `vite preview`. Extra arguments go to `playwright test`.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const env = { ...process.env, CHROME_PATH: findChromium() };
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env });
run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
run('node', ['scripts/security-headers.mjs']);
run('node_modules/.bin/playwright', ['test', ...process.argv.slice(2)]);
