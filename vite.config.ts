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
					include: ['src/lib/domain/**/*.test.ts', 'src/lib/i18n/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			}
		]
	}
});
