/**
 * "Can I do this?": which activity bans a described activity may fall under.
 *
 * `screenActivity(file, text, locale?, at?)` reads a free description ("give an interview to a
 * newspaper", "пост в инстаграме", "митингіге бару") and returns, for each `activity-ban` rule
 * of the file, what in it may fall under the ban. It is a prompt to think and to ask the lawyer,
 * never a legal answer: it looks at words, not at meaning.
 *
 * Two sources of words:
 * - `keyword`: the rule's own `keywords` (the court's or the lawyer's phrases, any language),
 *   in the same syntax as the lexicon (see lexicon.ts): a plain word matches that word only,
 *   `word*` matches any word starting with it ("митинг*" matches "митинге", "митингіге"). No
 *   endings are guessed: the app cannot know whether "выборы" (elections) should also catch
 *   "выбор" (a choice), so whoever writes a keyword adds the `*` where endings vary. Keywords are
 *   matched as written: the lexicon's exclusions ("post office") do not apply to them.
 *   A keyword match is filed under a category the rule bans whose lexicon the keyword itself
 *   matches ("book review" → journalism); else under the rule's only category if it bans just
 *   one; else under `other`, which then appears even if the rule does not list `other`.
 * - `lexicon`: the word lists of lexicon.ts, one per category, each in English, Russian and
 *   Kazakh. Only categories the rule bans are reported.
 *
 * All three languages are always searched: people mix them and write brand names in Latin
 * script ("пост в Instagram", "TikTok-та видео"). `locale` only chooses the case folding
 * (`toLocaleLowerCase`); for en, ru and kk Unicode's default folding is the same, so today the
 * answer does not depend on it.
 *
 * Text is read as words of letters and digits (Unicode-aware), folded to lower case, ё → е,
 * accents on Latin letters dropped ("café" = "cafe"), Kazakh letters folded to their Russian
 * neighbours (ә → а, ғ → г, қ → к, ң → н, ө → о, ұ ү → у, һ → х, і → и) so that Kazakh typed on a
 * Russian keyboard still matches, and Latin look-alikes inside a Cyrillic word read as Cyrillic
 * ("митингiге" with a Latin i). Punctuation separates words, so "#митинг" and "@ngo" match; a
 * hashtag written in camel case is also read word by word ("#StopTheRally" → stop the rally).
 *
 * Result: one `BanMatch` per rule, category and source that matched; rules in file order, for
 * each rule keyword matches before lexicon matches, categories in BAN_CATEGORIES order. `words`
 * are the matched words as written in the text (spaces collapsed), each once, in text order.
 *
 * Without `at` every activity-ban rule is screened. With `at`, only rules whose period (the
 * rule's `from`/`until`, else the sentence's; inclusive local dates in `case.timeZone`)
 * contains that instant. An invalid `at` is a programming error: RangeError.
 */
import { BAN_CATEGORIES, type BanCategory } from './categories';
import { periodOf } from './evaluate';
import { LEXICON } from './lexicon';
import type { RuleOfKind } from './registry';
import { Zone } from './time';
import type { CaseFile } from './types';

export type ScreenLocale = 'en' | 'ru' | 'kk';

export interface BanMatch {
	ruleId: string;
	category: BanCategory;
	/** The words of the text that matched, as written there, each once, in text order. */
	words: string[];
	/** `keyword`: the rule's own keywords; `lexicon`: the built-in word lists. */
	source: 'keyword' | 'lexicon';
}

type ActivityBanRule = RuleOfKind<'activity-ban'>;

// ---------------------------------------------------------------------------------------------
// Words

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200C\u200D]*/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const LATIN_MARKS_RE = /(\p{Script=Latin})\p{M}+/gu;
const INVISIBLE_RE = /[\u00AD\u200C\u200D]/g;
const KAZAKH_FOLD: Readonly<Record<string, string>> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ё: 'е' };
const KAZAKH_RE = /[әғқңөұүһіё]/g;
const LOOKALIKE: Readonly<Record<string, string>> = { a: 'а', c: 'с', e: 'е', i: 'и', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };
const LOOKALIKE_RE = /[aceikmoptxy]/g;
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /[a-z]/;
const NUMBER_RE = /^\p{N}+$/u;
const CAMEL_RE = /(?<=\p{Ll})(?=\p{Lu})/u;

