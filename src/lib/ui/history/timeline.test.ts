import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCaseFile, type CheckIn } from '$lib/domain';
import { Zone } from '$lib/domain/time';
import example from '../../../../docs/examples/almaty-suspended-sentence.json';
import { buildTimeline, filterTimeline, groupByDay, isBackdated, limitShowing, NO_RULE, PAGE_SIZE, visibleDays } from './timeline';
import { corrections, currentOfKinds, isCurrent, latestVersion, versionsOf } from './corrections';
import { checkMistake, mistakeCandidate } from './mistake';

const file = parseCaseFile(example);
const almaty = Zone.of('Asia/Almaty');
const ms = (text: string) => Date.parse(text);

function report(id: string, at: string, recordedAt = at, extra: Partial<CheckIn> = {}): CheckIn {
	return { id, kind: 'report', ruleId: 'rule-reporting', at, recordedAt, ...extra } as CheckIn;
}

describe('backdated', () => {
	it('is more than an hour late, or on another local day', () => {
		const at = ms('2026-11-09T10:15:00+05:00');
		expect(isBackdated(at, ms('2026-11-09T10:40:00+05:00'), almaty)).toBe(false);
		expect(isBackdated(at, ms('2026-11-09T11:15:00+05:00'), almaty)).toBe(false);
		expect(isBackdated(at, ms('2026-11-09T11:15:00.001+05:00'), almaty)).toBe(true);
		expect(isBackdated(ms('2026-11-09T23:50:00+05:00'), ms('2026-11-10T00:05:00+05:00'), almaty)).toBe(true);
		expect(isBackdated(at, at, almaty)).toBe(false);
	});

	it('uses the case zone: the same pair is on one day in Almaty and on two in UTC', () => {
		const at = ms('2026-11-09T04:50:00+05:00'); // 23:50 UTC the day before
		const recorded = ms('2026-11-09T05:10:00+05:00'); // 00:10 UTC
		expect(isBackdated(at, recorded, almaty)).toBe(false);
		expect(isBackdated(at, recorded, Zone.of('UTC'))).toBe(true);
	});

	it('marks the demo entries that were written later', () => {
		const { entries } = buildTimeline(file.checkIns, almaty);
		const backdated = entries.filter((entry) => entry.backdated).map((entry) => entry.checkIn.id);
		expect(backdated.sort()).toEqual(['ci-2023-04-28-registration', 'ci-2023-09-05-clarification', 'ci-2023-10-02-clarification-answer', 'ci-2026-09-10-damages-fix']);
	});
});

describe('the timeline', () => {
	it('lists every check-in, newest first, grouped by local day', () => {
		const { entries } = buildTimeline(file.checkIns, almaty);
		expect(entries).toHaveLength(file.checkIns.length);
		for (let i = 1; i < entries.length; i++) expect(entries[i - 1]!.atMs).toBeGreaterThanOrEqual(entries[i]!.atMs);
		const days = groupByDay(entries);
		expect(days[0]).toMatchObject({ day: '2026-11-10' });
		expect(days[1]!.day).toBe('2026-11-09');
		expect(days[1]!.entries.map((e) => e.checkIn.id)).toEqual(['ci-2026-11-09-note', 'ci-2026-11-09-report']);
		expect(days.at(-1)).toMatchObject({ day: '2023-04-28' });
		expect(new Set(days.map((d) => d.day)).size).toBe(days.length);
	});

	it('puts a day by the case zone, whatever offset the instant was written with', () => {
		const { entries } = buildTimeline([report('a', '2026-11-09T20:30:00Z')], almaty);
		expect(entries[0]!.day).toBe('2026-11-10');
	});

	it('orders check-ins at the same instant by recording, the later first', () => {
		const { entries } = buildTimeline([report('first', '2026-11-09T10:00:00+05:00'), report('second', '2026-11-09T10:00:00+05:00')], almaty);
		expect(entries.map((e) => e.checkIn.id)).toEqual(['second', 'first']);
	});

	it('links corrections both ways', () => {
		const { entries } = buildTimeline(file.checkIns, almaty);
		const byId = new Map(entries.map((entry) => [entry.checkIn.id, entry]));
		expect(byId.get('ci-2026-09-10-damages')!.supersededBy?.id).toBe('ci-2026-09-10-damages-fix');
		expect(byId.get('ci-2026-09-10-damages-fix')!.replaces?.id).toBe('ci-2026-09-10-damages');
		expect(byId.get('ci-2026-10-20-round-table')!.supersededBy?.kind).toBe('note');
		expect(byId.get('ci-2026-11-10-damages')!.supersededBy).toBeUndefined();
	});

	it('filters by condition and by kind', () => {
		const { entries } = buildTimeline(file.checkIns, almaty);
		const damages = filterTimeline(entries, { ruleId: 'rule-damages', kind: '' });
		expect(damages.map((e) => e.checkIn.id)).toEqual(['ci-2026-11-10-damages', 'ci-2026-10-09-damages', 'ci-2026-09-10-damages-fix', 'ci-2026-09-10-damages', 'ci-2026-08-10-damages', 'ci-2026-07-09-damages']);
		const notes = filterTimeline(entries, { ruleId: '', kind: 'note' });
		expect(notes.map((e) => e.checkIn.id)).toEqual(['ci-2026-11-09-note', 'ci-2026-10-21-round-table-declined']);
		expect(filterTimeline(entries, { ruleId: 'rule-reporting', kind: 'note' }).map((e) => e.checkIn.id)).toEqual(['ci-2026-11-09-note']);
		expect(filterTimeline(entries, { ruleId: '', kind: '' })).toHaveLength(entries.length);
		const loose = buildTimeline([report('a', '2026-11-09T10:00:00+05:00'), { id: 'n', kind: 'note', note: 'x', at: '2026-11-09T11:00:00+05:00', recordedAt: '2026-11-09T11:00:00+05:00' }], almaty);
		expect(filterTimeline(loose.entries, { ruleId: NO_RULE, kind: '' }).map((e) => e.checkIn.id)).toEqual(['n']);
	});

	it('shows 5,000 check-ins a page at a time, quickly', () => {
		const start = ms('2020-01-01T09:00:00+06:00');
		const many = Array.from({ length: 5000 }, (_, i) => {
			const at = new Date(start + i * 7 * 3_600_000).toISOString();
			return report(`r${i}`, at);
		});
		const began = performance.now();
		const { entries } = buildTimeline(many, almaty);
		const days = visibleDays(entries, PAGE_SIZE);
		const took = performance.now() - began;
		expect(days.reduce((n, d) => n + d.entries.length, 0)).toBe(PAGE_SIZE);
		expect(days[0]!.entries[0]!.checkIn.id).toBe('r4999');
		expect(took).toBeLessThan(1000);
		// Following a link to an old entry shows enough pages to include it.
		expect(limitShowing(entries, 'r4999', PAGE_SIZE)).toBe(PAGE_SIZE);
		expect(limitShowing(entries, 'r0', PAGE_SIZE)).toBe(5000);
		expect(limitShowing(entries, 'r4700', PAGE_SIZE)).toBe(2 * PAGE_SIZE);
		expect(limitShowing(entries, 'nope', PAGE_SIZE)).toBeUndefined();
	});

	it('keeps every entry exactly once across days, in order, for any check-ins', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 10 * 86_400 }), { maxLength: 60 }), (offsets) => {
				const base = ms('2026-03-01T00:00:00+05:00');
				const checkIns = offsets.map((s, i) => report(`c${i}`, new Date(base + s * 1000).toISOString()));
				const { entries } = buildTimeline(checkIns, almaty);
				const days = groupByDay(entries);
				expect(days.flatMap((d) => d.entries)).toEqual(entries);
				for (const day of days) for (const entry of day.entries) expect(entry.day).toBe(day.day);
				expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort().reverse());
			})
		);
	});
});

