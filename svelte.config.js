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
		// src/lib/pwa/UpdatePrompt.svelte registers the service worker (src/lib/pwa/register.ts), so that
		// an update waits until the person agrees to reload.
		serviceWorker: { register: false },
		// Absolute asset paths: the offline shell must also load from a nested unknown path.
		paths: { relative: false },
		// A strict Content-Security-Policy for every page, as a <meta> tag in each prerendered page
		// (a static host sets no headers for us). 'hash' mode: Kit adds the hash of each page's
		// own inline start-up script to script-src, so no other inline script runs — an injected
		// `<script>` or event-handler attribute is refused. The app talks to its own origin only.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets inline `style` attributes (style: directives, transitions) and Kit's
				// shell has one (`display: contents`): 'unsafe-inline' here covers styles only, never
				// scripts. (Kit adds no style hashes with it, which would make browsers ignore it.)
				'style-src': ['self', 'unsafe-inline'],
				// data: and blob: for images the app makes itself (icons, exported files).
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
				// frame-ancestors (no framing by other sites) cannot be set from a <meta> tag: browsers
				// ignore it there. It belongs in the host's response headers (the headers issue).
			}
		},
		// Type-check the scripts (bench, schema generator) with the rest.
		typescript: {
			config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] })
		}
	}
};

export default config;
