import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// A static app shell: every route prerenders, unknown paths fall back to the SPA.
		adapter: adapter({ fallback: '200.html' }),
		// src/lib/pwa/UpdatePrompt.svelte registers the service worker (workbox-window), so that
		// an update waits until the person agrees to reload.
		// Registered by workbox-window (src/lib/pwa), so the person is asked before an update.
		serviceWorker: { register: false },
		// Absolute asset paths: the offline shell must also load from a nested unknown path.
		paths: { relative: false },
		// Type-check the scripts (bench, schema generator) with the rest.
		typescript: {
			config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] })
		}
	}
};

export default config;
