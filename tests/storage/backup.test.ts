/**
 * Backups end to end in storage: a case exported and restored into an emptied database comes
 * back deep-equal (plain and encrypted); a bad file of any kind gets a clear error and leaves
 * every stored byte as it was; and any change to a past check-in in an exported file is caught by
 * the hash chain.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CleardayDb } from '../../src/lib/storage/db';
import { dismissAlert, readCase, readSettings, recordCheckIn, writeSetting } from '../../src/lib/storage';
import { makeBackup } from '../../src/lib/backup/export';
import { checkBackup, MAX_BACKUP_BYTES, readBackupFile, restoreBackup, unlockBackup, type ReadFailure } from '../../src/lib/backup/restore';
import { verifyChain } from '../../src/lib/integrity/chain';
import { issueMessages, type CaseFileIssue } from '../../src/lib/domain/issues';
import type { CaseFile } from '../../src/lib/domain/types';
import { arbCaseFile } from '../unit/arbitraries';
import { demoJson, freshDb, note, saved, sealed, snapshot, stored } from './helpers';

const NOW = new Date('2026-11-23T07:00:00Z');
const PASSPHRASE = 'my own words 2026';
const FAILURES: readonly ReadFailure[] = ['too-large', 'empty', 'unreadable', 'unknown-version', 'damaged', 'wrong-passphrase'];

type Outcome = { ok: true; file: CaseFile } | { ok: false; failure: ReadFailure | 'needs-passphrase' } | { ok: false; issues: CaseFileIssue[] };

/** What the Backup screen does with a chosen file: read, unlock, check, restore (replacing what is there). */
async function importFile(db: CleardayDb, blob: Blob, passphrase?: string): Promise<Outcome> {
	const read = await readBackupFile(blob);
	if (!read.ok) return read;
	let json = read.encrypted ? undefined : read.json;
	if (read.encrypted) {
		if (passphrase === undefined) return { ok: false, failure: 'needs-passphrase' };
		const unlocked = await unlockBackup(read.envelope, passphrase);
		if (!unlocked.ok) return unlocked;
		json = unlocked.json;
	}
	const checked = await checkBackup(json);
	if (!checked.ok) return { ok: false, issues: checked.issues };
	const active = (await db.settings.get('activeCase'))?.value as string | undefined;
	const restored = await restoreBackup(db, json, { replacing: active, now: NOW });
	return restored.ok ? { ok: true, file: restored.value } : { ok: false, issues: restored.issues };
}

/** The demo case on the phone as a person would have it: a few check-ins recorded, an alert dismissed. */
async function lived(db: CleardayDb): Promise<CaseFile> {
	await stored(db, demoJson() as CaseFile);
	saved(await recordCheckIn(db, 'case-almaty-demo', { id: 'n-1', kind: 'note', note: 'Called the officer', at: '2026-11-20T10:00:00+05:00', recordedAt: '2026-11-20T10:05:00+05:00' }));
	saved(
		await recordCheckIn(db, 'case-almaty-demo', { id: 'p-1', kind: 'payment', ruleId: 'rule-fine', amount: 4_000_000, currency: 'KZT', at: '2026-11-22T11:00:00+05:00', recordedAt: '2026-11-22T11:00:00+05:00' })
	);
	await dismissAlert(db, 'case-almaty-demo', 'rule-fine/2026-11-25/remind-P3D', new Date('2026-11-22T12:00:00Z'));
	return (await readCase(db, 'case-almaty-demo'))!;
}

/** A clear error: a known failure, or issues with a known code and an English sentence each. */
function expectClearError(outcome: Outcome): void {
	expect(outcome.ok).toBe(false);
	if (outcome.ok) return;
	if ('failure' in outcome) {
		expect([...FAILURES, 'needs-passphrase']).toContain(outcome.failure);
		return;
	}
	expect(outcome.issues.length).toBeGreaterThan(0);
	for (const issue of outcome.issues) {
		expect(Object.keys(issueMessages)).toContain(issue.code);
		expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
	}
}

