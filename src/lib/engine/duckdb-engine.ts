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
import { fetchWasm } from './wasm-parts.ts';
import { t } from '../i18n/i18n.ts';

export type EngineState = 'idle' | 'loading-engine' | 'loading-tables' | 'ready' | 'error';

export interface EngineStatus {
	state: EngineState;
	/** For the reader, in the page's language. */
	message: string;
	/** 0…1 when known. */
	progress?: number;
	/** The cause, when state is 'error'. */
	error?: string;
}

export interface Engine {
	db: AsyncDuckDB;
	/**
	 * The pages' connection (table loading, charts, filters); use it through
	 * withConnection() so statements never interleave. No reader-written SQL
	 * ever runs on it.
	 */
	conn: AsyncDuckDBConnection;
	/**
	 * The SQL workspace's connection. DuckDB keeps temp tables, views and
	 * macros per connection, so nothing the analyst creates there (a temp
	 * `indicators`, a temp macro `sum`) can shadow what the pages read.
	 */
	workspace: AsyncDuckDBConnection;
	bundle: 'eh' | 'mvp';
	version: string;
}

/**
 * DuckDB's memory budget in the browser: most blow-ups end as DuckDB's own
 * "Out of Memory Error" well before the 4 GiB a wasm32 instance can address
 * (DuckDB-WASM's default, 3.1 GiB, leaves the page nothing).
 */
export const MEMORY_LIMIT = '1GB';

const IDLE: EngineStatus = { state: 'idle', message: '' };
const status = writable<EngineStatus>(IDLE);

/** Subscribable engine status (Svelte store contract). */
export const engineStatus: Readable<EngineStatus> = { subscribe: status.subscribe };

/** @internal for load-tables.ts: table loading reports through the same status. */
export function setEngineStatus(s: EngineStatus): void {
	status.set(s);
}

/**
 * The mvp build (browsers without WebAssembly exception handling, i.e. before
 * ~2022) cannot throw C++ exceptions in DuckDB-WASM 1.32: any statement that
 * raises one internally, even CREATE MACRO, dies with "_setThrew is not
 * defined" (duckdb/duckdb-wasm#1966). Say so instead of that riddle.
 */
export function explainEngineError(message: string): string {
	return message.includes('_setThrew')
		? t('engine.noWasmExceptions')
		: message;
}

/** Turns anything thrown into a short reader-facing cause. */
export function errorText(err: unknown): string {
	let text: string;
	if (err instanceof Error) text = err.message || err.name;
	else if (typeof err === 'string') text = err;
	// A failed Worker script load arrives as a bare ErrorEvent.
	else if (err && typeof err === 'object' && 'message' in err) text = String((err as { message: unknown }).message);
	else text = String(err);
	return explainEngineError(text);
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

/**
 * Downloads the engine's wasm on the page and hands the worker a blob: URL.
 * Why not let the worker fetch it: DuckDB-WASM 1.32 never settles
 * instantiate() when that fetch fails (e.g. HTTP 404), leaving the page
 * "loading" forever; here a failure is an error the reader sees, with real
 * download progress on the way.
 */
async function downloadWasm(url: string): Promise<string> {
	const blob = await fetchWasm(url, (loaded, total) => {
		// Download is most of the wait; compiling takes the last stretch.
		if (total > 0) status.set({ state: 'loading-engine', message: t('engine.loadingEngine'), progress: 0.9 * Math.min(1, loaded / total) });
	});
	return URL.createObjectURL(blob);
}

async function startEngine(): Promise<Engine> {
	status.set({ state: 'loading-engine', message: t('engine.loadingEngine'), progress: 0 });
	performance.mark('engine:instantiate:start');
	let worker: Worker | undefined;
	let db: AsyncDuckDB | undefined;
	try {
		if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined')
			throw new Error(t('engine.noWorker'));
		// Destructured so the bundler can drop what is not used (getJsDelivrBundles and its CDN URL).
		const { AsyncDuckDB, VoidLogger, selectBundle } = await import('@duckdb/duckdb-wasm');
		// No `coi` entry: the threaded build needs cross-origin isolation and a pthread worker.
		const bundle = await selectBundle({
			mvp: { mainModule: absolute(mvpModule), mainWorker: absolute(mvpWorker) },
			eh: { mainModule: absolute(ehModule), mainWorker: absolute(ehWorker) }
		});
		worker = new Worker(bundle.mainWorker!);
		// A worker script that fails to load only fires 'error' on the Worker; surface it.
		const workerFailed = new Promise<never>((_, reject) =>
			worker!.addEventListener('error', (e) => reject(new Error(e.message ? t('engine.workerFailedWith', { cause: e.message }) : t('engine.workerFailed'))), { once: true })
		);
		workerFailed.catch(() => undefined); // only the race below cares; later worker errors are not ours
		db = new AsyncDuckDB(new VoidLogger(), worker);
		const wasm = await downloadWasm(bundle.mainModule);
		try {
			await Promise.race([workerFailed, db.instantiate(wasm, null)]);
		} finally {
			URL.revokeObjectURL(wasm);
		}
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
		await conn.query(`SET memory_limit = '${MEMORY_LIMIT}'`);
		const engine: Engine = {
			db,
			conn,
			workspace: await db.connect(),
			bundle: bundle.mainModule === absolute(ehModule) ? 'eh' : 'mvp',
			version: await db.getVersion()
		};
		performance.measure('engine:instantiate', 'engine:instantiate:start');
		readyEngine = engine;
		status.set({ state: 'ready', message: t('engine.ready') });
		return engine;
	} catch (err) {
		// Free the worker and its wasm memory; retryEngine() starts from scratch.
		if (db) await db.terminate().catch(() => undefined);
		else worker?.terminate();
		status.set({ state: 'error', message: t('engine.engineFailed'), error: errorText(err) });
		throw err;
	}
}

/** What shows a reader means to filter: a form control in the page's content, or anything marked data-engine-intent. */
const INTENT = 'main select, main input, main textarea, [data-engine-intent]';
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin'] as const;

/** The browser asks for reduced data use (Chrome's Save-Data / Lite mode). */
export function savesData(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return connection?.saveData === true;
}

let intentArmed = false;

/**
 * Starts the engine (≈ 7.7 MB compressed) when the reader shows intent — a
 * pointer over, a tap on, or focus in a filter — so a reader who only reads
 * downloads none of it; never under Save-Data (a filter change still starts
 * it, when it is needed). No-op on the server and once the engine is started.
 * Pages with a filter in their URL, and /sql/, start it right away instead.
 */
export function startEngineOnIntent(): void {
	if (typeof window === 'undefined' || intentArmed || enginePromise || savesData()) return;
	intentArmed = true;
	const onIntent = (e: Event) => {
		if (!(e.target instanceof Element) || !e.target.closest(INTENT)) return;
		for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, true);
		void getEngine().catch(() => undefined); // failure is shown through the status
	};
	for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { capture: true, passive: true });
}

