// Browser entry of the query layer: the same named SQL and parameters as the
// build-time entry (node.ts), run by DuckDB-WASM. Imported dynamically, so the
// prerender never loads the engine.
import { ensureTables } from '../engine/load-tables.ts';
import { query } from '../engine/query.ts';
import { bindParams, type SqlValue } from './bind-sql.ts';
import { OVERVIEW_TABLES } from './queries.ts';
import type { QueryRunner } from './types.ts';

export async function browserDataset(tables: string[] = OVERVIEW_TABLES): Promise<QueryRunner> {
	await ensureTables(tables);
	return {
		query<T>(sql: string, params: Record<string, SqlValue> = {}) {
			const bound = bindParams(sql, params);
			return query<T>(bound.sql, bound.values.length ? bound.values : undefined);
		}
	};
}
