import { describe, expect, it } from 'vitest';
import { precacheEntries } from './precache';

describe('the precache list', () => {
	it('holds every built file (revised by its hashed name), static file and page (revised by the version)', () => {
		const entries = precacheEntries(
			['/_app/immutable/entry/start.abc.js', '/_app/immutable/assets/0.def.css'],
			['/manifest.webmanifest', '/icons/icon-192.png', '/.DS_Store', '/.well-known/x'],
			['/', '/conditions'],
			'42'
		);
		expect(entries).toEqual([
			{ url: '/_app/immutable/entry/start.abc.js', revision: null },
			{ url: '/_app/immutable/assets/0.def.css', revision: null },
			{ url: '/manifest.webmanifest', revision: '42' },
			{ url: '/icons/icon-192.png', revision: '42' },
			{ url: '/', revision: '42' },
			{ url: '/conditions', revision: '42' }
		]);
	});

	it('lists a URL once (Workbox refuses a URL with two revisions)', () => {
		const entries = precacheEntries(['/a.js', '/a.js'], ['/a.js'], ['/', '/'], '1');
		expect(entries).toEqual([
			{ url: '/a.js', revision: '1' },
			{ url: '/', revision: '1' }
		]);
	});
});
