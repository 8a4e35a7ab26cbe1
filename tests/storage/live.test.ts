/**
 * `Live`: a Dexie liveQuery as Svelte state. It must run its query only while something reads
 * it inside an effect, and re-run it when a table it read changes, also when the write comes
 * from another connection to the same database (another tab of the app).
 *
 * Why this is not a `*.svelte.test.ts` with `$effect.root`: the `unit` project runs in node with
 * vite's server conditions, so `svelte/reactivity` resolves to Svelte's server build, where
 * `createSubscriber` is a no-op, and runes in test files are compiled for the server, where
 * effects never run. Live would never subscribe, and such a test would prove nothing. So this
 * file swaps in Svelte's client build of `svelte/reactivity` (the one the browser gets) and
 * drives it with the client runtime's own effects (`effect_root`, `render_effect`, `flush`:
 * what `$effect.root`, `$effect` and `flushSync` compile to in the browser).
 */
import 'fake-indexeddb/auto'; // Dexie's liveQuery runs only where a global indexedDB exists.
import { describe, expect, it, vi } from 'vitest';
// @ts-expect-error -- Svelte ships no types for its internal client runtime.
import * as clientRuntime from 'svelte/internal/client';
import { Live } from '../../src/lib/storage/live.svelte';
import { IDBKeyRange } from 'fake-indexeddb';
import { createCase, readCase, readSettings, recordCheckIn, writeSetting, DEFAULT_SETTINGS } from '../../src/lib/storage';
import { CleardayDb } from '../../src/lib/storage/db';
import { StorageError } from '../../src/lib/storage/errors';
import { freshDb, note, sameDb, saved, smallCase } from './helpers';
import { setLock, unlock } from '../../src/lib/storage/lock';

vi.mock('svelte/reactivity', async () => {
	const clientBuild: string = '../../node_modules/svelte/src/reactivity/index-client.js';
	return import(/* @vite-ignore */ clientBuild);
});

const svelte = clientRuntime as {
	effect_root(fn: () => void): () => void;
	render_effect(fn: () => void): void;
	flush(): void;
};

/** Runs `read` in an effect (as a component's template would) until `stop` is called. */
function watch(read: () => void): () => void {
	const stop = svelte.effect_root(() => svelte.render_effect(read));
	svelte.flush();
	return stop;
}

/** Waits until `condition` holds, flushing Svelte's effects in between; fails after 2 s. */
async function until(condition: () => boolean): Promise<void> {
	const deadline = Date.now() + 2000;
	while (!condition()) {
		if (Date.now() > deadline) expect.fail('timed out waiting for the live value');
		await new Promise((resolve) => setTimeout(resolve, 5));
		svelte.flush();
	}
}

describe('Live', () => {
	it('runs no query until something reads it inside an effect', async () => {
		const db = freshDb();
		await db.open();
		const query = vi.fn(() => readSettings(db));
		const live = new Live(query);
		// Read outside any effect: nothing to keep up to date, so nothing runs.
		expect(live.current).toBeUndefined();
		expect(live.ready).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(query).not.toHaveBeenCalled();

		const stop = watch(() => void live.current);
		await until(() => live.ready);
		expect(live.current).toEqual(DEFAULT_SETTINGS);
		expect(query).toHaveBeenCalledTimes(1);
		stop();
	});

	it('updates when another connection to the same database writes (another tab)', async () => {
		const db = freshDb();
		const otherTab = sameDb(db);
		saved(await createCase(db, smallCase()));
		const live = new Live(() => readCase(db, 'case-1'));
		const seen: (number | undefined)[] = [];
		const stop = watch(() => void seen.push(live.current?.checkIns.length));
		await until(() => live.current !== undefined);
		expect(live.current!.checkIns).toHaveLength(3);

		saved(await recordCheckIn(otherTab, 'case-1', note('from-the-other-tab')));
		await until(() => live.current!.checkIns.length === 4);
		expect(live.current!.checkIns.at(-1)!.id).toBe('from-the-other-tab');
		// The effect that read it ran again for each new value.
		expect(seen).toEqual([undefined, 3, 4]);

		// A write in this connection updates it too.
		saved(await recordCheckIn(db, 'case-1', note('from-this-tab')));
		await until(() => live.current!.checkIns.length === 5);
		stop();
	});

	it('reset: forgets what it read and reads again, so the app lock can drop the case and read it once open', async () => {
		const db = freshDb();
		saved(await createCase(db, smallCase()));
		await setLock(db, 'pin', '123456', 1_000);
		const live = new Live(() => readCase(db, 'case-1'));
		const stop = watch(() => void live.current);
		await until(() => live.current !== undefined);

		db.vault.lock();
		live.reset();
		expect(live.current).toBeUndefined();
		await until(() => live.ready);
		expect(live.current).toBeUndefined();
		expect(live.error).toMatchObject({ problem: 'locked' });

		expect((await unlock(db, '123456', new Date())).ok).toBe(true);
		live.reset();
		await until(() => live.current !== undefined);
		expect(live.current!.checkIns).toHaveLength(3);
		expect(live.error).toBeUndefined();
		stop();
	});

	it('shows a storage failure as its error, so the screen can say so instead of waiting forever', async () => {
		// No IndexedDB: Dexie's own error for this is one that liveQuery would silently ignore.
		const missing = new CleardayDb('clearday-missing', { indexedDB: undefined, IDBKeyRange });
		const live = new Live(() => readCase(missing, 'case-1'));
		const stop = watch(() => void live.error);
		await until(() => live.ready);
		expect(live.error).toBeInstanceOf(StorageError);
		expect((live.error as StorageError).problem).toBe('unavailable');
		expect(live.current).toBeUndefined();
		stop();
	});

	it('stops querying once nothing reads it any more', async () => {
		const db = freshDb();
		const query = vi.fn(() => readSettings(db));
		const live = new Live(query);
		const stop = watch(() => void live.current);
		await until(() => live.ready);
		await writeSetting(db, 'notifications', true);
		await until(() => live.current?.notifications === true);
		const runs = query.mock.calls.length;

		stop();
		await new Promise((resolve) => setTimeout(resolve, 20));
		await writeSetting(sameDb(db), 'notifications', false);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(query).toHaveBeenCalledTimes(runs);
	});
});
