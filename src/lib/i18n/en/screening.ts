/**
 * English for "Can I do this?": the question, the word check's results, and the caveat that
 * goes with every result.
 */
import type { CatalogShape } from '../catalog';
import type { Formatter } from '../format';
import type { Translate } from '$lib/domain';

export const screening = {
	'canI.title': 'Can I do this?',
	'canI.intro': 'Describe what you plan to do, in your own words, in any language. The app looks for words your activity bans may cover.',
	'canI.text': 'What do you plan to do?',
	'canI.text.hint': 'For example: "Give an interview to a newspaper" or "Пост в Instagram о суде".',
	'canI.date': 'When? (if you know)',
	'canI.check': 'Check',
	'canI.caveat': 'This is a word check, not legal advice. Bans like these are vague; ask your lawyer before you act.',
	'canI.noBan': 'Your case has no activity ban, so there is nothing to check this against. If you are not sure what your sentence allows, ask your lawyer.',
	'canI.noBanInForce': 'None of your activity bans is in force today, so nothing was checked. Ask your lawyer if you are not sure.',
	'canI.results': 'Result',
	'canI.found': (p: { count: number }, f: Formatter) => (p.count === 1 ? 'This may fall under one of your bans.' : `This may fall under ${f.plural(p.count, { one: '# of your bans', other: '# of your bans' })}.`),
	'canI.yourText': 'The words found, in your text:',
	'canI.match': (p: { category: string; words: string[] }, f: Formatter, t: Translate) => `${capitalise(t(`category.${p.category}`))}: ${f.list(p.words.map((w) => `“${w}”`))}`,
	'canI.source.keyword': '(words listed for this condition)',
	'canI.source.lexicon': "(the app's word list)",
	'canI.source.keyword+lexicon': "(words listed for this condition and the app's word list)",
	'canI.nothing': "No ban's words were found in this text.",
	'canI.log': 'Log it as a planned activity',
	'canI.log.hint': 'Keeps a record that you checked and what you decided, to show your lawyer if you need to.'
} satisfies CatalogShape;

function capitalise(text: string): string {
	return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

// Formatter is here for messages that format dates, money or plurals.
export type { Formatter };
