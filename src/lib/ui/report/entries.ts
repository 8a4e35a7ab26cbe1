/**
 * What the report's tables share: the case's title (for the print header of each table), which
 * entries were written down later, and the check-ins and rules by id. Plus the two ways an entry's
 * time is said: when it happened, and, for a backdated one, when it was written down.
 */
import type { CaseFile, CheckIn } from '$lib/domain';
import type { ComplianceReport } from '$lib/domain/report';
import { i18n } from '$lib/app/i18n.svelte';

export interface ReportContext {
	caseTitle: string;
	backdated: ReadonlySet<string>;
	byId: ReadonlyMap<string, CheckIn>;
	ruleTitles: ReadonlyMap<string, string>;
}

export function contextOf(report: ComplianceReport, file: CaseFile): ReportContext {
	return {
		caseTitle: file.case.title,
		backdated: new Set(report.backdated.map((entry) => entry.checkIn.id)),
		byId: new Map(file.checkIns.map((checkIn) => [checkIn.id, checkIn])),
		ruleTitles: new Map(file.rules.map((rule) => [rule.id, rule.title]))
	};
}

/** When a check-in happened, in the case's zone. */
export function happened(checkIn: CheckIn): string {
	return i18n.format.dateTime(new Date(checkIn.at));
}

/** "Written down on …" for a backdated check-in; undefined for one written down in time. */
export function writtenLater(checkIn: CheckIn, context: ReportContext): string | undefined {
	return context.backdated.has(checkIn.id) ? i18n.t('report.entry.written', { at: i18n.format.dateTime(new Date(checkIn.recordedAt)) }) : undefined;
}
