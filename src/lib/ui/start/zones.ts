/**
 * Time zones for the case: Kazakhstan's and Russia's first (the people Clearday is for), then
 * every zone the browser knows. Pure: the caller passes what `Intl` supports and the device's zone.
 */
import { isTimeZone, Zone } from '$lib/domain/time';

/** Kazakhstan's zones, the most populous first. */
export const KAZAKHSTAN_ZONES = ['Asia/Almaty', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Aqtobe', 'Asia/Aqtau', 'Asia/Atyrau', 'Asia/Oral'] as const;

/** Russia's zones, west to east. */
export const RUSSIA_ZONES = [
	'Europe/Kaliningrad',
	'Europe/Moscow',
	'Europe/Kirov',
	'Europe/Volgograd',
	'Europe/Astrakhan',
	'Europe/Saratov',
	'Europe/Ulyanovsk',
	'Europe/Samara',
	'Asia/Yekaterinburg',
	'Asia/Omsk',
	'Asia/Novosibirsk',
	'Asia/Barnaul',
	'Asia/Tomsk',
	'Asia/Novokuznetsk',
	'Asia/Krasnoyarsk',
	'Asia/Irkutsk',
	'Asia/Chita',
	'Asia/Yakutsk',
	'Asia/Khandyga',
	'Asia/Vladivostok',
	'Asia/Ust-Nera',
	'Asia/Magadan',
	'Asia/Sakhalin',
	'Asia/Srednekolymsk',
	'Asia/Kamchatka',
	'Asia/Anadyr'
] as const;

export interface ZoneGroups {
	kazakhstan: string[];
	russia: string[];
	all: string[];
}

/**
 * The zones to offer, in groups. `supported` is `Intl.supportedValuesOf('timeZone')` (empty
 * where the browser lacks it); `extra` are zones that must be offered whatever it says (the
 * device's, the case's current one) when they are real zones.
 */
export function zoneGroups(supported: readonly string[], extra: readonly string[] = []): ZoneGroups {
	const known = new Set(supported.filter(isTimeZone));
	const kazakhstan = KAZAKHSTAN_ZONES.filter((zone) => known.has(zone) || isTimeZone(zone));
	const russia = RUSSIA_ZONES.filter((zone) => known.has(zone) || isTimeZone(zone));
	const first = new Set<string>([...kazakhstan, ...russia]);
	const rest = new Set<string>();
	for (const zone of [...known, ...extra.filter(isTimeZone), 'UTC']) if (!first.has(zone)) rest.add(zone);
	return { kazakhstan, russia, all: [...rest].sort() };
}

/** What the browser supports, or nothing where `Intl.supportedValuesOf` is missing (older Safari). */
export function supportedZones(): string[] {
	const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
	try {
		return intl.supportedValuesOf?.('timeZone') ?? [];
	} catch {
		return [];
	}
}

/** The device's own zone, if the browser names a real one. */
export function deviceZone(): string | undefined {
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	return zone && isTimeZone(zone) ? zone : undefined;
}

/** The zone's UTC offset at `at`, as "UTC+05:00" (readable in every language). */
export function offsetText(zone: string, at: Date): string {
	const minutes = Math.round(Zone.of(zone).offsetMs(at.getTime()) / 60_000);
	const sign = minutes < 0 ? '−' : '+';
	const abs = Math.abs(minutes);
	return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A zone's name as people read it: "Asia/Ust-Nera" → "Asia / Ust-Nera", underscores as spaces. */
export function zoneName(zone: string): string {
	return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}
