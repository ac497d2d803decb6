// The overview's data: the same named queries for the prerender (Node) and
// for filter changes in the browser (DuckDB-WASM). Only the runner differs.
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';
import type * as R from './rows.ts';

export interface OverviewFilters {
	/** NULL = all years: each unit at its latest figure (the view unit_latest). */
	year: number | null;
	/** NULL = all districts. */
	district: string | null;
}

/**
 * A scatter row: the outlier reason comes in both languages (SQL writes
 * `outlier_reason_en` next to it); `localized(row, 'outlier_reason')` picks the page's.
 */
export type ScatterRow = R.ScatterRow & { outlier_reason_en?: string | null };

/** A standout: its sentence in both languages, `localized(row, 'sentence')`. */
export type StandoutRow = R.StandoutRow & { sentence_en?: string | null };

export interface OverviewData {
	filters: OverviewFilters;
	headline: R.Headline;
	ranking: R.RankingRow[];
	/** Every district of Guangzhou, with or without data (not narrowed by the district filter). */
	districts: R.DistrictRow[];
	distribution: R.DistributionRow[];
	scatter: ScatterRow[];
	heatmap: R.HeatmapRow[];
	standouts: StandoutRow[];
}

export async function loadOverview(db: QueryRunner, filters: OverviewFilters): Promise<OverviewData> {
	const p = { year: filters.year, district: filters.district };
	const [headline] = await db.query<R.Headline>(QUERIES.overviewHeadline, p);
	return {
		filters,
		headline,
		ranking: await db.query<R.RankingRow>(QUERIES.overviewExecutionRanking, p),
		districts: await db.query<R.DistrictRow>(QUERIES.overviewDistricts, p),
		distribution: await db.query<R.DistributionRow>(QUERIES.overviewExecutionDistribution, p),
		scatter: await db.query<ScatterRow>(QUERIES.overviewBudgetScatter, p),
		heatmap: await db.query<R.HeatmapRow>(QUERIES.overviewAttainmentHeatmap, p),
		standouts: await db.query<StandoutRow>(QUERIES.overviewStandouts, p)
	};
}

export interface FilterOptions {
	years: number[];
	districts: { code: string; name: string }[];
	/** Every district code with data, in order: chart colours stay put when a filter drops districts. */
	allDistrictCodes: string[];
	/** The year with the most units reporting an execution rate (filter-options.sql). */
	defaultYear: number | null;
}

export async function loadFilterOptions(db: QueryRunner): Promise<FilterOptions> {
	const rows = await db.query<{ filter: string; value: string; label: string }>(QUERIES.filterOptions);
	const years = rows.filter((r) => r.filter === 'year').map((r) => Number(r.value)).sort((a, b) => b - a);
	const districts = rows.filter((r) => r.filter === 'district').map((r) => ({ code: r.value, name: r.label }));
	const defaultYear = rows.find((r) => r.filter === 'default_year');
	return { years, districts, allDistrictCodes: districts.map((d) => d.code), defaultYear: defaultYear ? Number(defaultYear.value) : null };
}

/** Fewer units than this with a figure: the page lists their figures as cards instead of charting them. */
export const SPARSE_UNITS = 3;

/** Ranking rows shown at each end (top and bottom) before the full list. */
export const RANKING_ENDS = 10;

/** The ranking's two ends: all rows when they fit, else the first and last `n` (rows come ranked from SQL). */
export function rankingEnds<T>(rows: readonly T[], n = RANKING_ENDS): { top: readonly T[]; bottom: readonly T[] } {
	if (rows.length <= 2 * n) return { top: rows, bottom: [] };
	return { top: rows.slice(0, n), bottom: rows.slice(-n) };
}

/** What a `year` / `district` in the address asked for, and what the page shows instead when it cannot. */
export interface UrlFilters {
	filters: OverviewFilters;
	/** The value that was not understood or has no data, with its kind; null when all is well. */
	badYear: string | null;
	badDistrict: string | null;
}

/**
 * Reads `?year=` (a year with data, or `all`) and `?district=` (a district code with data)
 * from the address. Anything else is reported back, and the default is shown.
 */
export function filtersFromSearch(search: URLSearchParams, options: FilterOptions): UrlFilters {
	const y = search.get('year');
	const d = search.get('district');
	let year: number | null = options.defaultYear;
	let badYear: string | null = null;
	if (y === 'all') year = null;
	else if (y !== null) {
		if (/^\d{4}$/.test(y) && options.years.includes(Number(y))) year = Number(y);
		else badYear = y;
	}
	let district: string | null = null;
	let badDistrict: string | null = null;
	if (d !== null && d !== 'all') {
		if (options.districts.some((x) => x.code === d)) district = d;
		else badDistrict = d;
	}
	return { filters: { year, district }, badYear, badDistrict };
}
