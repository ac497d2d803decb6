// The one DuckDB-WASM engine of the app, behind one init promise, with a
// status store any component can subscribe to.
//
// Browser only, but safe to import anywhere: nothing at module top level
// touches Worker/window, and @duckdb/duckdb-wasm itself is imported lazily
// inside startEngine(), so SSR/prerender never evaluates it and the first
// page load does not download it. The wasm and worker files are self-hosted
// through Vite `?url` imports (hashed, copied into the build, resolved under
// any base path); never a CDN, never the threaded (coi) build.
import { writable, type Readable } from 'svelte/store';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export type EngineState = 'idle' | 'loading-engine' | 'loading-tables' | 'ready' | 'error';

export interface EngineStatus {
	state: EngineState;
	/** Chinese, for the reader. */
	message: string;
	/** 0…1 when known. */
	progress?: number;
	/** The cause, when state is 'error'. */
	error?: string;
}

export interface Engine {
	db: AsyncDuckDB;
	/** The one shared connection; use it through withConnection() so statements never interleave. */
	conn: AsyncDuckDBConnection;
	bundle: 'eh' | 'mvp';
	version: string;
}

const IDLE: EngineStatus = { state: 'idle', message: '' };
const status = writable<EngineStatus>(IDLE);

/** Subscribable engine status (Svelte store contract). */
export const engineStatus: Readable<EngineStatus> = { subscribe: status.subscribe };

/** @internal for load-tables.ts: table loading reports through the same status. */
export function setEngineStatus(s: EngineStatus): void {
	status.set(s);
}

/** Turns anything thrown into a short reader-facing cause. */
export function errorText(err: unknown): string {
	if (err instanceof Error) return err.message || err.name;
	if (typeof err === 'string') return err;
	// A failed Worker script load arrives as a bare ErrorEvent.
	if (err && typeof err === 'object' && 'message' in err) return String((err as { message: unknown }).message);
	return String(err);
}

let enginePromise: Promise<Engine> | null = null;

/** The engine, started on the first call. A failed start stays failed until retryEngine(). */
export function getEngine(): Promise<Engine> {
	enginePromise ??= startEngine();
	return enginePromise;
}

/** Non-blocking: the engine if it is already up, else undefined (never starts it). */
let readyEngine: Engine | undefined;
export function currentEngine(): Engine | undefined {
	return readyEngine;
}

// Absolute URLs: the worker resolves relative ones against its own script URL.
const absolute = (u: string) => new URL(u, self.location.href).href;

async function startEngine(): Promise<Engine> {
	status.set({ state: 'loading-engine', message: '正在加载查询引擎…', progress: 0 });
	performance.mark('engine:instantiate:start');
	let worker: Worker | undefined;
	let db: AsyncDuckDB | undefined;
	try {
		if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined')
			throw new Error('此浏览器不支持 Web Worker 或 WebAssembly');
		const duckdb = await import('@duckdb/duckdb-wasm');
		// No `coi` entry: the threaded build needs cross-origin isolation and a pthread worker.
		const bundle = await duckdb.selectBundle({
			mvp: { mainModule: absolute(mvpModule), mainWorker: absolute(mvpWorker) },
			eh: { mainModule: absolute(ehModule), mainWorker: absolute(ehWorker) }
		});
		worker = new Worker(bundle.mainWorker!);
		// A worker script that fails to load only fires 'error' on the Worker; surface it.
		const workerFailed = new Promise<never>((_, reject) =>
			worker!.addEventListener('error', (e) => reject(new Error(`查询引擎工作线程加载失败${e.message ? '：' + e.message : ''}`)), { once: true })
		);
		workerFailed.catch(() => undefined); // only the race below cares; later worker errors are not ours
		db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		await Promise.race([
			workerFailed,
			db.instantiate(bundle.mainModule, null, (p) => {
				if (p.bytesTotal > 0)
					status.set({ state: 'loading-engine', message: '正在加载查询引擎…', progress: Math.min(1, p.bytesLoaded / p.bytesTotal) });
			})
		]);
		// Results keep DECIMAL as Arrow decimals: query.ts converts them exactly
		// (castDecimalToDouble leaves float residue, and garbles decimals nested in structs).
		await db.open({ query: { castDecimalToDouble: false, castBigIntToDouble: false } });
		const conn = await db.connect();
		// The site contacts no host but its own. No silent INSTALL/LOAD of known
		// extensions; then no external access at all (LOAD, read_csv('https://…'),
		// ATTACH …), which DuckDB refuses to re-enable, so even SQL typed into the
		// workspace cannot reach out. Arrow inserts are unaffected.
		await conn.query('SET autoinstall_known_extensions = false');
		await conn.query('SET autoload_known_extensions = false');
		await conn.query('SET enable_external_access = false');
		const engine: Engine = {
			db,
			conn,
			bundle: bundle.mainModule === absolute(ehModule) ? 'eh' : 'mvp',
			version: await db.getVersion()
		};
		performance.measure('engine:instantiate', 'engine:instantiate:start');
		readyEngine = engine;
		status.set({ state: 'ready', message: '查询引擎已就绪' });
		return engine;
	} catch (err) {
		// Free the worker and its wasm memory; retryEngine() starts from scratch.
		if (db) await db.terminate().catch(() => undefined);
		else worker?.terminate();
		status.set({ state: 'error', message: '查询引擎加载失败', error: errorText(err) });
		throw err;
	}
}

let idleScheduled = false;

/** Starts the engine once the page has painted and the browser is idle; no-op on the server. */
export function startEngineWhenIdle(): void {
	if (typeof window === 'undefined' || idleScheduled || enginePromise) return;
	idleScheduled = true;
	const start = () => void getEngine().catch(() => undefined); // failure is shown through the status
	const whenIdle = () =>
		'requestIdleCallback' in window ? window.requestIdleCallback(start, { timeout: 4000 }) : setTimeout(start, 1000);
	if (document.readyState === 'complete') whenIdle();
	else window.addEventListener('load', whenIdle, { once: true });
}

const retryHooks = new Set<() => Promise<void>>();

/** @internal load-tables.ts registers how to redo failed table loads. */
export function onRetry(hook: () => Promise<void>): void {
	retryHooks.add(hook);
}

/**
 * After an error: restarts a failed engine, then redoes failed table loads.
 * Components re-run their queries when the status is 'ready' again.
 */
export async function retryEngine(): Promise<void> {
	if (enginePromise && !readyEngine) {
		const failed = await enginePromise.then(
			() => false,
			() => true
		);
		if (failed) enginePromise = null;
	}
	try {
		await getEngine();
		for (const hook of retryHooks) await hook();
	} catch {
		// already reported through the status
	}
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` on the shared connection once every earlier task has finished:
 * DuckDB-WASM has one pending query per connection, so statements from
 * table loading and from pages must not interleave. Never nest calls.
 */
export function withConnection<T>(task: (conn: AsyncDuckDBConnection, engine: Engine) => Promise<T>): Promise<T> {
	const run = queue.then(async () => {
		const engine = await getEngine();
		return task(engine.conn, engine);
	});
	queue = run.catch(() => undefined);
	return run;
}
