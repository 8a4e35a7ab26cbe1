import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode } from 'uqr';
import { darkRuns, qrShape, QUIET_ZONE } from './qr';

/** The matrix the runs paint, to compare with the one they came from. */
function paint(size: number, runs: ReturnType<typeof darkRuns>, width = size): boolean[][] {
	const matrix = Array.from({ length: size }, () => Array<boolean>(width).fill(false));
	for (const run of runs) for (let x = run.x; x < run.x + run.width; x++) matrix[run.y]![x] = true;
	return matrix;
}

describe('darkRuns', () => {
	it('merges each row’s dark modules into maximal runs', () => {
		expect(
			darkRuns([
				[true, true, false, true],
				[false, false, false, false],
				[true, true, true, true]
			])
		).toEqual([
			{ x: 0, y: 0, width: 2 },
			{ x: 3, y: 0, width: 1 },
			{ x: 0, y: 2, width: 4 }
		]);
		expect(darkRuns([])).toEqual([]);
	});

	it('paints exactly the matrix it came from, with no two runs touching in a row', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 12 }).chain((width) => fc.array(fc.array(fc.boolean(), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 })),
				(matrix) => {
					const runs = darkRuns(matrix);
					expect(paint(matrix.length, runs, matrix[0]!.length)).toEqual(matrix);
					for (const [a, b] of runs.slice(1).map((run, i) => [runs[i]!, run] as const)) {
						if (a.y === b.y) expect(b.x).toBeGreaterThan(a.x + a.width);
					}
				}
			)
		);
	});
});

describe('qrShape', () => {
	it('draws uqr’s matrix for a link, with a quiet zone of four light modules all round', () => {
		const link = `https://clearday.example/s#${'A'.repeat(1100)}`;
		const shape = qrShape(link)!;
		const { data, size } = encode(link, { ecc: 'L', border: QUIET_ZONE });
		expect(shape.size).toBe(size);
		expect(paint(size, shape.runs)).toEqual(data);
		for (const run of shape.runs) {
			expect(run.y).toBeGreaterThanOrEqual(QUIET_ZONE);
			expect(run.y).toBeLessThan(size - QUIET_ZONE);
			expect(run.x).toBeGreaterThanOrEqual(QUIET_ZONE);
			expect(run.x + run.width).toBeLessThanOrEqual(size - QUIET_ZONE);
		}
		// The finder pattern's top row: seven dark modules at the corner, inside the quiet zone.
		expect(shape.runs[0]).toEqual({ x: QUIET_ZONE, y: QUIET_ZONE, width: 7 });
	});

	it('is undefined for text no QR code can hold', () => {
		expect(qrShape('x'.repeat(3000))).toBeUndefined();
	});
});
