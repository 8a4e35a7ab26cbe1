/**
 * A generated six-year case for benchmarks: weekly reporting, 72 monthly instalments, every
 * rule kind, and as many check-ins as asked (reports, payments, trips with permissions,
 * changes with notifications, activities, locations and notes), deterministic for a seed.
 */
import type { CheckIn } from '../src/lib/domain';

const ZONE_OFFSET = '+05:00';
const DAY_MS = 86_400_000;

function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An instant as ISO 8601 in Almaty's current offset (UTC+5). */
function iso(ms: number): string {
	return new Date(ms + 5 * 3_600_000).toISOString().replace('Z', ZONE_OFFSET);
}

function localDate(ms: number): string {
	return new Date(ms + 5 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * `recordedBy`: only what was recorded before that moment (the case as it stands then, as on a
 * phone); by default check-ins spread over the whole sentence.
 */
export function benchCase(checkInCount: number, seed = 1, recordedBy?: Date): unknown {
	const random = mulberry32(seed);
	const start = Date.parse('2023-04-25T00:00:00+05:00');
	const end = Math.min(Date.parse('2029-04-24T23:59:59+05:00'), recordedBy ? recordedBy.getTime() - 2 * DAY_MS : Infinity);
	const schedule = Array.from({ length: 72 }, (_, i) => {
		const month = 5 + i;
		const year = 2023 + Math.floor((month - 1) / 12);
		const m = ((month - 1) % 12) + 1;
		return { due: `${year}-${String(m).padStart(2, '0')}-20`, amount: 1_388_900 };
	});
	const rules = [
		{ id: 'report', kind: 'reporting', title: 'Weekly reporting', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2023-05-01', window: { from: '09:00', to: '18:00' } },
		{ id: 'fine', kind: 'payment', title: 'Fine', currency: 'KZT', schedule },
		{ id: 'register', kind: 'deadline', title: 'Register', after: { anchor: 'inForce', days: 10 }, what: 'Register with the probation service' },
		{ id: 'ban', kind: 'activity-ban', title: 'Ban', categories: ['political', 'civic', 'journalism', 'social-media', 'charitable'] },
		{ id: 'city', kind: 'movement', title: 'Stay in Almaty', area: 'Almaty', permission: 'required', noticeDays: 3, geofence: { lat: 43.238, lon: 76.889, radiusKm: 30 } },
		{ id: 'night', kind: 'curfew', title: 'Curfew', start: '22:00', end: '06:00', home: { lat: 43.24, lon: 76.9, radiusKm: 20 } },
		{ id: 'changes', kind: 'notify-change', title: 'Notify changes', changes: ['residence', 'work', 'phone'], withinDays: 10 }
	];

	const checkIns: CheckIn[] = [];
	let next = 0;
	const add = (at: number, fields: Record<string, unknown>) => {
		checkIns.push({ id: `c${next++}`, at: iso(at), recordedAt: iso(at + 60_000), ...fields } as CheckIn);
	};
	add(start + 3 * DAY_MS, { kind: 'done', ruleId: 'register' });
	// Every Monday's report at 10:00, and the payments.
	for (let day = Date.parse('2023-05-01T10:00:00+05:00'); day < end; day += 7 * DAY_MS) add(day, { kind: 'report', ruleId: 'report' });
	for (const item of schedule.filter((item) => Date.parse(`${item.due}T00:00:00+05:00`) < end)) add(Date.parse(`${item.due}T12:00:00+05:00`) - 2 * DAY_MS, { kind: 'payment', ruleId: 'fine', amount: item.amount, currency: 'KZT' });

	const kinds = ['location', 'note', 'activity', 'trip', 'change'] as const;
	while (checkIns.length < checkInCount) {
		const at = start + Math.floor(random() * (end - start - 30 * DAY_MS));
		const kind = kinds[Math.floor(random() ** 2 * kinds.length)]!;
		if (kind === 'location') {
			add(at, { kind, lat: 43.2 + random() * 0.1, lon: 76.85 + random() * 0.1, accuracyM: 5 + Math.floor(random() * 50) });
		} else if (kind === 'note') {
			add(at, { kind, note: `Note ${next}` });
		} else if (kind === 'activity') {
			add(at, { kind, description: `Activity ${next}`, categories: random() < 0.01 ? ['social-media'] : [] });
		} else if (kind === 'trip') {
			const tripId = `c${next}`;
			const from = at + 10 * DAY_MS;
			add(at, { kind, from: localDate(from), to: localDate(from + 2 * DAY_MS), destination: 'Astana', outsideArea: true });
			add(at + DAY_MS, { kind: 'permission', trip: tripId, granted: true });
		} else {
			const changeId = `c${next}`;
			add(at, { kind, what: 'phone', on: localDate(at) });
			add(at + DAY_MS, { kind: 'notified', about: changeId });
		}
	}
	checkIns.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
	// Through JSON, as a real case file arrives (and with the flat strings JSON.parse makes).
	return JSON.parse(JSON.stringify({
		format: 'clearday-case',
		version: 1,
		case: { id: 'bench', title: 'Benchmark case', timeZone: 'Asia/Almaty', verdict: '2023-04-10', inForce: '2023-04-25', sentence: { from: '2023-04-25', until: '2029-04-24' } },
		rules,
		checkIns: checkIns.slice(0, checkInCount)
	}));
}
