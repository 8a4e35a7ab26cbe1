/**
 * The weight of each language's messages, gzipped (-9): its whole catalog bundled and minified
 * the same way for every language, and what a visit in that language fetches before the first
 * screen (English: nothing extra, its core is in the first-visit figure; Russian, Kazakh: the
 * core chunk of the last build, `vite build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function bundledCatalog(language: 'en' | 'ru' | 'kk'): Promise<number> {
	const output = await build({
		input: `${ROOT}src/lib/i18n/${language}/all.ts`,
		resolve: { alias: { $lib: `${ROOT}src/lib` } },
		write: false,
		logLevel: 'silent',
		output: { format: 'esm', minify: true }
	});
	return output.output.reduce((sum, chunk) => sum + (chunk.type === 'chunk' ? gzipSync(chunk.code, { level: 9 }).length : 0), 0);
}

/** The files the build made for a language's core (src/lib/i18n/<language>/core.ts), from Vite's manifest. */
function coreChunk(language: 'ru' | 'kk'): number | undefined {
	const manifestPath = `${ROOT}.svelte-kit/output/client/.vite/manifest.json`;
	if (!existsSync(manifestPath)) return undefined;
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
	const seen = new Set<string>();
	const files: string[] = [];
	const visit = (key: string) => {
		const entry = manifest[key];
		if (!entry || seen.has(key)) return;
		seen.add(key);
		files.push(entry.file);
		for (const imported of entry.imports ?? []) if (manifest[imported]?.file.includes(`/${language}`) || !manifest[imported]) visit(imported);
	};
	visit(`src/lib/i18n/${language}/core.ts`);
	if (!files.length) return undefined;
	return files.reduce((sum, file) => sum + gzipSync(readFileSync(`${ROOT}.svelte-kit/output/client/${file}`), { level: 9 }).length, 0);
}

export async function benchLanguages(): Promise<void> {
	console.log('\nmessages per language (gzip -9; only the language in use is fetched):');
	for (const language of ['en', 'ru', 'kk'] as const) {
		const whole = await bundledCatalog(language);
		const core = language === 'en' ? undefined : coreChunk(language);
		const first = language === 'en' ? 'in the first-visit figure' : core === undefined ? 'build first' : `${kb(core)} before the first screen`;
		console.log(`  ${language}: every message ${kb(whole)}; core ${first}`);
	}
}
