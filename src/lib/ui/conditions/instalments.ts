/**
 * The instalment-plan builder: "N monthly payments of X from <date>", "a total split into N
 * equal payments", or "one payment of X by <date>", written out as the payment's schedule.
 *
 * Monthly dates keep the first date's day of the month, or the month's last day when it is
 * shorter: from 31 January come 29 February (28 in other years), 31 March, 30 April…; from the
 * 30th, 28 February is followed by 30 March again, never drifting to the 28th, because every
 * date is counted from the first one, not from the date before it.
 *
 * Amounts are integer minor units. A split gives every instalment the same amount and puts the
 * remainder on the last one, so the instalments always add up to the total exactly.
 */
import { civilFromDay, dayFromCivil, daysInMonth, formatLocalDate, isLocalDate, parseLocalDate } from '$lib/domain/time';
import { formatMoneyInput, parseMoney, type MoneyProblem } from './money';

export const MAX_INSTALMENTS = 1000;

export interface Instalment {
	due: string;
	amount: number;
}

/** `count` monthly due dates from `first` (a valid local date), last-day-of-month aware. */
export function monthlyDueDates(first: string, count: number): string[] {
	const { year, month, day } = civilFromDay(parseLocalDate(first));
	const dates: string[] = [];
	for (let k = 0; k < count; k++) {
		const index = year * 12 + (month - 1) + k;
		const y = Math.floor(index / 12);
		const m = index - y * 12 + 1;
		dates.push(formatLocalDate(dayFromCivil(y, m, Math.min(day, daysInMonth(y, m)))));
	}
	return dates;
}

/** `total` in `count` equal parts, the remainder on the last: 100 in 3 is 33, 33, 34. */
export function splitEvenly(total: number, count: number): number[] {
	const part = Math.floor(total / count);
	const amounts = Array.from({ length: count }, () => part);
	amounts[count - 1] = total - part * (count - 1);
	return amounts;
}

/** The builder's fields as typed. */
export interface PlanForm {
	kind: 'single' | 'monthly';
	/** How many monthly payments. */
	count: string;
	/** The (first) due date. */
	first: string;
	amount: string;
	/** Whether `amount` is each payment's or the total to split. */
	amountIs: 'each' | 'total';
}

export const DEFAULT_PLAN: PlanForm = { kind: 'monthly', count: '', first: '', amount: '', amountIs: 'each' };

export type PlanProblem = { field: 'count'; problem: 'invalid' } | { field: 'first'; problem: 'invalid' } | { field: 'amount'; problem: MoneyProblem | 'tooSmall' };

/** The schedule the builder's fields describe, or every problem with them. */
export function planSchedule(plan: PlanForm, digits: number): { schedule: Instalment[] } | { problems: PlanProblem[] } {
	const problems: PlanProblem[] = [];
	const count = plan.kind === 'single' ? 1 : /^\s*\d{1,4}\s*$/.test(plan.count) ? Number(plan.count) : NaN;
	if (!(count >= 1 && count <= MAX_INSTALMENTS)) problems.push({ field: 'count', problem: 'invalid' });
	if (!isLocalDate(plan.first)) problems.push({ field: 'first', problem: 'invalid' });
	const amount = parseMoney(plan.amount, digits);
	if (!amount.ok) problems.push({ field: 'amount', problem: amount.problem });
	else if (plan.kind === 'monthly' && plan.amountIs === 'total' && amount.minor < count) problems.push({ field: 'amount', problem: 'tooSmall' });
	else if (plan.kind === 'monthly' && plan.amountIs === 'each' && amount.minor * count > Number.MAX_SAFE_INTEGER) problems.push({ field: 'amount', problem: 'tooLarge' });
	if (problems.length || !amount.ok) return { problems };

	const dates = monthlyDueDates(plan.first, count);
	const amounts = plan.kind === 'monthly' && plan.amountIs === 'total' ? splitEvenly(amount.minor, count) : dates.map(() => amount.minor);
	return { schedule: dates.map((due, index) => ({ due, amount: amounts[index]! })) };
}

/**
 * The builder's fields for a stored schedule that one plan describes (one payment; N monthly
 * payments of the same amount; a total split evenly), so that changing the plan starts from what
 * is there. Any other schedule starts the builder empty.
 */
export function planFromSchedule(schedule: readonly Instalment[], digits: number): PlanForm {
	const count = schedule.length;
	if (count === 0) return { ...DEFAULT_PLAN };
	const first = schedule[0]!;
	if (count === 1) return { kind: 'single', count: '', first: first.due, amount: formatMoneyInput(first.amount, digits), amountIs: 'each' };
	const dates = monthlyDueDates(first.due, count);
	if (schedule.some((item, index) => item.due !== dates[index])) return { ...DEFAULT_PLAN };
	if (schedule.every((item) => item.amount === first.amount)) {
		return { kind: 'monthly', count: String(count), first: first.due, amount: formatMoneyInput(first.amount, digits), amountIs: 'each' };
	}
	const total = schedule.reduce((sum, item) => sum + item.amount, 0);
	const split = splitEvenly(total, count);
	if (schedule.every((item, index) => item.amount === split[index])) {
		return { kind: 'monthly', count: String(count), first: first.due, amount: formatMoneyInput(total, digits), amountIs: 'total' };
	}
	return { ...DEFAULT_PLAN };
}
