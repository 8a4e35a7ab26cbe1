/**
 * Raw DEFLATE (RFC 1951, no zlib or gzip wrapper: the link has no room for headers it does not
 * need). The browser's own CompressionStream('deflate-raw') where it has one (Chromium 103,
 * Firefox 113, Safari 16.4); otherwise fflate, imported only then, so that modern browsers never
 * download it. Both read any valid raw DEFLATE stream, whichever of them wrote it; they do not
 * write the same bytes, which is fine: only the encrypted result has to be read back.
 */

const FORMAT = 'deflate-raw';

/**
 * A compression stream of the browser's own, or undefined when it has none for raw DEFLATE
 * (CompressionStream shipped with 'deflate' and 'gzip' before 'deflate-raw').
 */
function nativeStream<S>(Stream: (new (format: CompressionFormat) => S) | undefined): S | undefined {
	if (typeof Stream !== 'function') return undefined;
	try {
		return new Stream(FORMAT);
	} catch {
		return undefined;
	}
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

/** Everything a stream yields; throws (and stops reading) once it passes `maxBytes`. */
async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return concat(chunks, total);
		total += value.length;
		if (total > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw new RangeError('decompress: more than the allowed size');
		}
		chunks.push(value);
	}
}

export async function compress(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	const stream = nativeStream(globalThis.CompressionStream);
	if (stream) return readAll(new Blob([data]).stream().pipeThrough(stream), Infinity);
	const { deflateSync } = await import('fflate');
	return deflateSync(data, { level: 9 });
}

/**
 * The inflated bytes; throws on anything that is not one complete raw DEFLATE stream, and once
 * the output passes `maxBytes` (a few hundred bytes of DEFLATE can claim megabytes).
 */
export async function decompress(data: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
	// Even an empty input compresses to a final block; fflate would read nothing as nothing.
	if (data.length === 0) throw new RangeError('decompress: no DEFLATE stream');
	const stream = nativeStream(globalThis.DecompressionStream);
	if (stream) return readAll(new Blob([data]).stream().pipeThrough(stream), maxBytes);
	const { Inflate } = await import('fflate');
	const chunks: Uint8Array[] = [];
	let total = 0;
	const inflate = new Inflate((chunk) => {
		total += chunk.length;
		if (total > maxBytes) throw new RangeError('decompress: more than the allowed size');
		chunks.push(chunk);
	});
	inflate.push(data, true);
	return concat(chunks, total);
}
