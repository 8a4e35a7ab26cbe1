import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	resolve: {
		// Dexie's package entry wraps its ES5 build; its modern ES module comes out about 2 KB
		// smaller gzipped, on the first visit of every phone.
		alias: [{ find: /^dexie$/, replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) }]
	},
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					// Every screen needs Svelte, Kit, Dexie, valibot and the time-zone helper, so every
					// first visit loads them: as one file they gzip about 0.8 kB smaller than as the
					// three chunks the default splitting makes (the first-visit budget is 90 kB).
					groups: [{ name: 'runtime', test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|dexie|valibot|@date-fns|clsx)[\\/]/ }]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
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
