/**
 * The catalog keys these screens build at run time (`checkin.kind.${kind}`…) all exist, and every
 * message of the three screens renders as a sentence with typical parameters.
 */
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, CHECK_IN_KINDS, CHECK_IN_RULE_KINDS } from '$lib/domain/checkins';
import { englishMessages } from '$lib/i18n';
import { en, SCREENS } from '$lib/i18n/en/all';
import { checkin } from '$lib/i18n/en/checkin';
import { history } from '$lib/i18n/en/history';
import { screening } from '$lib/i18n/en/screening';
import type { AmountProblem } from '$lib/ui/kit/money';

const PROBLEMS: AmountProblem[] = ['empty', 'invalid', 'decimals', 'zero', 'tooLarge'];

describe('the catalog of Check in, History and Can I do this?', () => {
	it('has every key the screens build from a kind, a change, a problem or a source', () => {
		const keys = [
			...CHECK_IN_KINDS.flatMap((kind) => [`checkin.kind.${kind}`, `checkin.pick.${kind}`, `checkin.heading.${kind}`, `checkin.save.${kind}`]),
			...CHECK_IN_KINDS.filter((kind) => CHECK_IN_RULE_KINDS[kind].required).map((kind) => `checkin.rule.missing.${kind}`),
			...CHANGE_KINDS.map((change) => `checkin.change.${change}`),
			...PROBLEMS.map((problem) => `checkin.problem.amount.${problem}`),
			...['denied', 'unavailable', 'timeout', 'unsupported'].map((reading) => `checkin.location.${reading}`),
			...['keyword', 'lexicon', 'keyword+lexicon'].map((sources) => `canI.source.${sources}`)
		];
		for (const key of keys) expect(en, key).toHaveProperty([key]);
	});

	it('renders every message as plain words', () => {
		const { t } = englishMessages('Asia/Almaty', SCREENS);
		const params = {
			kind: 'payment',
			rule: 'Fine',
			at: '9 Oct 2026, 14:00',
			recordedAt: '23 Nov 2026, 12:00',
			zone: 'Asia/Almaty',
			currency: 'KZT',
			amount: 4_000_050,
			words: ['post', 'Instagram'],
			categories: ['journalism', 'social-media'],
			category: 'social-media',
			destination: 'Astana',
			from: '2026-12-01',
			to: '2026-12-03',
			what: 'phone',
			on: '2026-08-03',
			date: '2026-09-14',
			lat: '43.23895',
			lon: '76.88971',
			accuracy: 13,
			text: 'Entered twice',
			trip: 'Astana, 1 Dec 2026 – 3 Dec 2026',
			entry: 'Payment, 9 Oct 2026, 14:00',
			shown: 200,
			total: 5030,
			count: 2
		};
		for (const key of [...Object.keys(checkin), ...Object.keys(history), ...Object.keys(screening)]) {
			const text = t(key, params);
			expect(text, key).not.toBe(key);
			expect(text, key).not.toMatch(/undefined|NaN|\[object|category\.|change\.|checkin\.kind/);
		}
		expect(t('checkin.suggest', params)).toBe('The words “post” and “Instagram” may point to: journalism and social media. Tick them if they fit.');
		expect(t('history.count', params)).toBe('Showing 200 of 5,030 entries');
		expect(t('history.fact.amount', params)).toBe('₸40,000.50');
		expect(t('canI.match', params)).toBe('Social media: “post” and “Instagram”');
	});
});
