/**
 * Date and time fields in the case's zone (not the phone's): what `<input type="date">` and
 * `<input type="time">` show for an instant, and the instant they mean.
 */
import { formatInstant, instantMs } from '$lib/domain/instant';
import { formatLocalDate, isLocalDate, isLocalTime, parseLocalDate, parseLocalTime, type Zone } from '$lib/domain/time';

export interface LocalParts {
	/** YYYY-MM-DD */
	date: string;
	/** HH:mm */
	time: string;
}

/** The local date and time (to the minute) of an instant in `zone`. */
export function localParts(ms: number, zone: Zone): LocalParts {
	const minutes = Math.floor(zone.timeOf(ms) / 60_000);
	return {
		date: formatLocalDate(zone.dayOf(ms)),
		time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
	};
}

/** Epoch ms of a local date and time in `zone`; undefined when either is not a real one. */
export function instantOfParts(parts: LocalParts, zone: Zone): number | undefined {
	if (!isLocalDate(parts.date) || !isLocalTime(parts.time)) return undefined;
	return zone.instantOf(parseLocalDate(parts.date), parseLocalTime(parts.time));
}

/** An instant as text with the zone's offset at that moment (how check-ins are written). */
export function instantText(ms: number, zone: Zone): string {
	return formatInstant(ms, zone.offsetMs(ms));
}

/** The local date of an instant written as text, in `zone`. */
export function localDateOf(instant: string, zone: Zone): string {
	return formatLocalDate(zone.dayOf(instantMs(instant)));
}
