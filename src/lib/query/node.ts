// Build-time entry of the query layer: DuckDB (Node) over the published
// Parquet files, with the same metric macros and views as the browser.
// Imported only by +page.server.ts / scripts, never by browser code.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { bindParams, type SqlValue } from './bind-sql.ts';
import { toPlainRows } from './plain-rows.ts';
import type { QueryRunner } from './types.ts';

const SQL_DIR = join(process.cwd(), 'src', 'sql');
const TABLES = ['districts', 'units', 'documents', 'budgets', 'budget_lines', 'tasks', 'indicators', 'scores', 'quality_flags', 'indicator_families', 'source_lines'];

let shared: Promise<QueryRunner> | null = null;

/** The dataset folder: static/data by default, DATA_DIR to build against another (e.g. synthetic) dataset. */
export function dataDir(): string {
	return resolve(process.env.DATA_DIR ?? join(process.cwd(), 'static', 'data'));
}

/**
 * Opens a published dataset folder. `materialize: false` keeps the roll-up
 * views as plain views (tests compare both ways: same rows).
 */
export async function openDataset(dir = dataDir(), { materialize = true } = {}): Promise<QueryRunner> {
	const db = await DuckDBInstance.create(':memory:');
	const conn: DuckDBConnection = await db.connect();
	for (const t of TABLES) {
		const path = join(dir, `${t}.parquet`).replace(/'/g, "''");
		await conn.run(`CREATE TABLE ${t} AS SELECT * FROM read_parquet('${path}')`);
	}
	for (const f of materialize ? ['metrics.sql', 'materialize.sql'] : ['metrics.sql']) await conn.run(await readFile(join(SQL_DIR, f), 'utf8'));
	let queue: Promise<unknown> = Promise.resolve();
	return {
		query<T>(sql: string, params: Record<string, SqlValue> = {}): Promise<T[]> {
			const run = queue.then(async () => {
				const bound = bindParams(sql, params);
				// Prepared statement, values bound apart from the text; whole numbers as
				// BIGINT like DuckDB-WASM's binding (a JS number alone would be DOUBLE).
				const values = bound.values.map((v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v));
				const reader = await conn.runAndReadAll(bound.sql, values.length ? values : undefined);
				return toPlainRows(reader.getRowObjectsJS()) as T[];
			});
			queue = run.catch(() => undefined);
			return run;
		}
	};
}

/** One instance per build process: every prerendered page shares it. */
export function buildTimeDataset(): Promise<QueryRunner> {
	shared ??= openDataset();
	return shared;
}
