/**
 * The wait after wrong attempts at the lock: none for the first two (a typo), then 2 s after the
 * third, doubling with each one after, up to a quarter of an hour. Someone guessing a 6-digit PIN
 * on the phone itself gets through a few dozen tries an hour instead of thousands.
 */
import type { Failures } from './lock';

export const FREE_ATTEMPTS = 2;
export const FIRST_WAIT_MS = 2_000;
export const MAX_WAIT_MS = 15 * 60_000;

/** How long to wait after `count` wrong attempts in a row. */
export function waitAfter(count: number): number {
	if (count <= FREE_ATTEMPTS) return 0;
	return Math.min(FIRST_WAIT_MS * 2 ** (count - FREE_ATTEMPTS - 1), MAX_WAIT_MS);
}

/** When the next attempt may be made, or undefined when it may be made at once. */
export function nextTryAt(failures: Failures | undefined): Date | undefined {
	const wait = failures ? waitAfter(failures.count) : 0;
	return wait ? new Date(Date.parse(failures!.last) + wait) : undefined;
}
