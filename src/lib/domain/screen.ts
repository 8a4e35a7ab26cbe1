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
 * Clarifications come first. An answered `clarification` of the ban (not superseded) names
 * activities the ban covers (`answer.covers`) or does not (`answer.excludes`), in keyword syntax;
 * they join the rule's own keywords. A text that matches one gives a `clarification` match citing
 * the answer (its check-in, date, source, verdict and the items matched): "covered: the court said
 * on 2 Oct that interviews are included". Keyword and lexicon matches whose words all lie within
 * words an answer excludes are dropped: the answer is more specific than the word list.
 *
 * When nothing at all matched for a ban, the near-lexicon (near.ts) is tried for the categories it
 * bans: a hit is an `unclear` match ("unclear — ask in writing and log the answer"), never a
 * "yes, allowed".
 *
 * Result: one `BanMatch` per rule, category and source that matched; rules in file order, for
 * each rule clarification matches (covered, then excluded; answers in file order), then keyword
 * matches, then lexicon matches, or else unclear ones; categories in BAN_CATEGORIES order. `words`
 * are the matched words as written in the text (spaces collapsed), each once, in text order.
 *
 * Without `at` every activity-ban rule is screened. With `at`, only rules whose period (the
 * rule's `from`/`until`, else the sentence's; inclusive local dates in `case.timeZone`)
 * contains that instant. An invalid `at` is a programming error: RangeError.
 */
import { BAN_CATEGORIES, type BanCategory } from './categories';
import { periodOf } from './evaluate';
import { LEXICON, type LexiconEntries } from './lexicon';
import { NEAR } from './near';
import type { CheckInOf } from './checkins';
import type { RuleOfKind } from './registry';
import { Zone } from './time';
import type { CaseFile } from './types';

export type ScreenLocale = 'en' | 'ru' | 'kk';

export interface BanMatch {
	ruleId: string;
	category: BanCategory;
	/** The words of the text that matched, as written there, each once, in text order. */
	words: string[];
	/**
	 * `clarification`: an answered clarification of the ban names it (see `clarification`);
	 * `keyword`: the rule's own keywords; `lexicon`: the built-in word lists; `unclear`: none of
	 * those, but the activity is near a banned category (near.ts): ask in writing.
	 */
	source: 'clarification' | 'keyword' | 'lexicon' | 'unclear';
	/** For `clarification`: the answer cited. */
	clarification?: ClarificationCitation;
}

