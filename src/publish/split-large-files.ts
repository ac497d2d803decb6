// Keeps every published file under the per-file limit of common static hosts
// (25 MiB: GitHub Pages' warning size, Cloudflare Pages' hard limit). Only the
// DuckDB-WASM binaries are that large (34–39 MB); they are cut into parts
// that the engine's downloader fetches and joins (src/lib/engine/wasm-parts.ts).
// Any other file over the limit fails the build, naming it.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

export const HOST_FILE_LIMIT = 25 * 1024 * 1024;
export const PART_BYTES = 16 * 1024 * 1024;

/** Written beside the parts as `<file>.parts.json`; the downloader's only input. */
export interface PartsIndex {
	file: string;
	bytes: number;
	parts: string[];
}

export async function* walk(dir: string): AsyncGenerator<string> {
	for (const e of await readdir(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) yield* walk(p);
		else if (e.isFile()) yield p;
	}
}

export interface SplitResult {
	file: string;
	bytes: number;
	parts: number;
}

export async function splitLargeFiles(dir: string, { limit = HOST_FILE_LIMIT, partBytes = PART_BYTES } = {}): Promise<SplitResult[]> {
	if (partBytes > limit) throw new Error(`partBytes (${partBytes}) must not exceed the limit (${limit})`);
	const split: SplitResult[] = [];
	const tooLarge: string[] = [];
	for await (const file of walk(dir)) {
		const { size } = await stat(file);
		if (size <= limit) continue;
		if (!file.endsWith('.wasm')) {
			tooLarge.push(`${relative(dir, file)} (${(size / 2 ** 20).toFixed(1)} MiB)`);
			continue;
		}
		const data = await readFile(file);
		const count = Math.ceil(size / partBytes);
		const parts: string[] = [];
		for (let i = 0; i < count; i++) {
			const name = `${basename(file)}.part${i + 1}of${count}`;
			await writeFile(join(file, '..', name), data.subarray(i * partBytes, (i + 1) * partBytes));
			parts.push(name);
		}
		const index: PartsIndex = { file: basename(file), bytes: size, parts };
		await writeFile(`${file}.parts.json`, JSON.stringify(index));
		await rm(file);
		split.push({ file: relative(dir, file), bytes: size, parts: count });
	}
	if (tooLarge.length) {
		throw new Error(
			`files over the ${(limit / 2 ** 20).toFixed(0)} MiB per-file limit of common static hosts: ${tooLarge.join(', ')}. ` +
				'Only .wasm files are split into parts; reduce these (e.g. publish fewer rows or split the table).'
		);
	}
	return split;
}
