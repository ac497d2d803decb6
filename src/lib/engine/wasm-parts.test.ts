import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import { fetchWasm } from './wasm-parts.ts';

const BYTES = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
const URL_ = 'http://site/_app/immutable/assets/duckdb-eh.abc.wasm';

/** A fake host: `files` by absolute URL, 404 otherwise; records requests. */
function host(files: Record<string, Uint8Array | string>) {
	const requested: string[] = [];
	const fetcher = (async (input: string) => {
		requested.push(String(input));
		const body = files[String(input)];
		if (body === undefined) return new Response('not found', { status: 404 });
		return new Response(body as BodyInit, { headers: { 'content-length': String(body.length) } });
	}) as typeof fetch;
	return { fetcher, requested };
}

const bytesOf = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

describe('fetchWasm', () => {
	it('joins the parts listed in <file>.parts.json, in order, with progress over the whole', async () => {
		const parts = [BYTES.subarray(0, 400), BYTES.subarray(400, 800), BYTES.subarray(800)];
		const { fetcher, requested } = host({
			[`${URL_}.parts.json`]: JSON.stringify({ file: 'duckdb-eh.abc.wasm', bytes: 1000, parts: ['duckdb-eh.abc.wasm.part1of3', 'duckdb-eh.abc.wasm.part2of3', 'duckdb-eh.abc.wasm.part3of3'] }),
			[`${URL_}.part1of3`]: parts[0],
			[`${URL_}.part2of3`]: parts[1],
			[`${URL_}.part3of3`]: parts[2]
		});
		const progress: [number, number][] = [];
		const blob = await fetchWasm(URL_, (l, t) => progress.push([l, t]), fetcher);
		expect(await bytesOf(blob)).toEqual(BYTES);
		expect(blob.type).toBe('application/wasm');
		expect(requested).not.toContain(URL_);
		expect(progress.at(-1)).toEqual([1000, 1000]);
	});

	it('fetches the whole file when there is no parts index (dev server, unsplit host)', async () => {
		const { fetcher, requested } = host({ [URL_]: BYTES });
		const blob = await fetchWasm(URL_, undefined, fetcher);
		expect(await bytesOf(blob)).toEqual(BYTES);
		expect(requested).toEqual([`${URL_}.parts.json`, URL_]);
	});

	it('says which part is missing, and refuses a short file', async () => {
		const index = { file: 'x', bytes: 1000, parts: ['duckdb-eh.abc.wasm.part1of2', 'duckdb-eh.abc.wasm.part2of2'] };
		const missing = host({ [`${URL_}.parts.json`]: JSON.stringify(index), [`${URL_}.part1of2`]: BYTES.subarray(0, 500) });
		await expect(fetchWasm(URL_, undefined, missing.fetcher)).rejects.toThrow(/分片 duckdb-eh\.abc\.wasm\.part2of2 .*HTTP 404/);
		const short = host({ [`${URL_}.parts.json`]: JSON.stringify(index), [`${URL_}.part1of2`]: BYTES.subarray(0, 500), [`${URL_}.part2of2`]: BYTES.subarray(500, 900) });
		await expect(fetchWasm(URL_, undefined, short.fetcher)).rejects.toThrow(/不完整：收到 900 字节，应为 1000/);
	});

	it('reports a failed whole-file download with its HTTP status', async () => {
		const { fetcher } = host({});
		await expect(fetchWasm(URL_, undefined, fetcher)).rejects.toThrow(/HTTP 404/);
	});
});

describe('fetchWasm on English pages', () => {
	afterEach(() => setLang('zh'));

	it('says in English which download failed', async () => {
		setLang('en');
		await expect(fetchWasm(URL_, undefined, host({}).fetcher)).rejects.toThrow('Download of the engine file failed (HTTP 404)');
		const short = host({
			[`${URL_}.parts.json`]: JSON.stringify({ file: 'duckdb-eh.abc.wasm', bytes: 1000, parts: ['duckdb-eh.abc.wasm.part1of1'] }),
			[`${URL_}.part1of1`]: BYTES.subarray(0, 900)
		});
		await expect(fetchWasm(URL_, undefined, short.fetcher)).rejects.toThrow('Engine file incomplete: received 900 bytes, expected 1000');
	});
});
