/**
 * What a family link shows, taken from the engine at the moment of sharing.
 *
 * The snapshot is built from a whitelist, never by removing things from the case: the level,
 * the titles of the conditions, deadline labels with only the parameters in LABEL_PARAMS (payload.ts), the
 * balance of each payment condition, the time of the last check-in, and the record's fingerprint
 * (the short chain head, which says nothing about what was recorded). Notes, places,
 * locations, activity descriptions, trip destinations, the supervisor, the case's title and id
 * and every id of a rule or check-in stay on the phone, whatever the scope.
 *
 * Times are whole seconds (the link stores seconds): a date-only deadline, which ends at
 * 23:59:59.999 local time, is shown as 23:59:59 of the same day.
 */
import { evaluate, upcoming, type CaseFile, type Message, type Params } from '$lib/domain';
import { instantMs } from '$lib/domain/instant';
import { HASH_PATTERN } from '$lib/integrity/chain';
import { DEADLINE_WINDOW_DAYS, LABEL_PARAMS } from './payload';
import { EXPIRY_DAYS, FINGERPRINT_DIGITS, type ExpiryDays, type ShareScope, type Snapshot } from './types';

const DAY_MS = 86_400_000;

/**
 * Rule kinds whose deadlines are left out: a curfew starts every night, and a list of nightly
 * starts tells a relative nothing while pushing the real deadlines out of sight.
 */
const QUIET_KINDS: ReadonlySet<string> = new Set(['curfew']);

function wholeSecond(ms: number): number {
	return Math.floor(ms / 1000) * 1000;
}

function whitelisted(params: Params): Params {
	const kept: Record<string, string | number> = {};
	for (const name of LABEL_PARAMS) {
		const value = params[name];
		if (typeof value === 'string' || typeof value === 'number') kept[name] = value;
	}
	return kept;
}

function balanceOf(title: string, summary: Message): NonNullable<Snapshot['balances']>[number] {
	const { paid, total, overdue, currency } = summary.params;
	if (typeof paid !== 'number' || typeof total !== 'number' || typeof overdue !== 'number' || typeof currency !== 'string') {
		throw new Error(`buildSnapshot: the payment summary ${summary.code} has no balance`);
	}
	return { title, paid, total, overdue, currency };
}

/** The `at` of the latest check-in in effect at `nowMs` (not superseded, happened by then). */
function lastCheckInAt(file: CaseFile, nowMs: number): Date | null {
	const superseded = new Set<string>();
	for (const checkIn of file.checkIns) if (checkIn.supersedes !== undefined) superseded.add(checkIn.supersedes);
	let latest = -Infinity;
	for (const checkIn of file.checkIns) {
		if (superseded.has(checkIn.id)) continue;
		const at = instantMs(checkIn.at);
		if (at <= nowMs && at > latest) latest = at;
	}
	return latest === -Infinity ? null : new Date(wholeSecond(latest));
}

/**
 * The status of `file` as of `now` (to the second), showing what `scope` allows, expiring
 * `expiresInDays` × 24 hours later. With the fingerprint in the scope, `chainHead` is
 * `chainHead(file.checkIns)` (integrity/chain.ts: asynchronous, so the caller works it out).
 * Pure; throws only on an invalid `now`, expiry or chain head.
 */
export function buildSnapshot(file: CaseFile, now: Date, scope: ShareScope, expiresInDays: ExpiryDays, chainHead?: string): Snapshot {
	const createdMs = wholeSecond(now.getTime());
	if (!Number.isFinite(createdMs)) throw new RangeError('buildSnapshot: now must be a valid date');
	if (!EXPIRY_DAYS.includes(expiresInDays)) throw new RangeError(`buildSnapshot: expiry must be one of ${EXPIRY_DAYS.join(', ')} days`);
	if (scope.fingerprint && (chainHead === undefined || (chainHead !== '' && !HASH_PATTERN.test(chainHead)))) throw new RangeError('buildSnapshot: the fingerprint needs the chain head (64 hex digits, or empty)');
	const createdAt = new Date(createdMs);
	const status = evaluate(file, createdAt);
	const snapshot: Snapshot = { createdAt, expiresAt: new Date(createdMs + expiresInDays * DAY_MS), level: status.level };
	const rules = new Map(file.rules.map((rule) => [rule.id, rule]));

	if (scope.deadlines) {
		snapshot.deadlines = [];
		for (const deadline of upcoming(file, createdAt, new Date(createdMs + DEADLINE_WINDOW_DAYS * DAY_MS))) {
			const rule = rules.get(deadline.ruleId)!;
			if (QUIET_KINDS.has(rule.kind)) continue;
			snapshot.deadlines.push({
				title: rule.title,
				label: { code: deadline.label.code, params: whitelisted(deadline.label.params) },
				at: new Date(wholeSecond(deadline.at.getTime()))
			});
		}
	}
	if (scope.balances) {
		snapshot.balances = [];
		for (const ruleStatus of status.rules) {
			const rule = rules.get(ruleStatus.ruleId)!;
			if (rule.kind === 'payment') snapshot.balances.push(balanceOf(rule.title, ruleStatus.summary));
		}
	}
	if (scope.lastCheckIn) snapshot.lastCheckInAt = lastCheckInAt(file, createdMs);
	if (scope.fingerprint) snapshot.chainHead = chainHead!.slice(0, FINGERPRINT_DIGITS);
	return snapshot;
}
