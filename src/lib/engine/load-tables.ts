// Loads published tables into the engine on demand: each page asks for the
// tables it reads, each table is fetched and decoded once (off the main
// thread), and the metric views of src/sql/metrics.sql are created as soon
// as the tables they read are present.
//
// Only the site's own origin is contacted: manifest.json and the Parquet
// files under <base>/data/, resolved like any other static asset.
import { asset } from '$app/paths';
import materializeSql from '../../sql/materialize.sql?raw';
import metricsSql from '../../sql/metrics.sql?raw';
import { t } from '../i18n/i18n.ts';
import { errorText, getEngine, onRestart, onRetry, setEngineStatus, currentEngine, withConnection } from './duckdb-engine.ts';
import type { ColumnSpec } from './parquet-to-arrow.ts';
import type { DecodeRequest, DecodeResponse } from './parquet-decode.worker.ts';

export interface ManifestColumn extends ColumnSpec {
	description_zh?: string;
	description_en?: string;
}

export interface ManifestTable {
	name: string;
	file: string;
	rows: number;
	bytes: number;
	sha256: string;
	columns: ManifestColumn[];
}

export interface Manifest {
	dataset_version: string;
	build_time: string;
	tables: ManifestTable[];
	views?: { name: string }[];
}

/** The tables the views of metrics.sql read; the views are created once all are loaded. */
export const VIEW_TABLES: readonly string[] = ['districts', 'units', 'documents', 'budgets', 'indicators', 'quality_flags'];
/** Views a page may name in ensureTables(); they stand for VIEW_TABLES. */
export const VIEWS: readonly string[] = ['unit_year', 'unit_category_year', 'unmet_indicators', 'district_year', 'execution_outliers', 'outliers', 'indicator_names'];

/**
 * URL of the folder holding manifest.json and the Parquet files.
 * `asset()` carries the configured base path (paths.relative turns it into the
 * right absolute path in the browser); resolving against the page URL makes
 * it absolute for the decode worker.
 */
export function defaultDataUrl(): string {
	return new URL(asset('/data/'), location.href).href;
}

const manifests = new Map<string, Promise<Manifest>>();

/** manifest.json of a data folder, fetched once (revalidated: it changes with every data build). */
export function loadManifest(dataUrl: string = defaultDataUrl()): Promise<Manifest> {
	let p = manifests.get(dataUrl);
	if (!p) {
		p = fetch(new URL('manifest.json', dataUrl), { cache: 'no-cache' }).then(async (res) => {
			if (!res.ok) throw new Error(t('engine.manifestHttp', { status: String(res.status) }));
			return (await res.json()) as Manifest;
		});
		manifests.set(dataUrl, p);
		p.catch(() => manifests.delete(dataUrl)); // a later call may retry
	}
	return p;
}

// --- the decode worker: one for the whole app, created on first use --------

let decoder: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: DecodeResponse & { ok: true }) => void; reject: (e: Error) => void }>();

function decodeWorker(): Worker {
	if (decoder) return decoder;
	decoder = new Worker(new URL('./parquet-decode.worker.ts', import.meta.url), { type: 'module' });
	decoder.onmessage = ({ data }: MessageEvent<DecodeResponse>) => {
		const w = waiting.get(data.id);
		waiting.delete(data.id);
		if (data.ok) w?.resolve(data);
		else w?.reject(new Error(data.httpStatus ? t('engine.fileHttp', { status: String(data.httpStatus) }) : data.error));
	};
	decoder.onerror = (e) => {
		// The worker script itself failed (load or syntax error): fail everything in flight.
		const err = new Error(e.message ? t('engine.decoderFailedWith', { cause: e.message }) : t('engine.decoderFailed'));
		for (const w of waiting.values()) w.reject(err);
		waiting.clear();
		decoder?.terminate();
		decoder = undefined;
	};
	return decoder;
}

function decode(url: string, columns: ColumnSpec[]): Promise<DecodeResponse & { ok: true }> {
	return new Promise((resolve, reject) => {
		const id = nextId++;
		waiting.set(id, { resolve, reject });
		const req: DecodeRequest = { id, url, columns: columns.map(({ name, type }) => ({ name, type })) };
		decodeWorker().postMessage(req);
	});
}

// --- status: one message for all tables in flight ---------------------------

const inFlight = new Map<string, ManifestTable>();
let batchBytes = 0;
let batchDone = 0;
/** The last failure, shown until the next ensureTables() or retryEngine(). */
let failure: { message: string; error: string } | undefined;

function report(): void {
	if (!currentEngine()) return; // while the engine starts, its own status is the one to show
	if (failure) {
		setEngineStatus({ state: 'error', ...failure });
	} else if (inFlight.size) {
		const first = [...inFlight.values()][0];
		setEngineStatus({
			state: 'loading-tables',
			message: t('engine.loadingTable', { name: first.name, rows: first.rows }),
			progress: batchBytes ? batchDone / batchBytes : undefined
		});
	} else {
		setEngineStatus({ state: 'ready', message: t('engine.ready') });
	}
}

/** User Timing with `detail` where supported (older Safari/Firefox take only the start mark). */
function measure(name: string, start: string, detail?: Record<string, number>): void {
	try {
		performance.measure(name, { start, detail });
	} catch {
		performance.measure(name, start);
	}
}

// --- loading ----------------------------------------------------------------

