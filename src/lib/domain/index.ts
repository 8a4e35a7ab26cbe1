/**
 * The domain engine: pure functions of a case file and a moment. No clock, no storage, no DOM.
 */
export { parseCaseFile } from './casefile';
export { evaluate } from './evaluate';
export { upcoming } from './upcoming';
export { screenActivity } from './screen';
export { describeRule } from './describe';
export { CaseFileError } from './issues';

export type { CaseFileIssue } from './issues';
export type { BanMatch, ScreenLocale } from './screen';
export type { CheckIn, CheckInKind, CheckInOf, BanCategory, ChangeKind } from './checkins';
export type { Rule, RuleKindName, RuleOfKind } from './registry';
export type {
	Alert,
	CaseFile,
	CaseInfo,
	CaseStatus,
	Deadline,
	Level,
	Message,
	Param,
	Params,
	RuleState,
	RuleStatus,
	Severity,
	Supervisor,
	Translate
} from './types';
