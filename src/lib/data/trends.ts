// The trends page's data (/trends): rates by fiscal year per unit and per
// district, top movers between two years, and the outliers of the chosen
// units — the same named SQL for the prerender and the reader's browser.
import type { OutlierRow as OutlierRowZh } from './rows.ts';
import { t } from '../i18n/i18n.ts';
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';

/** A row of the outlier view with its English sentence (`reason_en`, see localized-column.ts). */
export type OutlierRow = OutlierRowZh & { reason_en?: string | null };

export const METRICS = ['execution', 'adjustment', 'attainment'] as const;
export type Metric = (typeof METRICS)[number];

/** A metric's name in the page's language: 预算执行率 / "Budget execution rate". */
export function metricLabel(m: Metric): string {
	return t(`trends.metricName.${m}`);
}

/** Units preselected: the largest budgets. */
export const DEFAULT_UNITS = 5;
/** Units one comparison may hold (a chart with more lines cannot be read). */
export const MAX_UNITS = 12;
/** Movers listed each way. */
export const MOVERS = 10;

export interface TrendsFilters {
	units: string[];
	metric: Metric;
	/** Movers from this year … */
	from: number | null;
	/** … to this one; outliers are listed for the years between. */
	to: number | null;
}

export interface UnitOption {
	unit_id: string;
	short_name: string;
	district_code: string | null;
	district_name: string | null;
	years: number;
	max_budget_wan: number | null;
}

export interface UnitTrendRow {
	unit_id: string;
	short_name: string;
	district_code: string | null;
	district_name: string | null;
	fiscal_year: number;
	execution_rate: number | null;
	adjustment_rate: number | null;
	attainment_rate: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	indicators_met: number;
	indicators_not_met: number;
	budget_doc_id: string | null;
	budget_source_line: number | null;
}

export interface DistrictTrendRow {
	district_code: string;
	district_name: string;
	fiscal_year: number;
	units: number;
	units_with_budget: number;
	execution_rate: number | null;
	adjustment_rate: number | null;
	attainment_rate: number | null;
}

export interface MoverRow {
	direction: 'up' | 'down';
	rank: number;
	unit_id: string;
	short_name: string;
	district_code: string | null;
	district_name: string | null;
	from_value: number;
	to_value: number;
	change: number;
	units_compared: number;
}

export interface TrendsOptions {
	/** Fiscal years with a document, ascending. */
	years: number[];
	/** Largest budget first. */
	units: UnitOption[];
}

export interface TrendsData {
	filters: TrendsFilters;
	units: UnitTrendRow[];
	districts: DistrictTrendRow[];
	movers: MoverRow[];
	outliers: OutlierRow[];
}

/** The column of a unit_year / district_year row that holds a metric. */
export const METRIC_COLUMN = {
	execution: 'execution_rate',
	adjustment: 'adjustment_rate',
	attainment: 'attainment_rate'
} as const satisfies Record<Metric, keyof UnitTrendRow & keyof DistrictTrendRow>;

export async function loadTrendsOptions(db: QueryRunner): Promise<TrendsOptions> {
	const units = await db.query<UnitOption>(QUERIES.trendsUnitOptions);
	const years = (await db.query<{ filter: string; value: string }>(QUERIES.filterOptions))
		.filter((r) => r.filter === 'year')
		.map((r) => Number(r.value))
		.sort((a, b) => a - b);
	return { years, units };
}

/** The default view: the largest budgets, execution rate, first → last year. */
export function defaultTrendsFilters(o: TrendsOptions): TrendsFilters {
	return {
		units: o.units.slice(0, DEFAULT_UNITS).map((u) => u.unit_id),
		metric: 'execution',
		from: o.years[0] ?? null,
		to: o.years[o.years.length - 1] ?? null
	};
}

export async function loadTrends(db: QueryRunner, filters: TrendsFilters): Promise<TrendsData> {
	const units = filters.units.join(',');
	const from = filters.from ?? 0;
	const to = filters.to ?? 0;
	return {
		filters,
		units: await db.query<UnitTrendRow>(QUERIES.trendsUnits, { units }),
		districts: await db.query<DistrictTrendRow>(QUERIES.trendsDistricts),
		movers: await db.query<MoverRow>(QUERIES.trendsMovers, { metric: filters.metric, from, to, district: null, limit: MOVERS }),
		outliers: await db.query<OutlierRow>(QUERIES.trendsOutliers, { units, from, to })
	};
}

// --- the URL: /trends/?units=a,b&metric=adjustment&from=2021&to=2022 ---------

/** Filters from a query string, checked against the options; the defaults fill what is missing or unknown. */
export function trendsFiltersFromSearch(params: URLSearchParams, o: TrendsOptions): TrendsFilters {
	const d = defaultTrendsFilters(o);
	const known = new Set(o.units.map((u) => u.unit_id));
	const listed = params.get('units');
	const units = listed === null ? d.units : [...new Set(listed.split(',').filter((u) => known.has(u)))].slice(0, MAX_UNITS);
	const metric = (METRICS as readonly string[]).includes(params.get('metric') ?? '') ? (params.get('metric') as Metric) : d.metric;
	const year = (k: string, fallback: number | null) => {
		const v = Number(params.get(k));
		return o.years.includes(v) ? v : fallback;
	};
	return { units, metric, from: year('from', d.from), to: year('to', d.to) };
}

export function searchFromTrendsFilters(f: TrendsFilters): URLSearchParams {
	const p = new URLSearchParams();
	p.set('units', f.units.join(','));
	if (f.metric !== 'execution') p.set('metric', f.metric);
	if (f.from !== null) p.set('from', String(f.from));
	if (f.to !== null) p.set('to', String(f.to));
	return p;
}
