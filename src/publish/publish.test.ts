import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';
import { splitLargeFiles, type PartsIndex } from './split-large-files.ts';

async function site(files: Record<string, Buffer | string>) {
	const dir = await mkdtemp(join(tmpdir(), 'gz-publish-'));
	for (const [name, body] of Object.entries(files)) {
		await mkdir(join(dir, name, '..'), { recursive: true });
		await writeFile(join(dir, name), body);
	}
	return dir;
}

const wasm = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 31) % 251));

describe('splitLargeFiles', () => {
	it('cuts a wasm over the limit into parts that join back to it, and lists them', async () => {
		const dir = await site({ 'assets/engine.wasm': wasm, 'assets/small.wasm': wasm.subarray(0, 100) });
		const out = await splitLargeFiles(dir, { limit: 5_000, partBytes: 4_000 });
		expect(out).toEqual([{ file: 'assets/engine.wasm', bytes: 10_000, parts: 3 }]);
		const files = (await readdir(join(dir, 'assets'))).sort();
		expect(files).toEqual(['engine.wasm.part1of3', 'engine.wasm.part2of3', 'engine.wasm.part3of3', 'engine.wasm.parts.json', 'small.wasm']);
		const index = JSON.parse(await readFile(join(dir, 'assets/engine.wasm.parts.json'), 'utf8')) as PartsIndex;
		expect(index).toEqual({ file: 'engine.wasm', bytes: 10_000, parts: ['engine.wasm.part1of3', 'engine.wasm.part2of3', 'engine.wasm.part3of3'] });
		const joined = Buffer.concat(await Promise.all(index.parts.map((p) => readFile(join(dir, 'assets', p)))));
		expect(joined.equals(wasm)).toBe(true);
	});

	it('fails the build naming any other file over the limit', async () => {
		const dir = await site({ 'data/indicators.parquet': wasm });
		await expect(splitLargeFiles(dir, { limit: 5_000, partBytes: 4_000 })).rejects.toThrow(/data\/indicators\.parquet \(0\.0 MiB\)/);
	});
});

describe('precompress', () => {
	it('writes .br and .gz siblings that decompress to the file, and skips what does not shrink', async () => {
		const js = 'export const x = 1;\n'.repeat(500);
		const random = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(Math.random() * 256)));
		const dir = await site({ 'a.js': js, 'b.parquet': random, 'tiny.css': 'a{}', 'e.wasm.part1of2': wasm });
		const r = await precompress(dir);
		expect(brotliDecompressSync(await readFile(join(dir, 'a.js.br'))).toString()).toBe(js);
		expect(gunzipSync(await readFile(join(dir, 'a.js.gz'))).toString()).toBe(js);
		expect(gunzipSync(await readFile(join(dir, 'e.wasm.part1of2.gz'))).equals(wasm)).toBe(true);
		const files = await readdir(dir);
		expect(files).not.toContain('b.parquet.gz'); // incompressible
		expect(files).not.toContain('tiny.css.br'); // under 1 KiB
		expect(r.files).toBe(3);
		expect(r.brotliBytes).toBeLessThan(r.bytes);
	});
});
