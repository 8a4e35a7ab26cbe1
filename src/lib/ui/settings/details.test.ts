import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '$lib/domain';
import { validateCaseInfo } from '$lib/domain/casefile';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { caseInfoFromDetails, detailsOf } from './details';

const info = parseCaseFile(example).case;

describe('case details as a form', () => {
	it('round-trips the demo case unchanged', () => {
		expect(caseInfoFromDetails(detailsOf(info), info)).toEqual(info);
	});

	it('keeps the id and reminders, trims text, leaves blank optional fields out', () => {
		const current = { ...info, remind: ['P7D'] };
		const form = { ...detailsOf(current), title: '  New title ', verdict: '', inForce: '', supervisorName: ' ', supervisorPhone: '', supervisorAddress: '', supervisorHours: '' };
		const candidate = caseInfoFromDetails(form, current);
		expect(candidate).toEqual({ id: info.id, title: 'New title', timeZone: 'Asia/Almaty', sentence: info.sentence, remind: ['P7D'] });
		expect(validateCaseInfo(candidate).issues).toEqual([]);
	});

	it('gives the engine a blank date to refuse as required, not as malformed', () => {
		const candidate = caseInfoFromDetails({ ...detailsOf(info), sentenceUntil: '' }, info);
		expect(validateCaseInfo(candidate).issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['sentence.until value.required']);
	});
});
