import { describe, expect, it } from 'vitest';
import { evaluate, parseCaseFile, screenActivity } from '$lib/domain';
import english from '../../../../docs/examples/almaty-suspended-sentence.json';
import russian from '../../../../docs/examples/almaty-suspended-sentence.ru.json';

/** Fields a person writes in their own words: the only ones a translation changes. */
const HUMAN_TEXT = new Set(['title', 'notes', 'note', 'description', 'destination', 'what', 'place', 'area', 'payee', 'keywords', 'name', 'address', 'hours', 'question', 'askedTo', 'source', 'text', 'covers', 'excludes']);
/** A change check-in's `what` is a code (`phone`), a deadline's is words. */
const CHANGE_CODES = new Set(['residence', 'work', 'study', 'phone']);
const isHuman = (key: string, value: unknown) => HUMAN_TEXT.has(key) && !(key === 'what' && CHANGE_CODES.has(String(value)));

/** The file without its human texts: ids, kinds, dates, times, amounts, references, geofences. */
function structure(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(structure);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).filter(([key, inner]) => !isHuman(key, inner)).map(([key, inner]) => [key, structure(inner)]));
	}
	return value;
}

/** Every human text of the file, with where it is. */
function texts(value: unknown, path = ''): [string, string][] {
	if (Array.isArray(value)) return value.flatMap((inner, i) => texts(inner, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, inner]) =>
			isHuman(key, inner) ? (Array.isArray(inner) ? inner.map((text, i) => [`${path}.${key}[${i}]`, String(text)] as [string, string]) : [[`${path}.${key}`, String(inner)] as [string, string]]) : texts(inner, `${path}.${key}`)
		);
	}
	return [];
}

describe('the Russian demo case (docs/examples/almaty-suspended-sentence.ru.json)', () => {
	const en = parseCaseFile(english);
	const ru = parseCaseFile(russian);

	it('parses, with the same rule and check-in ids, kinds, dates and amounts as the English one', () => {
		expect(ru.rules.map((rule) => [rule.id, rule.kind])).toEqual(en.rules.map((rule) => [rule.id, rule.kind]));
		expect(ru.checkIns.map((checkIn) => [checkIn.id, checkIn.kind, checkIn.at, checkIn.recordedAt])).toEqual(
			en.checkIns.map((checkIn) => [checkIn.id, checkIn.kind, checkIn.at, checkIn.recordedAt])
		);
		expect(structure(russian)).toEqual(structure(english));
	});

	it('has every human text in Russian', () => {
		const englishTexts = new Map(texts(english));
		const russianTexts = texts(russian);
		expect(russianTexts.map(([path]) => path)).toEqual([...englishTexts.keys()]);
		for (const [path, text] of russianTexts) {
			expect(text, path).toMatch(/[а-яё]/i);
			expect(text, path).not.toBe(englishTexts.get(path));
		}
	});

	it('has the same status as the English one, and its own keywords catch Russian plans', () => {
		const now = new Date('2026-11-23T12:00:00+05:00');
		const summary = (file: typeof en) => {
			const status = evaluate(file, now);
			return { level: status.level, alerts: status.alerts.map(({ id, code, severity, params }) => ({ id, code, severity, params })), states: status.rules.map((rule) => rule.state) };
		};
		expect(summary(ru)).toEqual(summary(en));
		const keywordWords = screenActivity(ru, 'Выступить на круглом столе и дать интервью', 'ru')
			.filter((match) => match.source === 'keyword')
			.flatMap((match) => match.words);
		expect(keywordWords).toEqual(['круглом столе', 'интервью']);
	});
});