describe('correction chains', () => {
	const a = report('a', '2026-11-09T10:00:00+05:00', '2026-11-09T10:05:00+05:00');
	const b = report('b', '2026-11-09T10:00:00+05:00', '2026-11-09T12:00:00+05:00', { supersedes: 'a' });
	const c = { id: 'c', kind: 'note', note: 'Wrong day', ruleId: 'rule-reporting', supersedes: 'b', at: '2026-11-10T09:00:00+05:00', recordedAt: '2026-11-10T09:00:00+05:00' } as CheckIn;
	const other = report('z', '2026-11-01T10:00:00+05:00');
	const index = corrections([a, b, c, other]);

	it('knows which version is current', () => {
		expect(isCurrent(index, 'a')).toBe(false);
		expect(isCurrent(index, 'b')).toBe(false);
		expect(isCurrent(index, 'c')).toBe(true);
		expect(isCurrent(index, 'z')).toBe(true);
		expect(isCurrent(index, 'missing')).toBe(false);
	});

	it('follows a chain to its latest version, and back to its first', () => {
		expect(latestVersion(index, 'a')?.id).toBe('c');
		expect(latestVersion(index, 'b')?.id).toBe('c');
		expect(latestVersion(index, 'z')?.id).toBe('z');
		expect(versionsOf(index, 'b').map((x) => x.id)).toEqual(['a', 'b', 'c']);
		expect(versionsOf(index, 'z').map((x) => x.id)).toEqual(['z']);
	});

	it('does not hang on a loop (which the engine never stores)', () => {
		const loop = corrections([report('x', '2026-11-09T10:00:00+05:00', undefined, { supersedes: 'y' }), report('y', '2026-11-09T10:00:00+05:00', undefined, { supersedes: 'x' })]);
		expect(latestVersion(loop, 'x')).toBeUndefined();
		expect(versionsOf(loop, 'x')).toEqual([]);
	});

	it('offers only current trips and changes to refer to', () => {
		const trips = currentOfKinds(file.checkIns, ['trip', 'change']).map((x) => x.id);
		expect(trips).toEqual(['ci-2026-08-03-phone', 'ci-2026-09-01-trip-astana']);
	});
});

describe('"This entry was a mistake"', () => {
	const payment = file.checkIns.find((x) => x.id === 'ci-2026-11-10-damages')!;
	const now = '2026-11-23T12:00:00.000+05:00';

	it('is a note that supersedes the entry, for the same condition, now', () => {
		expect(mistakeCandidate(payment, '  Paid by my brother, entered twice ', 'c-m', now)).toEqual({
			id: 'c-m',
			kind: 'note',
			at: now,
			recordedAt: now,
			note: 'Paid by my brother, entered twice',
			supersedes: payment.id,
			ruleId: 'rule-damages'
		});
		expect(checkMistake(file, payment, 'Entered twice', 'c-m', now).issues).toEqual([]);
	});

	it('needs a short reason', () => {
		expect(checkMistake(file, payment, '   ', 'c-m', now).issues).toMatchObject([{ path: 'note', code: 'text.empty' }]);
		expect(checkMistake(file, payment, 'x'.repeat(201), 'c-m', now).issues).toMatchObject([{ path: 'note', code: 'text.tooLong' }]);
	});

	it('cannot withdraw an entry that was already corrected', () => {
		const corrected = file.checkIns.find((x) => x.id === 'ci-2026-09-10-damages')!;
		expect(checkMistake(file, corrected, 'Oops', 'c-m', now).issues).toMatchObject([{ path: 'supersedes', code: 'supersede.twice' }]);
	});
});
