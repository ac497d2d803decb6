// The overview's data: the same named queries for the prerender (Node) and
// for filter changes in the browser (DuckDB-WASM). Only the runner differs.
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';
import type * as R from './rows.ts';

export interface OverviewFilters {
	/** NULL = all years. */
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
	districts: R.DistrictRow[];
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
	defaultYear: number | null;
}

export async function loadFilterOptions(db: QueryRunner): Promise<FilterOptions> {
	const rows = await db.query<{ filter: string; value: string; label: string }>(QUERIES.filterOptions);
	const years = rows.filter((r) => r.filter === 'year').map((r) => Number(r.value)).sort((a, b) => b - a);
	const districts = rows.filter((r) => r.filter === 'district').map((r) => ({ code: r.value, name: r.label }));
	return { years, districts, allDistrictCodes: districts.map((d) => d.code), defaultYear: years[0] ?? null };
}
