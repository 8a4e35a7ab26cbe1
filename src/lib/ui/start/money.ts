/** The start form's money: the shared reader (kit/money.ts), answering "how many minor units, if any". */
import { minorDigits, parseMajorAmount } from '$lib/ui/kit/money';

export { minorDigits };

/** Minor units of an amount typed in major units, or undefined when it is not a positive amount. */
export function toMinorUnits(text: string, currency: string): number | undefined {
	const reading = parseMajorAmount(text, minorDigits(currency));
	return reading.ok ? reading.minor : undefined;
}
