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
					name: 'domain',
					include: ['src/lib/domain/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			}
		]
	}
});
