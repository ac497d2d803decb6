// The indicator explorer's data (/indicators): the same named SQL for the
// prerender (Node) and for the reader's filters (DuckDB-WASM); only the
// runner differs. Every count and sort happens in SQL (src/sql/explorer.sql
// and src/sql/queries/explorer-*.sql); this module binds parameters and
// shapes the rows.
import explorerSql from '../../sql/explorer.sql?raw';
import type { SqlValue } from '../query/bind-sql.ts';
import type { OutlierRow as OutlierRowZh } from './rows.ts';
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';

/** A row of the outlier view with its English sentence (`reason_en`, see localized-column.ts). */
export type OutlierRow = OutlierRowZh & { reason_en?: string | null };

/** What the explorer reads in the browser: the metric views (their tables) and the family names. */
export const EXPLORER_TABLES = ['indicator_names', 'indicator_families'];

/**
 * Rows per page of the list ("显示更多" adds another page). A new search
 * re-renders the page: laying out 200 rows of Chinese text took ≈ 50 ms of
 * the 150 ms budget (bench), 100 half that. The explorer's first-rows table
 * holds 200 per name, so the first two pages come from it (src/sql/explorer.sql).
 */
export const PAGE_SIZE = 100;
/** Rows the family view returns at most (sorted by who falls short first). */
export const FAMILY_LIMIT = 500;
/** Rows one CSV export writes at most: a 1M-row CSV would not fit a browser tab. */
export const EXPORT_LIMIT = 100_000;

