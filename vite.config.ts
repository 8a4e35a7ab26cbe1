import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
