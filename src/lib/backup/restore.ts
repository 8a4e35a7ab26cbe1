/**
 * Restoring a backup: a file chosen on the phone is read (refused unread when too large), opened
 * with its passphrase when it is encrypted, checked whole (parseCaseFile, then the hash chain),
 * and only then, once the person has agreed to replace the case on the phone, stored in one
 * transaction (createCase, which checks it all again). Nothing is written before that.
 */
import { parseCaseFile } from '$lib/domain/casefile';
import { CaseFileError, makeIssue, type CaseFileIssue } from '$lib/domain/issues';
import type { CaseFile } from '$lib/domain';
import { createCase } from '$lib/storage/cases';
import { sealFile } from '$lib/storage/seal-file';
import type { CleardayDb } from '$lib/storage/db';
import type { Saved } from '$lib/storage/result';
import { writeSetting } from '$lib/storage/settings';
import { envelopeProblem, isEnvelope, openBackup, type OpenFailure } from './envelope';

/**
 * The largest backup the app reads: about 100,000 check-ins, 45 years of daily entries. A larger
 * file is refused before it is read, so that a wrong file cannot exhaust a phone's memory.
 */
export const MAX_BACKUP_BYTES = 32 * 1024 * 1024;

/** Why a file could not be read as a backup at all (its content's problems are issues). */
export type ReadFailure = 'too-large' | 'empty' | 'unreadable' | OpenFailure;

export type ReadOutcome =
	| { ok: true; encrypted: false; json: unknown }
	/** Needs its passphrase (`unlockBackup`). */
	| { ok: true; encrypted: true; envelope: unknown }
	| { ok: false; failure: ReadFailure }
	| { ok: false; issues: CaseFileIssue[] };

/** The text of a backup, parsed, told apart: encrypted or plain. */
export function readBackupText(text: string): ReadOutcome {
	if (text.length > MAX_BACKUP_BYTES) return { ok: false, failure: 'too-large' };
	if (text.trim() === '') return { ok: false, failure: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, issues: [makeIssue('', 'json.invalid')] };
	}
	if (!isEnvelope(json)) return { ok: true, encrypted: false, json };
	const problem = envelopeProblem(json);
	return problem ? { ok: false, failure: problem } : { ok: true, encrypted: true, envelope: json };
}

/** A chosen file: its size is checked before a byte of it is read. */
export async function readBackupFile(file: Blob): Promise<ReadOutcome> {
	if (file.size > MAX_BACKUP_BYTES) return { ok: false, failure: 'too-large' };
	if (file.size === 0) return { ok: false, failure: 'empty' };
	let text: string;
	try {
		// Not UTF-8 (a photo, a spreadsheet) cannot be a backup.
		text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
	} catch {
		return { ok: false, failure: 'unreadable' };
	}
	return readBackupText(text);
}

/** The case file inside an encrypted backup, or why it did not open. */
export async function unlockBackup(envelope: unknown, passphrase: string): Promise<{ ok: true; json: unknown } | { ok: false; failure: ReadFailure }> {
	const opened = await openBackup(envelope, passphrase, MAX_BACKUP_BYTES);
	if (!opened.ok) return { ok: false, failure: opened.reason };
	try {
		return { ok: true, json: JSON.parse(opened.text) };
	} catch {
		// Sealed with the right passphrase, yet not JSON: not something this app wrote.
		return { ok: false, failure: 'damaged' };
	}
}

/**
 * The whole file checked as restoring it would check it: every problem of its content, then its
 * chain. Writes nothing: for the screen to show what would come in (or what is wrong) before it
 * asks to replace anything.
 */
export async function checkBackup(json: unknown): Promise<Saved<CaseFile>> {
	let file: CaseFile;
	try {
		file = parseCaseFile(json);
	} catch (error) {
		if (error instanceof CaseFileError) return { ok: false, issues: [...error.issues] };
		throw error;
	}
	const sealed = await sealFile(file);
	return 'issue' in sealed ? { ok: false, issues: [sealed.issue] } : { ok: true, value: { ...file, checkIns: sealed.checkIns } };
}

/**
 * Stores the backup's case as the active case, replacing `replacing` (the case on the phone) in
 * the same transaction: the old case stays until the new one is completely in. A restored case
 * is its own latest backup.
 */
export async function restoreBackup(db: CleardayDb, json: unknown, options: { replacing?: string; now: Date }): Promise<Saved<CaseFile>> {
	const saved = await createCase(db, json, { replacing: options.replacing, now: options.now });
	if (saved.ok) await writeSetting(db, 'lastBackup', { caseId: saved.value.case.id, at: options.now.toISOString() }).catch(() => undefined);
	return saved;
}
