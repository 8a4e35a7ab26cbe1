import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type Params, type Translate } from '$lib/domain';
import { describeRule } from '$lib/domain/describe';
import { issueMessages } from '$lib/domain/issues';
import { englishMessages } from '$lib/i18n';
import { en, SCREENS } from './all';
import { arbCaseFile, arbNow } from '../../../../tests/unit/arbitraries';
import { engineTexts } from '../../../../tests/unit/engine-texts';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { parseCaseFile } from '$lib/domain';

const BROKEN = /undefined|NaN|\[object|Invalid Date/;

/** The English translator, recording every code asked of it (nested ones included). */
function recordingEnglish(timeZone: string) {
	const { t } = englishMessages(timeZone, SCREENS);
	const asked = new Set<string>();
	const recording: Translate = (code: string, params?: Params) => {
		asked.add(code);
		return t(code, params);
	};
	return { t: recording, asked };
}

describe('the English catalog', () => {
	it('has a sentence for every issue code the engine can report', () => {
		for (const code of Object.keys(issueMessages)) expect(en).toHaveProperty([`issue.${code}`]);
	});

	it('renders every code the engine emits, for generated cases at generated moments', () => {
		fc.assert(
			fc.property(
				arbCaseFile().chain((file) => fc.tuple(fc.constant(file), arbNow(file))),
				([file, now]) => {
					const { t, asked } = recordingEnglish(file.case.timeZone);
					const texts = engineTexts(file, now, t);
					for (const code of asked) expect(en, `missing ${code}`).toHaveProperty([code]);
					for (const text of texts) expect(text).not.toMatch(BROKEN);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('reads the demo case as plain sentences', () => {
		const file = parseCaseFile(example);
		const { t, asked } = recordingEnglish(file.case.timeZone);
		const descriptions = file.rules.map((rule) => describeRule(rule, t));
		expect(descriptions).toContain('Report to Probation service, Bostandyk district, Almaty every month on the second Monday, between 09:00 and 18:00.');
		for (const code of asked) expect(en).toHaveProperty([code]);
		const status = evaluate(file, new Date('2026-11-23T12:00:00+05:00'));
		expect(status.alerts.map((alert) => t(alert.code, alert.params))).toEqual(['₸40,000 is due by 25 Nov 2026.']);
	});
});

describe('issue sentences in English', () => {
	it('write local dates among their parameters the reader’s way', () => {
		const { t } = englishMessages('Asia/Almaty', SCREENS);
		expect(t('issue.payment.dueOutsidePeriod', { from: '2023-04-25', until: '2029-04-24' })).toBe('Instalments must fall between 25 Apr 2023 and 24 Apr 2029.');
	});
});
