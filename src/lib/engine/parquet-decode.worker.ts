// Dedicated worker: fetches one published Parquet file and turns it into
// Arrow IPC stream bytes, so zstd decompression and decoding never block
// the page. The bytes are transferred back (no copy) for DuckDB to insert.
import { parquetToIPC, type ColumnSpec } from './parquet-to-arrow.ts';

export interface DecodeRequest {
	id: number;
	/** Absolute URL: a worker resolves relative URLs against its own script. */
	url: string;
	columns?: ColumnSpec[];
}

export type DecodeResponse =
	| { id: number; ok: true; ipc: Uint8Array; rows: number; bytes: number; fetchMs: number; decodeMs: number }
	| { id: number; ok: false; error: string; /** The HTTP status of a failed download (the page words the message). */ httpStatus?: number };

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<DecodeRequest>) => void) | null;
	postMessage(message: DecodeResponse, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data: { id, url, columns } }) => {
	try {
		const t0 = performance.now();
		const res = await fetch(url);
		if (!res.ok) {
			// No messages in the worker (it does not know the page's language): the page says it.
			scope.postMessage({ id, ok: false, error: `HTTP ${res.status}`, httpStatus: res.status });
			return;
		}
		const file = await res.arrayBuffer();
		const t1 = performance.now();
		const { ipc, rows } = await parquetToIPC(file, columns);
		const t2 = performance.now();
		scope.postMessage({ id, ok: true, ipc, rows, bytes: file.byteLength, fetchMs: t1 - t0, decodeMs: t2 - t1 }, [ipc.buffer]);
	} catch (err) {
		scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
	}
};