export const SORT_KEYS = ['default', 'relevance', 'unit', 'year', 'name', 'level1', 'status', 'attainment'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ExplorerFilters {
	/** Search text over indicator names; '' = no search. */
	q: string;
	level1: string | null;
	level2: string | null;
	status: string | null;
	district: string | null;
	unit: string | null;
	year: number | null;
	kind: string | null;
	family: string | null;
	sort: SortKey;
	dir: 'asc' | 'desc';
}

export const NO_FILTERS: ExplorerFilters = {
	q: '',
	level1: null,
	level2: null,
	status: null,
	district: null,
	unit: null,
	year: null,
	kind: null,
	family: null,
	sort: 'default',
	dir: 'asc'
};

/** One row of the list (explorer-rows.sql). */
export interface ExplorerRow {
	indicator_id: string;
	unit_id: string;
	short_name: string | null;
	district_code: string | null;
	district_name: string | null;
	fiscal_year: number;
	doc_id: string;
	level1: string | null;
	level2: string | null;
	name: string;
	target_text: string | null;
	actual_text: string | null;
	attainment: number | null;
	status: string;
	family: string | null;
	source_line: number | null;
	/** Share of the query's character pairs in the name (1 = contains the query); null without a search. */
	match_score: number | null;
}

/** explorer-summary.sql: counts per status, 一级 category and attainment bin. */
export interface SummaryRow {
	dimension: 'status' | 'level1' | 'attainment';
	key: string;
	n: number;
}

export interface ExplorerSummary {
	total: number;
	byStatus: { key: string; n: number }[];
	byLevel1: { key: string; n: number }[];
	/** Attainment bins 0…15 (bin k = [k/10, (k+1)/10), 15 = 150 % and above) with their counts; empty bins included. */
	histogram: { bin: number; n: number }[];
}

/** One unit and year of a family (explorer-family.sql). */
export interface FamilyRow {
	unit_id: string;
	short_name: string | null;
	district_code: string | null;
	district_name: string | null;
	fiscal_year: number;
	indicators: number;
	met: number;
	not_met: number;
	not_judged: number;
	attainment_rate: number | null;
	lowest_attainment: number | null;
	/** Indicators whose target is on the family's comparison basis. */
	compared: number;
	target_median: number | null;
	target_min: number | null;
	target_max: number | null;
	actual_median: number | null;
	basis_unit: string | null;
	basis_direction: 'higher_better' | 'lower_better' | null;
	family_median: number | null;
	target_vs_median: number | null;
	easier_than_median: boolean | null;
	rows_total: number;
}

export interface OptionRow {
	filter: 'level1' | 'level2' | 'status' | 'year' | 'district' | 'unit' | 'kind' | 'family';
	value: string;
	label: string;
	/** A family's English name; null for the other filters (their labels come from labels.ts). */
	label_en?: string | null;
	parent: string | null;
	detail: string | null;
	n: number;
}

export interface ExplorerOption {
	value: string;
	label: string;
	/** A family's English name (show it with localized(option, 'label')). */
	label_en?: string | null;
	/** 二级 → its 一级; unit → its district. */
	parent: string | null;
	detail: string | null;
	n: number;
}

export type ExplorerOptions = Record<OptionRow['filter'], ExplorerOption[]>;

export interface ExplorerData {
	filters: ExplorerFilters;
	summary: ExplorerSummary;
	rows: ExplorerRow[];
	/** Set when a family is chosen. */
	family: FamilyRow[] | null;
	/** The family's targets that may be set too low (outlier view, over_achievement); set with `family`. */
	familyOutliers: OutlierRow[] | null;
}

/** Over-achievements listed under a family, at most. */
export const FAMILY_OUTLIERS = 20;

// The index of src/sql/explorer.sql is built once per engine (per runner in
// Node, where every prerendered page shares one).
const prepared = new WeakMap<QueryRunner, Promise<void>>();

/** Builds the explorer's index on this engine if not done yet. */
export function prepareExplorer(db: QueryRunner): Promise<void> {
	let p = prepared.get(db);
	if (!p) {
		p = (async () => {
			performance.mark('explorer:index:start'); // the bench reads 'explorer:index' (User Timing)
			// one statement per call: the browser engine's query() runs a single statement
			for (const statement of explorerSql.split(/;\s*(?:\n|$)/)) if (/^\s*[A-Z]/m.test(statement)) await db.query(statement);
			performance.measure('explorer:index', 'explorer:index:start');
		})();
		prepared.set(db, p);
		p.catch(() => prepared.delete(db)); // a later call tries again
	}
	return p;
}

/** Control characters (C0, DEL, C1): never part of an indicator name, removed from a search before it runs. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The search text as it is run: control characters removed, trimmed. */
export function searchText(q: string): string {
	return q.replace(CONTROL, '').trim();
}

/** The SQL parameters of a filter set ($q … $family, $sort, $dir), bound as values of a prepared statement. */
export function filterParams(f: ExplorerFilters): Record<string, SqlValue> {
	const q = searchText(f.q);
	return {
		q: q === '' ? null : q,
		level1: f.level1,
		level2: f.level2,
		status: f.status,
		district: f.district,
		unit: f.unit,
		year: f.year,
		kind: f.kind,
		family: f.family,
		// relevance needs a query; without one it is document order
		sort: f.sort === 'relevance' && q === '' ? 'default' : f.sort,
		dir: f.dir
	};
}

export function summarize(rows: SummaryRow[]): ExplorerSummary {
	const pick = (d: SummaryRow['dimension']) => rows.filter((r) => r.dimension === d).map((r) => ({ key: r.key, n: Number(r.n) }));
	const byStatus = pick('status');
	const bins = new Map(pick('attainment').map((r) => [Number(r.key), r.n]));
	return {
		total: byStatus.reduce((s, r) => s + r.n, 0),
		byStatus,
		byLevel1: pick('level1').sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : 1)),
		histogram: Array.from({ length: 16 }, (_, bin) => ({ bin, n: bins.get(bin) ?? 0 }))
	};
}

export function groupOptions(rows: OptionRow[]): ExplorerOptions {
	const out: ExplorerOptions = { level1: [], level2: [], status: [], year: [], district: [], unit: [], kind: [], family: [] };
	for (const r of rows) out[r.filter]?.push({ value: r.value, label: r.label, label_en: r.label_en ?? null, parent: r.parent, detail: r.detail, n: Number(r.n) });
	out.year.sort((a, b) => Number(b.value) - Number(a.value)); // latest first
	// by district, then id (code-point order: the same in Node and every browser)
	const key = (x: ExplorerOption) => `${x.parent ?? ''}\u0000${x.value}`;
	out.unit.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	return out;
}

