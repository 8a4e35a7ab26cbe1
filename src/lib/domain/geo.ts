/** Distances on the Earth, for geofences. */
import type { Geofence } from './schema';

const EARTH_RADIUS_M = 6_371_008.8;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceM(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const dLat = toRadians(lat2 - lat1);
	const dLon = toRadians(lon2 - lon1);
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Where a position with an accuracy radius stands against a fence: `inside` when the reading is
 * within it, `outside` when even the nearest point of the accuracy circle is beyond it, and
 * `uncertain` when the reading is outside but within its own accuracy of the edge.
 */
export function fenceStanding(fence: Geofence, lat: number, lon: number, accuracyM: number): 'inside' | 'outside' | 'uncertain' {
	const distance = distanceM(fence.lat, fence.lon, lat, lon);
	const radius = fence.radiusKm * 1000;
	if (distance <= radius) return 'inside';
	return distance - accuracyM > radius ? 'outside' : 'uncertain';
}
