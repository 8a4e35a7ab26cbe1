/**
 * What the service worker precaches: the whole app shell. Pure, so that it can be tested
 * without a browser.
 *
 * Vite's output (`build`) has content hashes in its names: its URL is its revision. Static
 * files and prerendered pages keep their names across releases, so they are revised by the
 * build's version: a new release fetches them again.
 */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

/**
 * The page that answers a navigation to a path with no prerendered page of its own: the root
 * page, an empty shell (`ssr = false`) whose client router renders the route from the address.
 *
 * Not adapter-static's `200.html`, though it is made for this: `vite preview` (the end-to-end
 * tests' server) does not serve it, and one missing URL fails the whole precache. The root page
 * is a correct shell for any path only if its scripts are linked by absolute paths, which
 * `kit.paths.relative = false` gives; with relative paths (`./_app/…`, Kit's default) it serves
 * paths one folder deep only.
 */
export const SHELL = '/';

/** Dot files (`.DS_Store`, `.well-known/…`) are not part of the app. */
const NOT_FOR_THE_APP = /(^|\/)\./;

export function precacheEntries(build: readonly string[], files: readonly string[], prerendered: readonly string[], version: string): PrecacheEntry[] {
	const entries = new Map<string, PrecacheEntry>();
	for (const url of build) entries.set(url, { url, revision: null });
	for (const url of files) if (!NOT_FOR_THE_APP.test(url)) entries.set(url, { url, revision: version });
	for (const url of prerendered) entries.set(url, { url, revision: version });
	return [...entries.values()];
}