export interface ClarificationCitation {
	/** The answered clarification check-in. */
	checkInId: string;
	/** The answer's local date and source ("Ruling of the district court"). */
	on: string;
	source: string;
	/** `covered`: the answer says the ban includes it; `excluded`: that it does not. */
	verdict: 'covered' | 'excluded';
	/** The answer's items that matched, as written in the answer. */
	items: string[];
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

const lexiconMatchers = new Map<Readonly<Record<BanCategory, LexiconEntries>>, Matcher>();

/** The built-in word lists (LEXICON), or the near-lexicon (NEAR), compiled once. */
function lexicon(words: Readonly<Record<BanCategory, LexiconEntries>> = LEXICON): Matcher {
	const compiled = lexiconMatchers.get(words);
	if (compiled) return compiled;
	const matcher = new Matcher();
	BAN_CATEGORIES.forEach((category, tag) => {
		const { en, ru, kk } = words[category];
		// The lexicon's exclusions ("donate blood") hold for the near-lexicon too.
		const exclusions = words === LEXICON ? [] : [...LEXICON[category].en, ...LEXICON[category].ru, ...LEXICON[category].kk].filter((entry) => entry.startsWith('!'));
		// The same loanword is often listed in two languages (митинг*, партия*): compile it once.
		for (const entry of new Set([...en, ...ru, ...kk, ...exclusions])) {
			const pattern = parseEntry(entry, tag, true);
			if (pattern) matcher.add(pattern);
		}
	});
	lexiconMatchers.set(words, matcher);
	return matcher;
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

type Clarification = CheckInOf<'clarification'>;
type Answered = Clarification & { answer: NonNullable<Clarification['answer']> };

/** Answered clarifications of each ban that no correction supersedes, in file order. */
function answeredClarifications(file: CaseFile): Map<string, Answered[]> {
	const superseded = new Set<string>();
	for (const checkIn of file.checkIns) if (checkIn.supersedes !== undefined) superseded.add(checkIn.supersedes);
	const byRule = new Map<string, Answered[]>();
	for (const checkIn of file.checkIns) {
		if (checkIn.kind !== 'clarification' || !checkIn.answer || checkIn.ruleId === undefined || superseded.has(checkIn.id)) continue;
		const list = byRule.get(checkIn.ruleId);
		if (list) list.push(checkIn as Answered);
		else byRule.set(checkIn.ruleId, [checkIn as Answered]);
	}
	return byRule;
}

/**
 * What the answers to a ban's clarifications say about the text: one match per answer, verdict
 * and category, with the text's words and the answer's items that matched. An item is read like a
 * keyword (`interview*`) and filed under a category the same way.
 */
function clarificationMatches(rule: ActivityBanRule, answered: readonly Answered[], runs: readonly Token[][], text: string): BanMatch[] {
	const matches: BanMatch[] = [];
	for (const verdict of ['covered', 'excluded'] as const) {
		for (const clarification of answered) {
			const items = (verdict === 'covered' ? clarification.answer.covers : clarification.answer.excludes) ?? [];
			const byCategory = new Map<BanCategory, { items: string[]; hits: Hit[] }>();
			for (const item of items) {
				const category = keywordCategory(item, rule.categories);
				const pattern = parseEntry(item, BAN_CATEGORIES.indexOf(category), false);
				if (!pattern) continue;
				const matcher = new Matcher();
				matcher.add(pattern);
				const hits: Hit[] = [];
				for (const run of runs) matcher.hits(run, hits);
				if (hits.length === 0) continue;
				let entry = byCategory.get(category);
				if (!entry) byCategory.set(category, (entry = { items: [], hits: [] }));
				entry.items.push(item);
				entry.hits.push(...hits);
			}
			for (const category of BAN_CATEGORIES) {
				const entry = byCategory.get(category);
				if (!entry) continue;
				const words = [...wordsByTag(entry.hits, text).values()].flat();
				matches.push({
					ruleId: rule.id,
					category,
					words,
					source: 'clarification',
					clarification: { checkInId: clarification.id, on: clarification.answer.on, source: clarification.answer.source, verdict, items: entry.items }
				});
			}
		}
	}
	return matches;
}

/** Whether every word of a match is among the words an answer said the ban excludes. */
function allExcluded(words: readonly string[], excluded: ReadonlySet<string>): boolean {
	return words.length > 0 && words.every((word) => excluded.has(word.toLowerCase()) || [...excluded].some((phrase) => phrase.includes(word.toLowerCase())));
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
	const clarifications = answeredClarifications(file);
	let nearWords: Map<number, string[]> | undefined;

	const matches: BanMatch[] = [];
	for (const rule of bans) {
		const ofRule: BanMatch[] = clarificationMatches(rule, clarifications.get(rule.id) ?? [], runs, text);
		const excluded = new Set(ofRule.filter((match) => match.clarification?.verdict === 'excluded').flatMap((match) => match.words.map((word) => word.toLowerCase())));
		const keywordHits: Hit[] = [];
		const keywords = keywordsOf(rule);
		for (const run of runs) keywords.hits(run, keywordHits);
		const keywordWords = wordsByTag(keywordHits, text);
		BAN_CATEGORIES.forEach((category, tag) => {
			const words = keywordWords.get(tag);
			if (words && !allExcluded(words, excluded)) ofRule.push({ ruleId: rule.id, category, words, source: 'keyword' });
		});
		BAN_CATEGORIES.forEach((category, tag) => {
			const words = lexiconWords.get(tag);
			if (words && rule.categories.includes(category) && !allExcluded(words, excluded)) ofRule.push({ ruleId: rule.id, category, words, source: 'lexicon' });
		});
		if (ofRule.length === 0) {
			if (!nearWords) {
				const nearHits: Hit[] = [];
				for (const run of runs) lexicon(NEAR).hits(run, nearHits);
				nearWords = wordsByTag(nearHits, text);
			}
			BAN_CATEGORIES.forEach((category, tag) => {
				const words = nearWords!.get(tag);
				if (words && rule.categories.includes(category)) ofRule.push({ ruleId: rule.id, category, words, source: 'unclear' });
			});
		}
		matches.push(...ofRule);
	}
	return matches;
}