const tables = new Map<string, Promise<void>>();
const loaded = new Set<string>();
const failed = new Map<string, string>(); // name → data URL, for retryEngine()
const loadedFrom = new Map<string, string>(); // name → data URL, for a restart
let views: Promise<void> | undefined;

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

async function loadTable(table: ManifestTable, dataUrl: string): Promise<void> {
	const mark = `engine:table:${table.name}`;
	performance.mark(`${mark}:start`);
	inFlight.set(table.name, table);
	batchBytes += table.bytes;
	report();
	try {
		// Decoding runs while the engine may still be starting; only the insert waits for it.
		const url = new URL(table.file, dataUrl);
		url.searchParams.set('v', table.sha256.slice(0, 16)); // a new file is a new URL: no stale browser cache
		const engineUp = getEngine().then(report); // once the engine is up, table progress is the news
		const [decoded] = await Promise.all([decode(url.href, table.columns), engineUp]);
		const insertMs = await withConnection(async (conn) => {
			const t0 = performance.now();
			await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table.name)}`); // a retried load starts clean
			await conn.insertArrowFromIPCStream(decoded.ipc, { name: table.name, create: true });
			return performance.now() - t0;
		});
		// From request to queryable (waiting for the engine included); the parts in `detail`.
		const { rows, bytes, fetchMs, decodeMs } = decoded;
		measure(mark, `${mark}:start`, { rows, bytes, fetchMs, decodeMs, insertMs });
		failed.delete(table.name);
		loaded.add(table.name);
		loadedFrom.set(table.name, dataUrl);
		batchDone += table.bytes;
	} catch (err) {
		tables.delete(table.name); // the next ensureTables() or retryEngine() tries again
		failed.set(table.name, dataUrl);
		failure = { message: t('engine.tableFailed', { name: table.name }), error: errorText(err) };
		throw err;
	} finally {
		inFlight.delete(table.name);
		if (!inFlight.size) batchBytes = batchDone = 0;
		report();
	}
}

/** Creates the macros and views of metrics.sql (materialized) once every table they read is loaded. */
function ensureViews(): Promise<void> | undefined {
	if (views || !VIEW_TABLES.every((n) => tables.has(n))) return views;
	views = Promise.all(VIEW_TABLES.map((n) => tables.get(n))).then(() =>
		withConnection(async (conn) => {
			performance.mark('engine:metrics:start');
			await conn.query(metricsSql);
			await conn.query(materializeSql); // the loaded tables never change: roll-ups computed once
			measure('engine:metrics', 'engine:metrics:start');
		}).catch((err) => {
			failure = { message: t('engine.viewsFailed'), error: errorText(err) };
			report();
			throw err;
		})
	);
	views.catch(() => (views = undefined)); // a later call tries again
	return views;
}

/**
 * Loads the named tables (and, for a view name such as 'unit_year', the
 * tables behind it), each once: concurrent calls share the same promises.
 * Resolves when all are queryable; `dataUrl` overrides the site's /data/ folder.
 */
export async function ensureTables(names: string[], dataUrl: string = defaultDataUrl()): Promise<void> {
	const wanted = new Set<string>();
	for (const n of names) for (const name of VIEWS.includes(n) ? VIEW_TABLES : [n]) wanted.add(name);
	failure = undefined;
	const missing = [...wanted].filter((n) => !tables.has(n));
	if (missing.length) {
		void getEngine().catch(() => undefined); // start the engine alongside the downloads
		let manifest: Manifest;
		try {
			manifest = await loadManifest(dataUrl);
		} catch (err) {
			for (const name of missing) failed.set(name, dataUrl); // retryEngine() asks again
			failure = { message: t('engine.manifestFailed'), error: errorText(err) };
			getEngine().then(report, () => undefined); // shown once the engine's own status is done
			report();
			throw err;
		}
		for (const name of missing) {
			if (tables.has(name)) continue; // another call started it meanwhile
			const table = manifest.tables.find((x) => x.name === name);
			if (!table) throw new Error(t('engine.noSuchTable', { name }));
			const p = loadTable(table, dataUrl);
			p.catch(() => undefined); // rejections reach the callers that await it, not the console
			tables.set(name, p);
		}
	}
	await Promise.all([...wanted].map((n) => tables.get(n)));
	await ensureViews();
}

/** Names of the tables loaded so far (for the SQL workspace's schema list). */
export function loadedTables(): string[] {
	return [...loaded];
}

onRetry(async () => {
	if (!failure) return;
	failure = undefined;
	const byUrl = new Map<string, string[]>();
	for (const [name, url] of failed) byUrl.set(url, [...(byUrl.get(url) ?? []), name]);
	for (const [url, names] of byUrl) await ensureTables(names, url).catch(() => undefined);
	await ensureViews()?.catch(() => undefined);
	report();
});

// A restarted engine is empty: forget every load (synchronously, so no page
// waits on a promise of the old engine) and load the same tables into the new one.
onRestart(() => {
	const again = new Map<string, string[]>();
	for (const name of loaded) {
		const url = loadedFrom.get(name) ?? defaultDataUrl();
		again.set(url, [...(again.get(url) ?? []), name]);
	}
	tables.clear();
	loaded.clear();
	views = undefined;
	failure = undefined;
	return Promise.all([...again].map(([url, names]) => ensureTables(names, url))).then(() => undefined);
});
