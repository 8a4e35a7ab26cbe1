import { describe, expect, it } from 'vitest';
import { isLanguage, preferredLanguage } from './languages';

describe('preferredLanguage', () => {
	it('takes the first preferred language Clearday has, by its primary subtag', () => {
		expect(preferredLanguage(['kk-KZ', 'ru-RU', 'en'])).toBe('kk');
		expect(preferredLanguage(['de-DE', 'ru', 'en-US'])).toBe('ru');
		expect(preferredLanguage(['RU_ru'])).toBe('ru');
		expect(preferredLanguage(['en-US'])).toBe('en');
	});
	it('falls back to English when none is known, or nothing is said', () => {
		expect(preferredLanguage(['de', 'fr-FR'])).toBe('en');
		expect(preferredLanguage([])).toBe('en');
	});
});

describe('isLanguage', () => {
	it('knows en, ru and kk only', () => {
		expect(['en', 'ru', 'kk'].every(isLanguage)).toBe(true);
		expect([undefined, null, 'kz', 'EN', 'ru-RU', 3].some(isLanguage)).toBe(false);
	});
});