/** The form of a word that entries and text are compared in. */
function fold(word: string, locale: ScreenLocale): string {
	let folded = word.normalize('NFKC').toLocaleLowerCase(locale);
	if (/[^\u0000-\u007f]/.test(folded)) {
		folded = folded.normalize('NFD').replace(LATIN_MARKS_RE, '$1').normalize('NFC');
		folded = folded.replace(INVISIBLE_RE, '').replace(KAZAKH_RE, (letter) => KAZAKH_FOLD[letter]!);
		if (CYRILLIC_RE.test(folded) && LATIN_RE.test(folded)) folded = folded.replace(LOOKALIKE_RE, (letter) => LOOKALIKE[letter]!);
	}
	return folded;
}

interface Token {
	/** Where the word is in the text. */
	start: number;
	end: number;
	folded: string;
	/** A hyphen joins it to the next word ("post-war"): it is the front of a compound. */
	hyphenNext: boolean;
}

function hyphenAt(text: string, index: number): boolean {
	return HYPHENS.has(text[index] ?? '');
}

/**
 * The text as runs of words to search: the whole text, then each camel-case hashtag or mention
 * split into its words (a run of its own, so a phrase never spans a hashtag's edge and the text).
 */
function readText(text: string, locale: ScreenLocale): Token[][] {
	const words: Token[] = [];
	const extra: Token[][] = [];
	for (const found of text.matchAll(WORD_RE)) {
		const start = found.index;
		const end = start + found[0].length;
		const hyphenNext = hyphenAt(text, end) && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '');
		words.push({ start, end, folded: fold(found[0], locale), hyphenNext });
		const before = text[start - 1];
		if ((before === '#' || before === '@') && CAMEL_RE.test(found[0])) {
			const parts: Token[] = [];
			let offset = start;
			for (const part of found[0].split(CAMEL_RE)) {
				parts.push({ start: offset, end: offset + part.length, folded: fold(part, locale), hyphenNext: false });
				offset += part.length;
			}
			extra.push(parts);
		}
	}
	return [words, ...extra];
}

// ---------------------------------------------------------------------------------------------
// Entries and the matcher

interface EntryWord {
	text: string;
	/** `word*`: any word starting with `text`. */
	prefix: boolean;
	/** `#`: any number. */
	number: boolean;
	/** Written joined to the previous word by a hyphen ("sit-in"): the text must join them too. */
	hyphenBefore: boolean;
}

interface Pattern {
	words: EntryWord[];
	/** What a match means: a category index for the lexicon, a keyword group for keywords. */
	tag: number;
	exclusion: boolean;
}

const ENTRY_WORD_RE = /#|[\p{L}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200C\u200D]*/gu;

/** Parses an entry (see lexicon.ts); `syntax` false reads it as plain words (no `!`, no `#`). */
function parseEntry(entry: string, tag: number, syntax: boolean): Pattern | undefined {
	const trimmed = entry.trim();
	const exclusion = syntax && trimmed.startsWith('!');
	const words: EntryWord[] = [];
	let previousEnd = -1;
	for (const found of trimmed.matchAll(ENTRY_WORD_RE)) {
		const start = found.index;
		const end = start + found[0].length;
		const number = found[0] === '#';
		// `#` is "any number" only standing alone in lexicon syntax; elsewhere it is punctuation.
		const standalone = /[\s!]/.test(trimmed[start - 1] ?? ' ') && /\s/.test(trimmed[end] ?? ' ');
		if (number && !(syntax && standalone)) continue;
		const prefix = !number && trimmed[end] === '*';
		const hyphenBefore = words.length > 0 && previousEnd === start - 1 && hyphenAt(trimmed, start - 1);
		words.push({ text: number ? '' : fold(found[0], 'en'), prefix, number, hyphenBefore });
		previousEnd = end;
	}
	return words.length > 0 ? { words, tag, exclusion } : undefined;
}

interface Hit {
	tag: number;
	exclusion: boolean;
	run: Token[];
	from: number;
	/** Index of the last word, inclusive. */
	to: number;
}

