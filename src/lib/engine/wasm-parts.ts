// Fetches the engine's wasm, whole or as the parts the publish step cut it
// into (src/publish/split-large-files.ts: every file stays under static hosts'
// 25 MiB limit). `<url>.parts.json` says which; in dev there is none and the
// whole file is fetched.
import { t } from '../i18n/i18n.ts';

export interface PartsIndex {
	file: string;
	bytes: number;
	parts: string[];
}

type Progress = (loaded: number, total: number) => void;

async function readAll(res: Response, onChunk: (n: number) => void): Promise<Uint8Array[]> {
	if (!res.body) return [new Uint8Array(await res.arrayBuffer())];
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return chunks;
		chunks.push(value);
		onChunk(value.length);
	}
}

function failed(part: string | null, res: Response): Error {
	const status = String(res.status);
	return new Error(part === null ? t('engine.wasmHttp', { status }) : t('engine.wasmPartHttp', { part, status }));
}

/** The wasm (absolute `url`) as a Blob; `onProgress` gets decoded bytes so far and the total when known (0 if not). */
export async function fetchWasm(url: string, onProgress: Progress = () => {}, fetcher: typeof fetch = fetch): Promise<Blob> {
	const indexRes = await fetcher(`${url}.parts.json`).catch(() => null);
	const index = indexRes?.ok ? ((await indexRes.json().catch(() => null)) as PartsIndex | null) : null;
	let loaded = 0;
	const tick = (total: number) => (n: number) => onProgress((loaded += n), total);

	if (index && Array.isArray(index.parts) && index.parts.length) {
		const chunks: Uint8Array[] = [];
		for (const part of index.parts) {
			const res = await fetcher(new URL(part, url).href); // url is absolute
			if (!res.ok) throw failed(part, res);
			chunks.push(...(await readAll(res, tick(index.bytes))));
		}
		if (loaded !== index.bytes) throw new Error(t('engine.wasmIncomplete', { loaded: String(loaded), expected: String(index.bytes) }));
		return new Blob(chunks as BlobPart[], { type: 'application/wasm' });
	}

	const res = await fetcher(url);
	if (!res.ok) throw failed(null, res);
	// With Content-Encoding the length is the compressed size: no honest fraction then.
	const total = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length') ?? 0);
	return new Blob((await readAll(res, tick(total))) as BlobPart[], { type: 'application/wasm' });
}
