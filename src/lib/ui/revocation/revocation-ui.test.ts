import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFile } from '$lib/domain';
import { validateCaseInfo } from '$lib/domain/casefile';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { fromTemplate, infoWithPolicy, policyFormOf } from './policy';
import { askHref, openQuestions } from './clarifications';

const demo: CaseFile = parseCaseFile(example);

describe('the revocation policy form', () => {
	it('starts empty for a case without a policy, and fills from a template', () => {
		const empty = policyFormOf(demo.case);
		expect(empty).toEqual({ jurisdiction: '', template: '', numbers: { moreThan: '', withinMonths: '', hidingDays: '', extensionMonths: '' }, notes: '' });
		const ru = fromTemplate(empty, 'RU');
		expect(ru).toMatchObject({ jurisdiction: 'RU', template: 'RU', numbers: { moreThan: '2', withinMonths: '12', hidingDays: '30', extensionMonths: '12' } });
		const kz = fromTemplate({ ...empty, jurisdiction: 'KZ' }, 'KZ');
		expect(kz.numbers).toEqual({ moreThan: '', withinMonths: '', hidingDays: '', extensionMonths: '' });
	});

	it('saves what was typed (a number the lawyer gave), keeps every other detail, and round-trips', () => {
		const form = { ...fromTemplate(policyFormOf(demo.case), 'KZ'), numbers: { moreThan: '2', withinMonths: '12', hidingDays: '', extensionMonths: ' ' } };
		const info = infoWithPolicy(demo.case, form);
		const { info: valid, issues } = validateCaseInfo(info);
		expect(issues).toEqual([]);
		expect(valid).toMatchObject({ ...demo.case, jurisdiction: 'KZ', revocation: { template: 'KZ', moreThan: 2, withinMonths: 12 } });
		expect(policyFormOf(valid!)).toEqual({ ...form, numbers: { ...form.numbers, extensionMonths: '' } });
	});

	it('leaves text that is not a whole number for the engine to refuse, with its path', () => {
		const info = infoWithPolicy(demo.case, { ...policyFormOf(demo.case), numbers: { moreThan: 'two', withinMonths: '0', hidingDays: '', extensionMonths: '' } });
		expect(validateCaseInfo(info).issues.map((issue) => [issue.path, issue.code])).toEqual([
			['revocation.moreThan', 'value.type'],
			['revocation.withinMonths', 'number.months']
		]);
	});
});

describe('clarifications on "Can I do this?"', () => {
	it('lists no open question in the demo (its question was answered)', () => {
		expect(openQuestions(demo)).toEqual([]);
	});

	it('lists a question nothing answered', () => {
		const json = structuredClone(example) as { checkIns: object[] };
		json.checkIns.push({ id: 'q-open', kind: 'clarification', ruleId: 'rule-activity-ban', question: 'Book readings?', askedTo: 'Probation service', at: '2026-11-20T10:00:00+05:00', recordedAt: '2026-11-20T10:00:00+05:00' });
		expect(openQuestions(parseCaseFile(json)).map((checkIn) => checkIn.id)).toEqual(['q-open']);
	});

	it('starts a clarification of the ban with the plan as the question', () => {
		expect(askHref('rule-activity-ban', '  A book reading ')).toBe('/checkin?kind=clarification&rule=rule-activity-ban&question=A+book+reading');
	});
});
