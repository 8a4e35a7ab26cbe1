/**
 * A phone number as people write it ("+7 (727) 123-45-67") as a `tel:` link. Only a leading
 * plus and the digits go in; text that has fewer than three digits is not a number to call.
 */
export function telHref(phone: string | undefined): string | undefined {
	if (!phone) return undefined;
	const trimmed = phone.trim();
	const digits = trimmed.replace(/\D/g, '');
	if (digits.length < 3 || digits.length > 20) return undefined;
	return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
