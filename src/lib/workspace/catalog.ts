// What the engine holds, for the schema browser, autocompletion and the
// statement guard: every table and view of the main schema (published) and
// of the temp catalog (the analyst's), with columns, types, row counts and
// the descriptions of manifest.json in the page's language. Read from DuckDB's own catalog
// functions, so temp tables the analyst creates appear after a refresh.
import type { Completion } from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import type { Manifest } from '../engine/load-tables.ts';
import { lang, t, tOr } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { GuardCatalog } from './statement-guard.ts';
import { tokenize } from './statements.ts';

export interface CatalogColumn {
	name: string;
	type: string;
	description?: string;
}

export interface CatalogObject {
	name: string;
	kind: 'table' | 'view';
	/** In the temp catalog: the analyst's, this tab only. */
	temporary: boolean;
	columns: CatalogColumn[];
	/** Exact for published objects; an estimate for temp tables; null for temp views. */
	rows: number | null;
	description?: string;
}

export interface Catalog {
	objects: CatalogObject[];
	macros: { name: string; temporary: boolean }[];
	/** DuckDB's built-in function names (a temp macro may not shadow them). */
	builtins?: string[];
}

/** Runs SQL and returns plain rows (the engine's query(), or a Node runner in tests). */
export type RunSql = <T>(sql: string) => Promise<T[]>;

// Published objects live in the default database's main schema (the roll-up
// caches in `cache` are internals); the analyst's in temp.main.
const SCOPE = `schema_name = 'main' AND NOT internal AND database_name IN ('temp', current_database())`;

const OBJECTS_SQL = `
SELECT table_name AS name, 'table' AS kind, database_name = 'temp' AS temporary, estimated_size AS size
FROM duckdb_tables() WHERE ${SCOPE}
UNION ALL
SELECT view_name, 'view', database_name = 'temp', NULL
FROM duckdb_views() WHERE ${SCOPE}
ORDER BY temporary, kind, name`;

const COLUMNS_SQL = `
SELECT table_name, database_name = 'temp' AS temporary, column_name, data_type
FROM duckdb_columns() WHERE ${SCOPE}
ORDER BY table_name, column_index`;

const MACROS_SQL = `
SELECT DISTINCT function_name AS name, database_name = 'temp' AS temporary
FROM duckdb_functions() WHERE function_type IN ('macro', 'table_macro') AND ${SCOPE}
ORDER BY name`;

const BUILTINS_SQL = `SELECT DISTINCT function_name AS name FROM duckdb_functions() WHERE database_name = 'system'`;
let builtins: string[] | undefined; // the engine's own: the same for the whole visit

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Reads the catalog. `counts` caches exact row counts of published objects
 * (they never change): filled on the first call, reused after.
 */