/** Every table, as bytes would compare: same records, same key order. */
async function bytesOf(db: CleardayDb): Promise<string> {
	return JSON.stringify(await snapshot(db), (_, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
}

describe('export → wipe → import', () => {
	it.each([
		['plain', undefined],
		['encrypted', PASSPHRASE]
	])('brings the case back deep-equal (%s)', async (_, passphrase) => {
		const db = freshDb();
		const original = await lived(db);
		const backup = (await makeBackup(db, 'case-almaty-demo', { passphrase, now: NOW }))!;
		expect(backup.name).toBe(passphrase ? 'clearday-backup-2026-11-23-encrypted.json' : 'clearday-backup-2026-11-23.json');
		expect(backup.text.includes('Called the officer')).toBe(passphrase === undefined);

		// The phone is wiped: a new, empty database.
		const wiped = freshDb();
		const outcome = await importFile(wiped, new Blob([backup.text]), passphrase);
		expect(outcome).toEqual({ ok: true, file: original });
		expect(await readCase(wiped, 'case-almaty-demo')).toStrictEqual(original);
		expect(await verifyChain(original.checkIns)).toMatchObject({ ok: true, count: original.checkIns.length });
		expect((await readSettings(wiped)).lastBackup).toEqual({ caseId: 'case-almaty-demo', at: NOW.toISOString() });
		// The restored case is the person's own, not the demo any more.
		expect((await wiped.cases.get('case-almaty-demo'))!.demo).toBe(false);
	});

	it('asks for the passphrase of an encrypted backup, and refuses a wrong one by name', async () => {
		const db = freshDb();
		await lived(db);
		const backup = (await makeBackup(db, 'case-almaty-demo', { passphrase: PASSPHRASE, now: NOW }))!;
		const other = freshDb();
		expect(await importFile(other, new Blob([backup.text]))).toEqual({ ok: false, failure: 'needs-passphrase' });
		expect(await importFile(other, new Blob([backup.text]), 'my own words 2025')).toEqual({ ok: false, failure: 'wrong-passphrase' });
		expect(await other.cases.count()).toBe(0);
	});

	it('replaces the case on the phone only once the backup is fully in', async () => {
		const db = freshDb();
		await stored(db, demoJson() as CaseFile);
		const backupDb = freshDb();
		const other = await sealed({ ...(demoJson() as CaseFile), case: { ...(demoJson() as CaseFile).case, id: 'case-other', title: 'Another case' } });
		await stored(backupDb, other);
		const backup = (await makeBackup(backupDb, 'case-other', { now: NOW }))!;
		const outcome = await importFile(db, new Blob([backup.text]));
		expect(outcome.ok).toBe(true);
		expect(await db.cases.toCollection().primaryKeys()).toEqual(['case-other']);
		expect((await db.settings.get('activeCase'))!.value).toBe('case-other');
	});

	it('seals check-ins written without a hash (by a tab on old code) before exporting, so the backup restores', async () => {
		const db = freshDb();
		await stored(db, demoJson() as CaseFile);
		const late = note('late', { at: '2026-11-21T10:00:00+05:00', recordedAt: '2026-11-21T10:00:00+05:00' });
		await db.checkIns.add({ caseId: 'case-almaty-demo', id: 'late', checkIn: late as CaseFile['checkIns'][number] });
		const backup = (await makeBackup(db, 'case-almaty-demo', { now: NOW }))!;
		expect(await verifyChain(backup.file.checkIns)).toMatchObject({ ok: true });
		expect((await importFile(freshDb(), new Blob([backup.text]))).ok).toBe(true);
	});

	it('refuses a file larger than the limit without reading a byte of it', async () => {
		const db = freshDb();
		await lived(db);
		const before = await bytesOf(db);
		let read = false;
		const huge = {
			size: MAX_BACKUP_BYTES + 1,
			arrayBuffer: () => {
				read = true;
				return Promise.resolve(new ArrayBuffer(0));
			}
		} as unknown as Blob;
		expect(await importFile(db, huge)).toEqual({ ok: false, failure: 'too-large' });
		expect(read).toBe(false);
		expect(await bytesOf(db)).toBe(before);
	});
});

describe('importing a bad file (fuzzed)', () => {
	/** A database with the lived-in demo, its bytes, and a plain and an encrypted export of it. */
	async function setUp() {
		const db = freshDb();
		await lived(db);
		await writeSetting(db, 'backupEvery', 14);
		const plain = (await makeBackup(db, 'case-almaty-demo', { now: NOW }))!.text;
		const encrypted = (await makeBackup(db, 'case-almaty-demo', { passphrase: PASSPHRASE, now: NOW }))!.text;
		return { db, before: await bytesOf(db), plain, encrypted };
	}

	async function expectRefusedAndUnchanged(db: CleardayDb, before: string, blob: Blob, passphrase?: string): Promise<void> {
		expectClearError(await importFile(db, blob, passphrase));
		expect(await bytesOf(db)).toBe(before);
	}

	it('a truncated export, plain or encrypted, cut anywhere', { timeout: 120_000 }, async () => {
		const { db, before, plain, encrypted } = await setUp();
		await fc.assert(
			fc.asyncProperty(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async (isEncrypted, at) => {
				const text = isEncrypted ? encrypted : plain;
				const cut = text.slice(0, Math.floor(at * (text.length - 2)));
				await expectRefusedAndUnchanged(db, before, new Blob([cut]), isEncrypted ? PASSPHRASE : undefined);
			}),
			{ numRuns: 60 }
		);
	});

	it('garbage: random bytes, random text, random JSON', { timeout: 60_000 }, async () => {
		const { db, before } = await setUp();
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.uint8Array({ maxLength: 2000 }).map((bytes) => new Blob([bytes])),
					fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => new Blob([text])),
					fc.jsonValue().map((value) => new Blob([JSON.stringify(value) ?? 'null'])),
					fc.jsonValue().map((value) => new Blob([JSON.stringify({ format: 'clearday-backup', version: 1, data: value })])),
					fc.dictionary(fc.constantFrom('format', 'version', 'case', 'rules', 'checkIns', 'extra'), fc.jsonValue()).map((value) => new Blob([JSON.stringify({ format: 'clearday-case', ...value })]))
				),
				async (blob) => expectRefusedAndUnchanged(db, before, blob)
			),
			{ numRuns: 150 }
		);
	});

	it('an encrypted export with a wrong passphrase, or a changed byte', { timeout: 120_000 }, async () => {
		const { db, before, encrypted } = await setUp();
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.normalize('NFC') !== PASSPHRASE).map((passphrase) => ({ passphrase, text: encrypted })),
					fc.nat().map((index) => {
						const envelope = JSON.parse(encrypted) as { data: string };
						const at = index % envelope.data.length;
						envelope.data = envelope.data.slice(0, at) + (envelope.data[at] === 'A' ? 'B' : 'A') + envelope.data.slice(at + 1);
						return { passphrase: PASSPHRASE, text: JSON.stringify(envelope) };
					})
				),
				async ({ passphrase, text }) => expectRefusedAndUnchanged(db, before, new Blob([text]), passphrase)
			),
			{ numRuns: 8 }
		);
	});

	it('valid JSON whose content does not hold together: references, ids, periods, currencies, the chain', { timeout: 120_000 }, async () => {
		const { db, before, plain } = await setUp();
		type Json = { case: Record<string, unknown> & { sentence: Record<string, string> }; rules: Record<string, unknown>[]; checkIns: Record<string, unknown>[] };
		const damages: ((file: Json, index: number) => void)[] = [
			(file, i) => (file.checkIns[i % file.checkIns.length]!.ruleId = 'no-such-rule'),
			(file, i) => (file.checkIns[i % file.checkIns.length]!.id = file.checkIns[(i + 1) % file.checkIns.length]!.id),
			(file, i) => (file.checkIns[i % file.checkIns.length]!.supersedes = 'nothing-here'),
			(file, i) => (file.checkIns[i % file.checkIns.length]!.recordedAt = '2000-01-01T00:00:00Z'),
			(file, i) => (file.checkIns[i % file.checkIns.length]!.hash = 'not a hash'),
			(file, i) => delete file.checkIns[i % file.checkIns.length]!.hash,
			(file, i) => file.checkIns.splice(i % file.checkIns.length, 1),
			(file, i) => file.checkIns.splice(i % file.checkIns.length, 0, { ...file.checkIns[i % file.checkIns.length]!, id: 'copy' }),
			(file, i) => (file.rules[i % file.rules.length]!.id = file.rules[(i + 1) % file.rules.length]!.id),
			(file) => (file.case.sentence = { from: '2029-04-24', until: '2023-04-25' }),
			(file) => (file.case.timeZone = '+05:00'),
			(file) => {
				const payment = file.checkIns.find((checkIn) => checkIn.kind === 'payment')!;
				payment.currency = 'USD';
			}
		];
		await fc.assert(
			fc.asyncProperty(fc.array(fc.tuple(fc.nat(damages.length - 1), fc.nat(1000)), { minLength: 1, maxLength: 3 }), async (picks) => {
				const file = JSON.parse(plain) as Json;
				for (const [which, index] of picks) damages[which]!(file, index);
				await expectRefusedAndUnchanged(db, before, new Blob([JSON.stringify(file)]));
			}),
			{ numRuns: 80 }
		);
	});
});