function wordMatches(word: EntryWord, token: Token): boolean {
	if (word.number) return NUMBER_RE.test(token.folded);
	return word.prefix ? token.folded.startsWith(word.text) : token.folded === word.text;
}

/** Entries indexed by their first word: exact words by value, stems by every prefix length. */
class Matcher {
	private readonly exact = new Map<string, Pattern[]>();
	private readonly stems = new Map<string, Pattern[]>();
	private readonly numberFirst: Pattern[] = [];
	private shortestStem = Infinity;
	private longestStem = 0;

	add(pattern: Pattern): void {
		const first = pattern.words[0]!;
		if (first.number) {
			this.numberFirst.push(pattern);
			return;
		}
		const map = first.prefix ? this.stems : this.exact;
		const list = map.get(first.text);
		if (list) list.push(pattern);
		else map.set(first.text, [pattern]);
		if (first.prefix) {
			this.shortestStem = Math.min(this.shortestStem, first.text.length);
			this.longestStem = Math.max(this.longestStem, first.text.length);
		}
	}

	private matchFrom(pattern: Pattern, run: Token[], from: number): number {
		const { words } = pattern;
		for (let i = 0; i < words.length; i++) {
			const token = run[from + i];
			const word = words[i]!;
			if (!token || !wordMatches(word, token)) return -1;
			if (word.hyphenBefore && !run[from + i - 1]!.hyphenNext) return -1;
		}
		const last = words[words.length - 1]!;
		// A plain word is a whole word, not the front of a compound: "post" is not in "post-war".
		if (!last.prefix && !last.number && run[from + words.length - 1]!.hyphenNext) return -1;
		return from + words.length - 1;
	}

	hits(run: Token[], into: Hit[]): void {
		for (let from = 0; from < run.length; from++) {
			const { folded } = run[from]!;
			const candidates: Pattern[] = [];
			const exact = this.exact.get(folded);
			if (exact) candidates.push(...exact);
			const longest = Math.min(this.longestStem, folded.length);
			for (let length = this.shortestStem; length <= longest; length++) {
				const stems = this.stems.get(folded.slice(0, length));
				if (stems) candidates.push(...stems);
			}
			if (this.numberFirst.length > 0 && NUMBER_RE.test(folded)) candidates.push(...this.numberFirst);
			for (const pattern of candidates) {
				const to = this.matchFrom(pattern, run, from);
				if (to >= 0) into.push({ tag: pattern.tag, exclusion: pattern.exclusion, run, from, to });
			}
		}
	}
}

/**
 * The words matched under each tag: hits that touch an exclusion of the same tag dropped, then
 * the longest hit first where hits overlap.
 */
function wordsByTag(hits: readonly Hit[], text: string): Map<number, string[]> {
	const result = new Map<number, string[]>();
	const keep = hits
		.filter((hit) => !hit.exclusion && !hits.some((other) => other.exclusion && other.tag === hit.tag && other.run === hit.run && other.from <= hit.to && hit.from <= other.to))
		.sort((a, b) => a.tag - b.tag || a.run[a.from]!.start - b.run[b.from]!.start || b.to - b.from - (a.to - a.from));
	const seen = new Map<number, { taken: { run: Token[]; from: number; to: number }[]; keys: Set<string> }>();
	const spans: { tag: number; start: number; word: string }[] = [];
	for (const hit of keep) {
		let state = seen.get(hit.tag);
		if (!state) seen.set(hit.tag, (state = { taken: [], keys: new Set() }));
		if (state.taken.some((span) => span.run === hit.run && span.from <= hit.to && hit.from <= span.to)) continue;
		state.taken.push(hit);
		const start = hit.run[hit.from]!.start;
		const word = text.slice(start, hit.run[hit.to]!.end).replace(/\s+/gu, ' ');
		const key = word.toLowerCase();
		if (state.keys.has(key)) continue;
		state.keys.add(key);
		spans.push({ tag: hit.tag, start, word });
	}
	spans.sort((a, b) => a.start - b.start);
	for (const { tag, word } of spans) {
		const list = result.get(tag);
		if (list) list.push(word);
		else result.set(tag, [word]);
	}
	return result;
}

