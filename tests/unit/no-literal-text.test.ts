/**
 * Every user-visible string goes through the message catalog: no Svelte component may carry
 * words of its own, in its markup or in the attributes people read (labels, titles, placeholders,
 * alternative texts). A literal word here would stay English in Russian and Kazakh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
const WORD = /\p{L}{2,}/u;

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? svelteFiles(path) : entry.name.endsWith('.svelte') ? [path] : [];
	});
}

type Node = { type: string; [key: string]: unknown };

/** The literal words in a component's markup: text nodes, and plain-text values of attributes people read. */
export function literalWords(source: string): string[] {
	const found: string[] = [];
	const visit = (node: unknown, inAttribute?: string): void => {
		if (Array.isArray(node)) return node.forEach((child) => visit(child, inAttribute));
		if (!node || typeof node !== 'object') return;
		const current = node as Node;
		if (typeof current.type !== 'string') {
			for (const value of Object.values(current)) visit(value, inAttribute);
			return;
		}
		if (current.type === 'Text') {
			const data = String(current.data);
			if (WORD.test(data) && (inAttribute === undefined || READ_ATTRIBUTES.has(inAttribute))) found.push(data.trim());
			return;
		}
		if (current.type === 'Attribute') return visit(current.value, String(current.name));
		// Expressions hold code, not text: i18n.t('key') and the like.
		if (current.type === 'ExpressionTag' || current.type.endsWith('Expression') || current.type === 'Identifier' || current.type === 'Literal') return;
		for (const [key, value] of Object.entries(current)) if (key !== 'metadata' && key !== 'expression') visit(value, inAttribute);
	};
	const ast = parse(source, { modern: true });
	visit(ast.fragment);
	return found;
}

describe('no literal words in components', () => {
	it('finds literal words where they would be (the check itself)', () => {
		expect(literalWords('<p>Check in</p><button aria-label="Close">{x}</button><input placeholder="Name" />')).toEqual(['Check in', 'Close', 'Name']);
		expect(literalWords('<p>{i18n.t("a")}</p><div class="stack" id="x-{y}"></div><p>· — 12:00</p>')).toEqual([]);
	});

	for (const file of svelteFiles(join(ROOT, 'src'))) {
		it(relative(ROOT, file), () => {
			expect(literalWords(readFileSync(file, 'utf8'))).toEqual([]);
		});
	}
});