describe('the chain catches a changed past check-in', () => {
	/** A value that differs from `value`, of any JSON type. */
	const arbOther = (value: unknown) => fc.jsonValue().filter((other) => JSON.stringify(other) !== JSON.stringify(value));

	it('any field of any check-in changed, added or removed, in any generated case: the chain breaks exactly there', { timeout: 60_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(
				arbCaseFile()
					.filter((file) => file.checkIns.length > 0)
					.chain((file) =>
						fc.record({
							file: fc.constant(file),
							index: fc.nat(file.checkIns.length - 1),
							field: fc.oneof(fc.constantFrom(...new Set(file.checkIns.flatMap((checkIn) => Object.keys(checkIn)))), fc.constantFrom('extra', 'note', 'ruleId')),
							edit: fc.constantFrom('change', 'remove'),
							seed: fc.jsonValue()
						})
					),
				async ({ file, index, field, edit, seed }) => {
					const exported = await sealed(file);
					const checkIn = exported.checkIns[index] as unknown as Record<string, unknown>;
					if (edit === 'remove' && field in checkIn) delete checkIn[field];
					else checkIn[field] = JSON.stringify(seed) !== JSON.stringify(checkIn[field]) ? seed : [seed];
					expect(await verifyChain(exported.checkIns)).toMatchObject({ ok: false, index, reason: 'mismatch' });
				}
			),
			{ numRuns: 300 }
		);
	});

	it('an edit a person could make to an exported file (a note, an amount, a date) is refused on import with that check-in named', { timeout: 60_000 }, async () => {
		const db = freshDb();
		const original = await lived(db);
		const plain = (await makeBackup(db, 'case-almaty-demo', { now: NOW }))!.text;
		const before = await bytesOf(db);
		await fc.assert(
			fc.asyncProperty(fc.nat(original.checkIns.length - 1), fc.string({ minLength: 1, maxLength: 20 }).filter((text) => /\S/.test(text)), async (index, words) => {
				const file = JSON.parse(plain) as { checkIns: Record<string, unknown>[] };
				const checkIn = file.checkIns[index]!;
				if (checkIn.kind === 'payment') checkIn.amount = (checkIn.amount as number) + 100;
				else checkIn.note = `${String(checkIn.note ?? '')}${words}`.slice(0, 200);
				const outcome = await importFile(db, new Blob([JSON.stringify(file)]));
				expect(outcome).toMatchObject({ ok: false, issues: [{ path: `checkIns[${index}].hash`, code: 'chain.mismatch', params: { position: index + 1, id: checkIn.id } }] });
				expect(await bytesOf(db)).toBe(before);
			}),
			{ numRuns: 40 }
		);
	});
});

it('works on a fresh fake IndexedDB of its own per database (no test sees another’s records)', async () => {
	const a = new CleardayDb('same-name', { indexedDB: new IDBFactory(), IDBKeyRange });
	const b = new CleardayDb('same-name', { indexedDB: new IDBFactory(), IDBKeyRange });
	await stored(a, demoJson() as CaseFile);
	expect(await b.cases.count()).toBe(0);
	a.close();
	b.close();
});