export async function loadExplorerOptions(db: QueryRunner): Promise<ExplorerOptions> {
	await prepareExplorer(db);
	return groupOptions(await db.query<OptionRow>(QUERIES.explorerOptions));
}

/** One page of rows from `offset`. */
export async function loadExplorerRows(db: QueryRunner, filters: ExplorerFilters, offset = 0, limit = PAGE_SIZE): Promise<ExplorerRow[]> {
	await prepareExplorer(db);
	return db.query<ExplorerRow>(QUERIES.explorerRows, { ...filterParams(filters), limit, offset });
}

export async function loadFamily(db: QueryRunner, filters: ExplorerFilters): Promise<FamilyRow[] | null> {
	if (!filters.family) return null;
	await prepareExplorer(db);
	return db.query<FamilyRow>(QUERIES.explorerFamily, { ...filterParams(filters), limit: FAMILY_LIMIT });
}

export async function loadExplorer(db: QueryRunner, filters: ExplorerFilters): Promise<ExplorerData> {
	await prepareExplorer(db);
	const p = filterParams(filters);
	const summary = summarize(await db.query<SummaryRow>(QUERIES.explorerSummary, p));
	const rows = await loadExplorerRows(db, filters);
	const family = await loadFamily(db, filters);
	const familyOutliers = filters.family
		? await db.query<OutlierRow>(QUERIES.explorerFamilyOutliers, { family: filters.family, year: filters.year, district: filters.district, unit: filters.unit, limit: FAMILY_OUTLIERS })
		: null;
	return { filters, summary, rows, family, familyOutliers };
}

// --- the URL: /indicators/?q=满意度&family=satisfaction&status=not_met … ------

const TEXT_KEYS = ['level1', 'level2', 'status', 'district', 'unit', 'kind', 'family'] as const;

/** Filters from a URL's query string; unknown values are dropped by the caller's option check. */
export function filtersFromSearch(params: URLSearchParams): ExplorerFilters {
	const f: ExplorerFilters = { ...NO_FILTERS, q: (params.get('q') ?? '').slice(0, 100) };
	for (const k of TEXT_KEYS) {
		const v = params.get(k);
		if (v) f[k] = v;
	}
	const y = params.get('year');
	if (y && /^\d{4}$/.test(y)) f.year = Number(y);
	const sort = params.get('sort');
	if (sort && (SORT_KEYS as readonly string[]).includes(sort)) f.sort = sort as SortKey;
	else if (f.q.trim()) f.sort = 'relevance';
	if (params.get('dir') === 'desc') f.dir = 'desc';
	return f;
}

/** The query string of a filter set: only what differs from the defaults. */
export function searchFromFilters(f: ExplorerFilters): URLSearchParams {
	const p = new URLSearchParams();
	if (f.q.trim()) p.set('q', f.q.trim());
	for (const k of TEXT_KEYS) if (f[k]) p.set(k, f[k]!);
	if (f.year !== null) p.set('year', String(f.year));
	const defaultSort = f.q.trim() ? 'relevance' : 'default';
	if (f.sort !== defaultSort) p.set('sort', f.sort);
	if (f.dir === 'desc') p.set('dir', 'desc');
	return p;
}

/** Drops filter values the data does not have (a stale or hand-edited link). */
export function validFilters(f: ExplorerFilters, o: ExplorerOptions): ExplorerFilters {
	const has = (k: keyof ExplorerOptions, v: string | null) => (v !== null && o[k].some((x) => x.value === v) ? v : null);
	return {
		...f,
		level1: has('level1', f.level1),
		level2: has('level2', f.level2),
		status: has('status', f.status),
		district: has('district', f.district),
		unit: has('unit', f.unit),
		kind: has('kind', f.kind),
		family: has('family', f.family),
		year: f.year !== null && o.year.some((x) => Number(x.value) === f.year) ? f.year : null
	};
}
