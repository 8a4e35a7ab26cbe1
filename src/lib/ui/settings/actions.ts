/**
 * What the settings screen does, one function per tap. Writes that validate return `Saved`;
 * storage failures throw StorageError for the screen to put in words.
 */
import type { CaseInfo } from '$lib/domain';
import { deleteCase } from '$lib/storage/case-records';
import { updateCaseInfo } from '$lib/storage/cases';
import { Live } from '$lib/storage/live.svelte';
import { readSettings, writeSetting, type Settings } from '$lib/storage/settings';
import { requestPersistence } from '$lib/storage/persistence';
import { type Saved } from '$lib/storage/result';
import { appDb } from '$lib/app/db';

/** The device's settings, live (another tab turning notifications on shows here too). */
export const deviceSettings = new Live<Settings>(() => readSettings(appDb()));

export function saveCaseInfo(caseId: string, info: unknown): Promise<Saved<CaseInfo>> {
	return updateCaseInfo(appDb(), caseId, info);
}

export function removeCase(caseId: string): Promise<void> {
	return deleteCase(appDb(), caseId);
}

export function askToKeepData(): Promise<Settings['persistence']> {
	return requestPersistence(appDb(), globalThis.navigator?.storage);
}

export type NotificationAnswer = 'on' | 'off' | 'refused' | 'unsupported';

/**
 * Turns phone notifications on (asking the browser's permission: only ever on a tap) or off,
 * and stores the choice. Without permission the choice stays off.
 */
export async function setNotifications(on: boolean): Promise<NotificationAnswer> {
	if (!on) {
		await writeSetting(appDb(), 'notifications', false);
		return 'off';
	}
	if (typeof Notification === 'undefined') {
		await writeSetting(appDb(), 'notifications', false);
		return 'unsupported';
	}
	const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
	await writeSetting(appDb(), 'notifications', permission === 'granted');
	return permission === 'granted' ? 'on' : 'refused';
}
