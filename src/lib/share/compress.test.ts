import { afterEach, describe, it, expect, vi } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { compress, decompress } from './compress';

const text = new TextEncoder().encode('{"c":1795417200,"e":1796022000,"l":1,"t":["Fine of 400,000 KZT","Штраф"]}'.repeat(5));

/** As in a browser without CompressionStream (Safari before 16.4, Firefox before 113). */
function withoutNativeStreams() {
	vi.stubGlobal('CompressionStream', undefined);
	vi.stubGlobal('DecompressionStream', undefined);
}

/** As in Chromium 80–102: the streams exist but know only 'deflate' and 'gzip'. */
function withStreamsWithoutRawDeflate() {
	const refuse = class {
		constructor(format: string) {
			throw new TypeError(`Unsupported compression format: '${format}'`);
		}
	};
	vi.stubGlobal('CompressionStream', refuse);
	vi.stubGlobal('DecompressionStream', refuse);
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('compress and decompress', () => {
	it('round-trips with the native streams, writing raw DEFLATE as zlib does', async () => {
		const packed = await compress(text);
		expect(packed.length).toBeLessThan(text.length / 3);
		expect(await decompress(packed, 1 << 20)).toEqual(text);
		// Raw DEFLATE: no zlib header (0x78) and no gzip magic (0x1f 0x8b) in front.
		expect(Array.from(packed)).toEqual(Array.from(deflateRawSync(text)));
	});

	it('round-trips with fflate where the browser has no CompressionStream', async () => {
		withoutNativeStreams();
		const packed = await compress(text);
		expect(await decompress(packed, 1 << 20)).toEqual(text);
	});

	it('falls back to fflate where the streams exist but refuse deflate-raw', async () => {
		withStreamsWithoutRawDeflate();
		const packed = await compress(text);
		expect(await decompress(packed, 1 << 20)).toEqual(text);
	});

	it('reads what the other implementation wrote, both ways', async () => {
		const native = await compress(text);
		withoutNativeStreams();
		const fallback = await compress(text);
		expect(await decompress(native, 1 << 20)).toEqual(text);
		vi.unstubAllGlobals();
		expect(await decompress(fallback, 1 << 20)).toEqual(text);
	});

	it.each([
		['native streams', () => undefined],
		['fflate', withoutNativeStreams]
	])('with %s, refuses a cut stream, a stream that is not DEFLATE and an empty one', async (_, setUp) => {
		setUp();
		const packed = await compress(text);
		await expect(decompress(packed.slice(0, packed.length - 3), 1 << 20)).rejects.toThrow();
		await expect(decompress(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1 << 20)).rejects.toThrow();
		await expect(decompress(new Uint8Array(0), 1 << 20)).rejects.toThrow();
	});

	it.each([
		['native streams', () => undefined],
		['fflate', withoutNativeStreams]
	])('with %s, stops inflating once the output passes the limit', async (_, setUp) => {
		setUp();
		const bomb = await compress(new Uint8Array(4 << 20));
		expect(bomb.length).toBeLessThan(8192);
		await expect(decompress(bomb, 1 << 20)).rejects.toThrow(RangeError);
		expect((await decompress(bomb, 4 << 20)).length).toBe(4 << 20);
	});
});