export async function loadCatalog(run: RunSql, manifest?: Manifest | null, counts: Map<string, number> = new Map()): Promise<Catalog> {
	const objects = await run<{ name: string; kind: 'table' | 'view'; temporary: boolean; size: number | null }>(OBJECTS_SQL);
	const columns = await run<{ table_name: string; temporary: boolean; column_name: string; data_type: string }>(COLUMNS_SQL);
	const macros = await run<{ name: string; temporary: boolean }>(MACROS_SQL);
	builtins ??= (await run<{ name: string }>(BUILTINS_SQL)).map((r) => r.name);

	const uncounted = objects.filter((o) => !o.temporary && !counts.has(o.name));
	if (uncounted.length) {
		const sql = uncounted.map((o) => `SELECT ${sqlString(o.name)} AS name, count(*) AS n FROM ${quoteIdent(o.name)}`).join('\nUNION ALL\n');
		for (const r of await run<{ name: string; n: number }>(sql)) counts.set(r.name, Number(r.n));
	}

	const tableDocs = new Map((manifest?.tables ?? []).map((table) => [table.name, table]));
	const viewDocs = new Map(((manifest?.views ?? []) as Described[]).map((v) => [v.name, described(v)]));

	return {
		objects: objects.map((o) => {
			const doc = o.temporary ? undefined : tableDocs.get(o.name);
			const colDocs = new Map((doc?.columns ?? []).map((c) => [c.name, described(c)]));
			return {
				name: o.name,
				kind: o.kind,
				temporary: o.temporary,
				rows: o.temporary ? (o.kind === 'table' ? Number(o.size ?? 0) : null) : (counts.get(o.name) ?? null),
				description: o.temporary ? undefined : o.kind === 'view' ? viewDocs.get(o.name) : tableCaption(o.name),
				columns: columns
					.filter((c) => c.table_name === o.name && c.temporary === o.temporary)
					.map((c) => ({ name: c.column_name, type: c.data_type, description: colDocs.get(c.column_name) ?? undefined }))
			};
		}),
		macros,
		builtins
	};
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

interface Described {
	name: string;
	description_zh?: string;
	description_en?: string;
}

/** A manifest description in the page's language (the Chinese one when there is no English). */
function described(d: Described): string | undefined {
	return (lang() === 'en' && d.description_en) || d.description_zh;
}

/** Short captions of the published tables (manifest.json describes columns, not tables). */
function tableCaption(name: string): string | undefined {
	return tOr(`sql.tableCaption.${name}`, '') || undefined;
}

/** What the statement guard needs to know. */
export function guardCatalog(c: Catalog): GuardCatalog {
	return {
		tempTables: c.objects.filter((o) => o.temporary && o.kind === 'table').map((o) => o.name),
		tempViews: c.objects.filter((o) => o.temporary && o.kind === 'view').map((o) => o.name),
		tempMacros: c.macros.filter((m) => m.temporary).map((m) => m.name),
		published: [...c.objects.filter((o) => !o.temporary).map((o) => o.name), ...c.macros.filter((m) => !m.temporary).map((m) => m.name)],
		builtinFunctions: c.builtins ?? []
	};
}

function columnCompletion(o: CatalogObject, c: CatalogColumn, boost = 0): Completion {
	return { label: c.name, type: 'property', detail: `${c.type} · ${o.name}`, info: c.description, boost };
}

function objectCompletion(o: CatalogObject): Completion {
	const kind = t(o.temporary ? (o.kind === 'table' ? 'sql.schema.tempTable' : 'sql.schema.tempView') : o.kind === 'table' ? 'sql.schema.table' : 'sql.schema.view');
	const rows = o.rows == null ? '' : ` · ${t('sql.rows', { n: o.rows })}`;
	return { label: o.name, type: o.kind === 'table' ? 'class' : 'interface', detail: `${kind}${rows}`, info: o.description };
}

/** The `schema` option of @codemirror/lang-sql: tables and views, each with its columns (for `name.` completion). */
export function completionSchema(c: Catalog): SQLNamespace {
	const schema: Record<string, SQLNamespace> = {};
	for (const o of c.objects) schema[o.name] = { self: objectCompletion(o), children: o.columns.map((col) => columnCompletion(o, col)) };
	return schema;
}

/**
 * Columns of the tables and views a statement names (FROM units, JOIN
 * unit_year …), offered unqualified: `FROM indicators SELECT attai` → attainment.
 */
export function columnsInScope(c: Catalog, statement: string): Completion[] {
	const named = new Set(tokenize(statement).filter((t) => t.kind === 'word' || t.kind === 'quoted').map((t) => t.text.replace(/^"|"$/g, '').toLowerCase()));
	const out: Completion[] = [];
	const seen = new Set<string>();
	for (const o of c.objects) {
		if (!named.has(o.name.toLowerCase())) continue;
		for (const col of o.columns) {
			if (seen.has(col.name)) continue;
			seen.add(col.name);
			out.push(columnCompletion(o, col, 2)); // before keywords and table names
		}
	}
	return out;
}
