/**
 * The case file survives storage: what createCase stores, readCase gives back exactly, for the
 * demo case and for generated case files of every rule and check-in kind.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createCase, readCase } from '../../src/lib/storage';
import { CleardayDb } from '../../src/lib/storage/db';
import { parseCaseFile } from '../../src/lib/domain/casefile';
import { arbCaseFile } from '../unit/arbitraries';
import { demoJson, freshDb, saved, sealed, unsealed } from './helpers';

const RUNS = 50;

describe('case file round trip through storage', () => {
	it('the demo case comes back as the file the app ships', async () => {
		const db = freshDb();
		const json = demoJson();
		saved(await createCase(db, json, { demo: true }));
		const read = await readCase(db, 'case-almaty-demo');
		const parsed = parseCaseFile(json);
		// With one addition: each check-in's hash, sealed as it was stored.
		expect(read).toStrictEqual(await sealed(parsed));
		expect(unsealed(read!)).toEqual(json);
		// Even the order of the keys is kept: a file exported from storage reads the same.
		expect(JSON.stringify(read)).toBe(JSON.stringify(await sealed(parsed)));
	});

	it(`generated case files come back deep-equal (${RUNS} runs)`, { timeout: 60_000 }, async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(arbCaseFile(), async (file) => {
				const db = new CleardayDb(`clearday-round-trip-${++run}`, { indexedDB: new IDBFactory(), IDBKeyRange });
				try {
					const parsed = parseCaseFile(structuredClone(file));
					saved(await createCase(db, structuredClone(file)));
					expect(await readCase(db, file.case.id)).toStrictEqual(await sealed(parsed));
				} finally {
					db.close();
				}
			}),
			{ numRuns: RUNS }
		);
	});
});
