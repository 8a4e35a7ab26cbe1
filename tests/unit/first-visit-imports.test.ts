/**
 * The dashboard evaluates the case on every visit but never validates or describes a rule, nor
 * lists its whole schedule: what `evaluate` imports must not bring the rule kinds' schemas, valibot,
 * the sentences or `upcoming` with it (together about 5 kB gzipped of the 90 kB first-visit
 * budget, tests/e2e/budget.spec.ts). This follows the
 * static imports (not `import type`, not dynamic `import()`) from the engine and the case's state.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveImport(from: string, specifier: string): string | undefined {
	const base = specifier.startsWith('$lib/') ? resolve(ROOT, 'src/lib', specifier.slice(5)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
	if (!base) return undefined;
	return ['', '.ts', '.js', '/index.ts'].map((ending) => base + ending).find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every module and package reached by static value imports from `entries`. */
function staticImports(entries: readonly string[]): { modules: Set<string>; packages: Set<string> } {
	const modules = new Set<string>();
	const packages = new Set<string>();
	const queue = entries.map((entry) => resolve(ROOT, entry));
	while (queue.length) {
		const file = queue.pop()!;
		if (modules.has(file)) continue;
		modules.add(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const target = resolveImport(file, specifier!);
			if (target) queue.push(target);
			else if (!specifier!.startsWith('.') && !specifier!.startsWith('$')) packages.add(specifier!);
		}
	}
	return { modules: new Set([...modules].map((file) => relative(ROOT, file))), packages };
}

describe('what the dashboard loads to evaluate a case', () => {
	const { modules, packages } = staticImports(['src/lib/app/case.svelte.ts', 'src/lib/domain/evaluate.ts']);

	it('reaches the engine and every rule kind', () => {
		expect(modules).toContain('src/lib/domain/evaluate.ts');
		expect(modules).toContain('src/lib/domain/registry.ts');
		for (const kind of ['reporting', 'payment', 'deadline', 'activity-ban', 'movement', 'curfew', 'notify-change']) {
			expect(modules).toContain(`src/lib/domain/rules/${kind}.ts`);
		}
	});

	it('does not reach validation (valibot, the schemas, parseCaseFile), rules in words nor the schedule', () => {
		expect([...packages]).not.toContain('valibot');
		const unwanted = [...modules].filter((file) => /\.schema\.ts$|domain\/(schema|rule-validation|casefile|checkins|categories|describe|recurrence-text|upcoming)\.ts$/.test(file));
		expect(unwanted).toEqual([]);
	});
});
