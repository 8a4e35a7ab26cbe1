import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile, screenActivity, type CaseFile } from '$lib/domain';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { activityBans, highlight, logPlanHref, matchedCategories, matchedWords, matchesByRule } from './results';

const file = parseCaseFile(example);
const now = new Date('2026-11-23T12:00:00+05:00');

const marked = (text: string, words: string[]) =>
	highlight(text, words)
		.filter((s) => s.marked)
		.map((s) => s.text);

describe('highlight', () => {
	it('marks every occurrence of the matched words, whatever their case', () => {
		expect(marked('Post a post about the POST office', ['post'])).toEqual(['Post', 'post', 'POST']);
	});

	it('keeps the text whole, in order', () => {
		const text = 'Give an interview to a newspaper';
		const segments = highlight(text, ['interview', 'newspaper']);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments).toEqual([
			{ text: 'Give an ', marked: false },
			{ text: 'interview', marked: true },
			{ text: ' to a ', marked: false },
			{ text: 'newspaper', marked: true }
		]);
	});

	it('marks phrases across any spaces, and merges overlaps', () => {
		expect(marked('a round   table today', ['round table', 'table'])).toEqual(['round   table']);
	});

	it('marks a word inside a longer one only when it is nowhere on its own', () => {
		expect(marked('#StopTheRally', ['Rally'])).toEqual(['Rally']);
		expect(marked('rally, not a rallying cry', ['rally'])).toEqual(['rally']);
	});

	it('treats the text as text: markup stays literal', () => {
		const text = '<img src=x onerror=alert(1)> post';
		expect(highlight(text, ['post'])).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', marked: false },
			{ text: 'post', marked: true }
		]);
		expect(highlight('(.*)', ['.*'])).toEqual([
			{ text: '(', marked: false },
			{ text: '.*', marked: true },
			{ text: ')', marked: false }
		]);
	});

	it('gives back the text for any words', () => {
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }), (text, words) => {
				expect(
					highlight(text, words)
						.map((s) => s.text)
						.join('')
				).toBe(text);
			})
		);
	});

	it('highlights what the screening found, in Russian and Kazakh too', () => {
		for (const text of ['Дать интервью газете и выложить пост в Instagram', 'Газетке сұхбат беру, әлеуметтік желіге салу', 'Give an interview to a newspaper; #StopTheRally']) {
			const words = matchedWords(screenActivity(file, text, undefined, now));
			expect(words.length, text).toBeGreaterThan(0);
			expect(marked(text, words).length, text).toBeGreaterThanOrEqual(words.length);
		}
	});
});

describe('results by rule', () => {
	it('groups the matches under each ban, in file order', () => {
		const matches = screenActivity(file, 'Give an interview and post it on Instagram', undefined, now);
		const { inForce } = activityBans(file, now);
		const groups = matchesByRule(matches, inForce);
		expect(groups.map((g) => g.rule.id)).toEqual(['rule-activity-ban']);
		// One line per category, both sources together.
		expect(groups[0]!.categories).toEqual([
			{ category: 'journalism', words: ['interview'], sources: ['keyword', 'lexicon'] },
			{ category: 'social-media', words: ['post', 'Instagram'], sources: ['keyword', 'lexicon'] }
		]);
		expect(matchesByRule(screenActivity(file, 'a TikTok video', undefined, now), inForce)[0]!.categories).toEqual([{ category: 'social-media', words: ['TikTok'], sources: ['lexicon'] }]);
		expect(matchedCategories(matches)).toEqual(['journalism', 'social-media']);
		expect(matchedWords(matches).map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['interview', 'post', 'instagram']));
	});

	it('tells bans in force from bans not in force', () => {
		expect(activityBans(file, now).inForce.map((r) => r.id)).toEqual(['rule-activity-ban']);
		expect(activityBans(file, new Date('2031-01-01T00:00:00Z')).inForce).toEqual([]);
		expect(activityBans(file, new Date('2031-01-01T00:00:00Z')).all).toHaveLength(1);
		const noBan: CaseFile = { ...file, rules: file.rules.filter((r) => r.kind !== 'activity-ban'), checkIns: [] };
		expect(activityBans(noBan, now)).toEqual({ all: [], inForce: [] });
	});

	it('links to the activity form with the plan prefilled', () => {
		expect(logPlanHref('  Give a talk & sign books ', '2026-12-01')).toBe('/checkin?kind=activity&description=Give+a+talk+%26+sign+books&planned=2026-12-01');
		expect(logPlanHref('Talk', '')).toBe('/checkin?kind=activity&description=Talk');
	});
});
