/**
 * A QR code as shapes to draw: uqr's module matrix, with each row's dark modules merged into
 * horizontal runs, one `<rect>` per run (a few hundred elements for a 1,200-character link,
 * rather than thousands of squares). The Svelte template draws them: no markup is built as text.
 */
import { encode } from 'uqr';

export interface QrRun {
	x: number;
	y: number;
	width: number;
}

export interface QrShape {
	/** Width and height in modules, the quiet zone included. */
	size: number;
	runs: QrRun[];
}

/** Four modules of light margin all round: the quiet zone readers need (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** The dark modules of a matrix (`true` = dark), row by row, as maximal horizontal runs. */
export function darkRuns(matrix: readonly (readonly boolean[])[]): QrRun[] {
	const runs: QrRun[] = [];
	matrix.forEach((row, y) => {
		let start = -1;
		for (let x = 0; x <= row.length; x++) {
			const dark = x < row.length && row[x] === true;
			if (dark && start < 0) start = x;
			else if (!dark && start >= 0) {
				runs.push({ x: start, y, width: x - start });
				start = -1;
			}
		}
	});
	return runs;
}

/**
 * The QR code of `text` (byte mode, low error correction: the code is shown on a bright screen,
 * and a dense code is harder to scan than a damaged one), or undefined when it does not fit in
 * a QR code at all (more than 2,953 bytes).
 */
export function qrShape(text: string): QrShape | undefined {
	try {
		const { data, size } = encode(text, { ecc: 'L', border: QUIET_ZONE });
		return { size, runs: darkRuns(data) };
	} catch {
		return undefined;
	}
}