/** @deprecated the engine no longer starts in idle time: the same as startEngineOnIntent(). */
export const startEngineWhenIdle = startEngineOnIntent;

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

// --- surviving a WebAssembly trap ---------------------------------------------

/**
 * What a WebAssembly trap says (an allocation DuckDB does not account for,
 * e.g. `SELECT range(1000000000)`): after one the instance is broken for good,
 * and every later statement fails with the same words.
 */
const TRAP = /^(RuntimeError: )?(memory access out of bounds|unreachable|table index is out of bounds|null function or function signature mismatch|Aborted\()/;

export function isTrap(message: string): boolean {
	return TRAP.test(message);
}

/** Thrown to the caller whose statement trapped: the engine has been restarted (and is reloading). */
export class EngineRestartedError extends Error {
	constructor() {
		super(t('engine.restarted'));
		this.name = 'EngineRestartedError';
	}
}

const restartHooks = new Set<() => Promise<void>>();

/**
 * @internal load-tables.ts: called synchronously when the engine is replaced
 * (forget what was loaded), resolving once it is loaded again.
 */
export function onRestart(hook: () => Promise<void>): void {
	restartHooks.add(hook);
}

let restarting: Promise<void> | null = null;

/** Resolves once no restart is under way (queries wait for the tables to be back). */
export function engineSettled(): Promise<void> {
	return restarting ?? Promise.resolve();
}

/**
 * Replaces a trapped engine: a new worker, the tables the pages had loaded
 * loaded again; the status says so meanwhile (never 'ready' while broken).
 */
export function restartEngine(): Promise<void> {
	if (restarting) return restarting;
	const old = readyEngine;
	readyEngine = undefined;
	enginePromise = null;
	status.set({ state: 'loading-engine', message: t('engine.restarting'), progress: 0 });
	old?.db.terminate().catch(() => undefined);
	const reloads = [...restartHooks].map((hook) => hook()); // they start the new engine
	restarting = Promise.all([getEngine(), ...reloads])
		.then(() => undefined)
		.catch(() => undefined) // a failed reload is shown through the status, with its retry
		.finally(() => (restarting = null));
	return restarting;
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

/** Like withConnection(), on the workspace's connection (same queue: one statement at a time in the worker). */
export function withWorkspaceConnection<T>(task: (conn: AsyncDuckDBConnection, engine: Engine) => Promise<T>): Promise<T> {
	return withConnection((_, engine) => task(engine.workspace, engine));
}