// ---------------------------------------------------------------------------------------------
// The lexicon and each rule's keywords, compiled once

let lexiconMatcher: Matcher | undefined;

function lexicon(): Matcher {
	if (lexiconMatcher) return lexiconMatcher;
	const matcher = new Matcher();
	BAN_CATEGORIES.forEach((category, tag) => {
		const { en, ru, kk } = LEXICON[category];
		// The same loanword is often listed in two languages (митинг*, партия*): compile it once.
		for (const entry of new Set([...en, ...ru, ...kk])) {
			const pattern = parseEntry(entry, tag, true);
			if (pattern) matcher.add(pattern);
		}
	});
	return (lexiconMatcher = matcher);
}

function lexiconCategories(runs: readonly Token[][]): Set<BanCategory> {
	const hits: Hit[] = [];
	for (const run of runs) lexicon().hits(run, hits);
	const categories = new Set<BanCategory>();
	for (const tag of wordsByTag(hits, '').keys()) categories.add(BAN_CATEGORIES[tag]!);
	return categories;
}

interface CompiledKeywords {
	keywords: ActivityBanRule['keywords'];
	categories: ActivityBanRule['categories'];
	matcher: Matcher;
}

const keywordCache = new WeakMap<ActivityBanRule, CompiledKeywords>();

/** The category a keyword is filed under (see the top of this file); the tag is its index. */
function keywordCategory(keyword: string, banned: readonly BanCategory[]): BanCategory {
	const inLexicon = lexiconCategories(readText(keyword.replaceAll('*', ''), 'en'));
	const hit = BAN_CATEGORIES.find((category) => banned.includes(category) && inLexicon.has(category));
	return hit ?? (banned.length === 1 ? banned[0]! : 'other');
}

function keywordsOf(rule: ActivityBanRule): Matcher {
	const cached = keywordCache.get(rule);
	if (cached && cached.keywords === rule.keywords && cached.categories === rule.categories) return cached.matcher;
	const matcher = new Matcher();
	for (const keyword of rule.keywords ?? []) {
		const tag = BAN_CATEGORIES.indexOf(keywordCategory(keyword, rule.categories));
		const pattern = parseEntry(keyword, tag, false);
		if (pattern) matcher.add(pattern);
	}
	keywordCache.set(rule, { keywords: rule.keywords, categories: rule.categories, matcher });
	return matcher;
}

// ---------------------------------------------------------------------------------------------

function activeAt(rule: ActivityBanRule, file: CaseFile, at: number): boolean {
	const period = periodOf(rule, file, Zone.of(file.case.timeZone));
	return at >= period.start && at <= period.end;
}

export function screenActivity(file: CaseFile, text: string, locale: ScreenLocale = 'en', at?: Date): BanMatch[] {
	const atMs = at?.getTime();
	if (atMs !== undefined && Number.isNaN(atMs)) throw new RangeError('screenActivity: invalid date');
	const bans = file.rules.filter((rule): rule is ActivityBanRule => rule.kind === 'activity-ban' && (atMs === undefined || activeAt(rule, file, atMs)));
	if (bans.length === 0) return [];

	const runs = readText(text, locale);
	const lexiconHits: Hit[] = [];
	for (const run of runs) lexicon().hits(run, lexiconHits);
	const lexiconWords = wordsByTag(lexiconHits, text);

	const matches: BanMatch[] = [];
	for (const rule of bans) {
		const keywordHits: Hit[] = [];
		const keywords = keywordsOf(rule);
		for (const run of runs) keywords.hits(run, keywordHits);
		const keywordWords = wordsByTag(keywordHits, text);
		BAN_CATEGORIES.forEach((category, tag) => {
			const words = keywordWords.get(tag);
			if (words) matches.push({ ruleId: rule.id, category, words, source: 'keyword' });
		});
		BAN_CATEGORIES.forEach((category, tag) => {
			const words = lexiconWords.get(tag);
			if (words && rule.categories.includes(category)) matches.push({ ruleId: rule.id, category, words, source: 'lexicon' });
		});
	}
	return matches;
}
