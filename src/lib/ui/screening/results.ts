/**
 * "Can I do this?": the screening's matches arranged for the screen — by ban rule, the words to
 * highlight in the person's own text, and which bans are in force.
 */
import { BAN_CATEGORIES, type BanCategory } from '$lib/domain/checkins';
import { periodOf } from '$lib/domain/evaluate';
import { Zone } from '$lib/domain/time';
import type { BanMatch, CaseFile, RuleOfKind } from '$lib/domain';

export type ActivityBan = RuleOfKind<'activity-ban'>;

/** What one ban matched under one category: the words, and where they came from. */
export interface CategoryMatch {
	category: BanCategory;
	/** Each once (case-insensitively), the rule's own keywords' words first. */
	words: string[];
	/** `keyword`: the rule's own keywords; `lexicon`: the app's word lists. */
	sources: BanMatch['source'][];
}

export interface RuleMatches {
	rule: ActivityBan;
	categories: CategoryMatch[];
}

/** The case's activity bans, and those in force at `now` (the only ones screened). */
export function activityBans(file: CaseFile, now: Date): { all: ActivityBan[]; inForce: ActivityBan[] } {
	const zone = Zone.of(file.case.timeZone);
	const all = file.rules.filter((rule): rule is ActivityBan => rule.kind === 'activity-ban');
	const inForce = all.filter((rule) => {
		const period = periodOf(rule, file, zone);
		return now.getTime() >= period.start && now.getTime() <= period.end;
	});
	return { all, inForce };
}

/**
 * Matches by rule, in the file's order of rules; under each, one line per category (in the
 * usual order) with the words of both sources together, so a category is said once.
 */
export function matchesByRule(matches: readonly BanMatch[], bans: readonly ActivityBan[]): RuleMatches[] {
	const groups: RuleMatches[] = [];
	for (const rule of bans) {
		const ofRule = matches.filter((match) => match.ruleId === rule.id);
		if (ofRule.length === 0) continue;
		const categories = matchedCategories(ofRule).map((category): CategoryMatch => {
			const ofCategory = ofRule.filter((match) => match.category === category);
			return {
				category,
				words: matchedWords(ofCategory),
				sources: (['keyword', 'lexicon'] as const).filter((source) => ofCategory.some((match) => match.source === source))
			};
		});
		groups.push({ rule, categories });
	}
	return groups;
}

/** The categories found, each once, in the usual order. */
export function matchedCategories(matches: readonly BanMatch[]): BanCategory[] {
	const found = new Set(matches.map((match) => match.category));
	return BAN_CATEGORIES.filter((category) => found.has(category));
}

export interface Segment {
	text: string;
	marked: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text cut into plain and marked pieces, marking every occurrence of the matched `words`
 * (case-insensitively; a space in a matched phrase stands for any run of spaces). An occurrence
 * inside a longer word is marked only when the word occurs nowhere on its own — the screening
 * reads camel-case hashtags word by word, so "Rally" can match inside "#StopTheRally".
 */
export function highlight(text: string, words: readonly string[]): Segment[] {
	const ranges: [number, number][] = [];
	for (const word of words) {
		const pattern = word.trim().split(/\s+/u).filter(Boolean).map(escapeRegExp).join('\\s+');
		if (!pattern) continue;
		const found: { range: [number, number]; whole: boolean }[] = [];
		for (const match of text.matchAll(new RegExp(pattern, 'giu'))) {
			if (match[0] === '') continue;
			const start = match.index;
			const end = start + match[0].length;
			const whole = !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
			found.push({ range: [start, end], whole });
		}
		const wholeOnes = found.filter((f) => f.whole);
		for (const f of wholeOnes.length ? wholeOnes : found) ranges.push(f.range);
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged[merged.length - 1];
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	const segments: Segment[] = [];
	let position = 0;
	for (const [start, end] of merged) {
		if (start > position) segments.push({ text: text.slice(position, start), marked: false });
		segments.push({ text: text.slice(start, end), marked: true });
		position = end;
	}
	if (position < text.length) segments.push({ text: text.slice(position), marked: false });
	return segments;
}

/** Every matched word once (case-insensitively), in the order found. */
export function matchedWords(matches: readonly BanMatch[]): string[] {
	const seen = new Set<string>();
	const words: string[] = [];
	for (const match of matches) {
		for (const word of match.words) {
			const key = word.toLocaleLowerCase();
			if (!seen.has(key)) {
				seen.add(key);
				words.push(word);
			}
		}
	}
	return words;
}

/** The address of the activity check-in form, prefilled with the plan. */
export function logPlanHref(description: string, plannedOn: string): string {
	const params = new URLSearchParams({ kind: 'activity', description: description.trim() });
	if (plannedOn) params.set('planned', plannedOn);
	return `/checkin?${params.toString()}`;
}
