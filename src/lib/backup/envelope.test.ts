/**
 * The encrypted backup's format: the test vector of docs/backup.md opens, a sealed backup opens
 * only with its passphrase, and no byte of the header or the data can change unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { envelopeProblem, isEnvelope, MAX_ITERATIONS, openBackup, sealBackup, type Envelope } from './envelope';
import { PBKDF2_ITERATIONS } from '$lib/share/crypto';
import BACKUP_DOC from '../../../docs/backup.md?raw';

/** The test vector of docs/backup.md. */
export const VECTOR = {
	passphrase: 'correct horse battery staple',
	text: '{"format":"clearday-case","version":1,"case":{"id":"case-1","title":"Suspended sentence","timeZone":"Asia/Almaty","sentence":{"from":"2023-04-25","until":"2029-04-24"}},"rules":[],"checkIns":[]}',
	envelope: {
		format: 'clearday-backup',
		version: 1,
		cipher: 'AES-256-GCM',
		compression: 'deflate-raw',
		kdf: { name: 'PBKDF2-SHA-256', iterations: 600000, salt: 'AAECAwQFBgcICQoLDA0ODw' },
		iv: 'oKGio6Slpqeoqaqr',
		data: 'luQIirkF0W5ob-yLxSPbcpRDcujtm8rH0RN5o6w8hAuPZIEyDIquzmi0CasIRwBrbUMAEK_Dugjjh5yhcnRSQmUVx-zcDjoxA_cmJZ2YHh4cXuVBvhisfpcy0Qyb-i_jc-kI5_4eoTDOCEVckeyhxngTX1ThO128HTo4W4ucv_jHtjtfo5R7Co4EjmZmbI0oYUxFtxGfSth_WgG-4_Y'
	}
} as const;

const MAX = 1 << 20;

/** The text with its character at `index` replaced by another of the base64url alphabet. */
function flip(text: string, index: number): string {
	return text.slice(0, index) + (text[index] === 'A' ? 'B' : 'A') + text.slice(index + 1);
}

/** A copy of the vector's envelope with `change` applied. */
function changed(change: (envelope: Record<string, unknown> & { kdf: Record<string, unknown> }) => void): unknown {
	const envelope = structuredClone(VECTOR.envelope) as unknown as Record<string, unknown> & { kdf: Record<string, unknown> };
	change(envelope);
	return envelope;
}

describe('the encrypted backup', () => {
	it('opens the test vector of docs/backup.md with its passphrase', async () => {
		expect(BACKUP_DOC).toContain(VECTOR.envelope.data);
		expect(BACKUP_DOC).toContain(VECTOR.text);
		expect(BACKUP_DOC).toContain(VECTOR.passphrase);
		expect(await openBackup(VECTOR.envelope, VECTOR.passphrase, MAX)).toEqual({ ok: true, text: VECTOR.text });
	});

	it('seals with the given salt and IV into the vector’s header, and what it seals opens again', async () => {
		const salt = new Uint8Array(16).map((_, i) => i);
		const iv = new Uint8Array(12).map((_, i) => 0xa0 + i);
		const envelope = await sealBackup(VECTOR.text, VECTOR.passphrase, { salt, iv, iterations: PBKDF2_ITERATIONS });
		const { data, ...header } = envelope;
		const { data: _, ...vectorHeader } = VECTOR.envelope;
		expect(header).toEqual(vectorHeader);
		expect(data.length).toBeGreaterThan(22);
		expect(await openBackup(envelope, VECTOR.passphrase, MAX)).toEqual({ ok: true, text: VECTOR.text });
	});

	it('uses a fresh salt and IV every time, and at least 600,000 PBKDF2 iterations', async () => {
		const [a, b] = await Promise.all([sealBackup('{}', 'passphrase 1'), sealBackup('{}', 'passphrase 1')]);
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.iv).not.toBe(b.iv);
		expect(a.data).not.toBe(b.data);
		expect(a.kdf.iterations).toBe(600_000);
		await expect(sealBackup('{}', 'passphrase 1', { salt: new Uint8Array(16), iv: new Uint8Array(12), iterations: 100_000 })).rejects.toThrow(RangeError);
		await expect(sealBackup('{}', '')).rejects.toThrow(RangeError);
	});

	it('says a wrong passphrase is wrong, the same passphrase in another Unicode form is right', async () => {
		expect(await openBackup(VECTOR.envelope, 'correct horse battery stapler', MAX)).toEqual({ ok: false, reason: 'wrong-passphrase' });
		const envelope = await sealBackup('{"a":1}', 'café crème');
		expect(await openBackup(envelope, 'cafe\u0301 cre\u0300me', MAX)).toEqual({ ok: true, text: '{"a":1}' });
	});

	it('authenticates the whole header and the data: a changed iteration count, salt, IV or data byte fails', async () => {
		const cases: [string, unknown][] = [
			['iterations', changed((e) => (e.kdf.iterations = 600_001))],
			['salt', changed((e) => (e.kdf.salt = 'AAECAwQFBgcICQoLDA0OEA'))],
			['iv', changed((e) => (e.iv = 'oKGio6Slpqeoqaqs'))],
			['data', changed((e) => (e.data = flip(e.data as string, 10)))]
		];
		for (const [what, envelope] of cases) expect(await openBackup(envelope, VECTOR.passphrase, MAX), what).toEqual({ ok: false, reason: 'wrong-passphrase' });
	});

	it('refuses a later version as such, and anything malformed as damaged, without deriving a key', async () => {
		expect(envelopeProblem(VECTOR.envelope)).toBeUndefined();
		expect(envelopeProblem(changed((e) => (e.version = 2)))).toBe('unknown-version');
		const damaged = [
			changed((e) => (e.version = '1')),
			changed((e) => (e.cipher = 'AES-128-CBC')),
			changed((e) => (e.compression = 'gzip')),
			changed((e) => (e.kdf.name = 'scrypt')),
			changed((e) => (e.kdf.iterations = 1000)),
			changed((e) => (e.kdf.iterations = MAX_ITERATIONS + 1)),
			changed((e) => (e.kdf.iterations = 600_000.5)),
			changed((e) => (e.kdf.salt = 'AAEC')),
			changed((e) => (e.iv = 'not base64url!')),
			changed((e) => (e.data = '')),
			changed((e) => (e.data = 'AAAA')),
			changed((e) => (e.extra = true)),
			changed((e) => delete e.iv),
			changed((e) => (e.kdf.pepper = 'x')),
			null,
			[],
			'clearday-backup'
		];
		for (const envelope of damaged) expect(envelopeProblem(envelope), JSON.stringify(envelope)).toBe('damaged');
		expect(await openBackup(changed((e) => (e.kdf.iterations = 1e12)), VECTOR.passphrase, MAX)).toEqual({ ok: false, reason: 'damaged' });
	});

	it('stops inflating at the limit it is given', async () => {
		const envelope = await sealBackup('x'.repeat(100_000), 'passphrase 1');
		expect(await openBackup(envelope, 'passphrase 1', 50_000)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('knows an envelope by its format, whatever else it has', () => {
		expect(isEnvelope(VECTOR.envelope)).toBe(true);
		expect(isEnvelope({ format: 'clearday-backup' })).toBe(true);
		expect(isEnvelope({ format: 'clearday-case' })).toBe(false);
		expect(isEnvelope('clearday-backup')).toBe(false);
		const typed: Envelope = VECTOR.envelope as unknown as Envelope;
		expect(typed.cipher).toBe('AES-256-GCM');
	});
});
