/** The conditions forms' money: the shared reader (kit/money.ts) under the names these forms use. */
export {
	minorDigits,
	parseMajorAmount as parseMoney,
	formatMajorAmount as formatMoneyInput,
	type AmountProblem as MoneyProblem,
	type ParsedAmount as MoneyReading
} from '$lib/ui/kit/money';
