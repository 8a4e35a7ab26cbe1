import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { securityHeaders } from './scripts/security-headers.mjs';

/**
 * Modules every first visit loads (with their imports): see build.rolldownOptions below. Not
 * valibot: the dashboard validates nothing (evaluating a rule never validates it; the rule kinds'
 * schemas are in rules/*.schema.ts), and a module here goes to the first visit whole, with every
 * valibot function any screen uses.
 */
const FIRST_VISIT = [
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|dexie|@date-fns|clsx)[\\/]/,
	/src[\\/]lib[\\/]app[\\/](case\.svelte|actions|lock\.svelte|erasure\.svelte)\.ts$/,
	/src[\\/]lib[\\/]storage[\\/]settings\.ts$/,
	/src[\\/]lib[\\/]ui[\\/]status[\\/]LevelBanner\.svelte$/,
	// The root layout (nav bar, update prompt, alert badge) loads with every page, this one too: in
	// this file it gzips with the rest (about 0.7 kB less than its own JS and CSS files). Not the
	// dashboard's own page: the family view (/s) and the other screens would then load it too.
	/src[\\/]routes[\\/]\+layout\.svelte$/
];

/** `vite preview` (`npm start`, the browser tests) serves the built app with its security headers. */
const previewHeaders: Plugin = {
	name: 'clearday:security-headers',
	configurePreviewServer(server) {
		const headers = Object.entries(securityHeaders(server.config.build.outDir === 'dist' ? 'build' : server.config.build.outDir));
		server.middlewares.use((_request, response, next) => {
			for (const [name, value] of headers) response.setHeader(name, value);
			next();
		});
	}
};

export default defineConfig({
	plugins: [sveltekit(), previewHeaders],
	resolve: {
		// Dexie's package entry wraps its ES5 build; its modern ES module comes out about 2 KB
		// smaller gzipped, on the first visit of every phone.
		alias: [{ find: /^dexie$/, replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) }]
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// What the dashboard's first visit needs anyway (Svelte, Kit, Dexie, the engine
					// and the case's state, with everything they import) as one file: it gzips about
					// 1.5 kB smaller than the handful of chunks the default splitting makes (the budget is
					// 90 kB). Only modules the first visit loads belong here: a screen's own code stays lazy.
					groups: [{ name: 'runtime', test: (id: string) => FIRST_VISIT.some((pattern) => pattern.test(id)) }]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		// Property tests run hundreds of generated cases: on a busy two-core machine 5 s is not enough.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/storage/**/*.test.ts'],
					environment: 'node'
				}
			}
		]
	}
});
