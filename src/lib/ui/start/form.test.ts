import { describe, expect, it } from 'vitest';
import { SCREENS } from '$lib/i18n/en/all';
import { englishMessages } from '$lib/i18n';
import { buildCase } from '$lib/app/templates';
import { answersFromForm, mergeIssues, newStartForm } from './form';

const english = englishMessages('Asia/Almaty', SCREENS).t;

function filledForm() {
	const form = newStartForm('probation-kz', 'Asia/Almaty', 'Suspended sentence');
	Object.assign(form, { inForce: '2026-05-25', sentenceFrom: '2026-05-25', years: '3', reportingDay: '10', area: 'Almaty' });
	return form;
}

describe('the start form', () => {
	it('ticks the usual conditions of a template, not the ban or the fine', () => {
		expect(newStartForm('probation-kz', 'UTC', 'x').include).toEqual({
			registration: true,
			reporting: true,
			movement: true,
			curfew: false,
			notifyChange: true,
			ban: false,
			fine: false
		});
		const restriction = newStartForm('restriction-kz', 'UTC', 'x');
		expect(restriction.include.curfew).toBe(true);
		expect([restriction.curfewStart, restriction.curfewEnd]).toEqual(['22:00', '06:00']);
		expect(Object.values(newStartForm('blank', 'UTC', 'x').include).some(Boolean)).toBe(false);
	});

	it('reads a filled form into answers the template turns into a valid case', () => {
		const form = filledForm();
		form.banCategories = ['journalism'];
		form.include.fine = true;
		Object.assign(form, { fineAmount: '400 000', fineDue: '2026-09-01', months: '' });
		const { answers, issues } = answersFromForm(form, 'probation-kz', 'case-1', '2026-06-03');
		expect(issues).toEqual([]);
		expect(answers.sentence).toEqual({ from: '2026-05-25', years: 3, months: 0 });
		expect(answers.conditions).toEqual({
			registration: true,
			reporting: { day: 10 },
			movement: { area: 'Almaty' },
			notifyChange: { withinDays: 3 },
			ban: { categories: ['journalism'] },
			fine: { amount: 40_000_000, currency: 'KZT', due: '2026-09-01' }
		});
		expect(buildCase(answers, english).issues).toEqual([]);
	});

	it('leaves out what is unticked', () => {
		const form = filledForm();
		form.include.registration = false;
		form.include.notifyChange = false;
		const { answers } = answersFromForm(form, 'probation-kz', 'case-1', '2026-06-03');
		expect(Object.keys(answers.conditions)).toEqual(['reporting', 'movement', 'ban']);
	});

	it('says what is wrong with an amount or a number of days as typed', () => {
		const form = filledForm();
		form.include.fine = true;
		Object.assign(form, { fineAmount: '40 000 tenge', fineDue: '2026-09-01', withinDays: 'ten' });
		const { answers, issues } = answersFromForm(form, 'probation-kz', 'case-1', '2026-06-03');
		expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['notifyChange.withinDays template.days', 'fine.amount template.amount']);
		// The form's words win over the engine's at the same field.
		const merged = mergeIssues(issues, buildCase(answers, english).issues);
		expect(merged.map((issue) => issue.path)).toEqual(['notifyChange.withinDays', 'fine.amount']);
	});

	it('reads years and months as whole numbers, blank as none', () => {
		const form = filledForm();
		Object.assign(form, { years: '', months: '18' });
		expect(answersFromForm(form, 'probation-kz', 'c', '2026-06-03').answers.sentence).toMatchObject({ years: 0, months: 18 });
		Object.assign(form, { years: '1.5' });
		expect(answersFromForm(form, 'probation-kz', 'c', '2026-06-03').answers.sentence.years).toBeNaN();
	});
});
