// Row types of the page queries (src/sql/queries/*.sql), as plain JS rows.

export interface Headline {
	units: number;
	years: number;
	first_year: number | null;
	last_year: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	units_with_execution: number;
	/** Township units (街道, 镇) with data in scope (sub-units counted for their street office), and all of them. */
	townships_covered: number;
	units_total: number;
	units_with_attainment: number;
	indicators_total: number | null;
	indicators_met: number | null;
	indicators_not_met: number | null;
	indicators_no_actual: number | null;
	attainment_rate: number | null;
	quality_flags: number | null;
}

export interface RankingRow {
	unit_id: string;
	fiscal_year: number;
	short_name: string;
	district_code: string;
	district_name: string;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number;
	reported_execution_rate: number | null;
	budget_doc_id: string;
	budget_source_line: number;
	/** 1 = highest execution rate in scope. */
	rank: number;
}

export interface DistributionRow {
	district_code: string;
	district_name: string;
	units: number;
	min_rate: number;
	q1: number;
	median: number;
	q3: number;
	max_rate: number;
}

export interface DistrictRow {
	district_code: string;
	district_name: string;
	units: number;
	units_with_budget: number;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	indicators_met: number | null;
	indicators_not_met: number | null;
	attainment_rate: number | null;
	units_with_attainment: number;
	/** Township units of the district, and those with a document (that year; any year for all years). */
	units_total: number;
	units_with_documents: number;
	coverage_rate: number | null;
	/** The district has a document of any year, hence a district page. */
	has_page: boolean;
}

export interface ScatterRow {
	unit_id: string;
	fiscal_year: number;
	short_name: string;
	district_code: string;
	district_name: string;
	adjusted_budget_wan: number;
	execution_rate: number;
	is_outlier: boolean;
	outlier_reason: string | null;
	/** The same sentence in English (localized-column.ts). */
	outlier_reason_en?: string | null;
}

export interface HeatmapRow {
	unit_id: string;
	short_name: string;
	fiscal_year: number;
	level1: string;
	level2: string;
	indicators: number;
	met: number;
	not_met: number;
	attainment_rate: number | null;
}

export interface StandoutRow {
	kind: 'low_execution' | 'large_adjustment' | 'not_met' | 'over_achievement' | 'rate_mismatch';
	unit_id: string;
	fiscal_year: number;
	short_name: string;
	sentence: string;
	sentence_en?: string | null;
	doc_id: string;
	source_line: number;
}

/** A row of the shared outlier view (src/sql/metrics.sql `outliers`). */
export interface OutlierRow {
	kind: 'low_execution' | 'large_adjustment' | 'over_achievement' | 'figure_mismatch';
	unit_id: string;
	short_name: string;
	district_code: string | null;
	fiscal_year: number | null;
	/** Set only for over_achievement. */
	indicator_id: string | null;
	indicator_name: string | null;
	/** The measured number: execution rate, adjustment rate, attainment, or the printed rate. */
	value: number;
	/** What it is held against: the bar it fell below, 0.3, 1.2, or the computed rate. */
	threshold: number;
	reason: string;
	reason_en?: string | null;
	doc_id: string;
	source_line: number;
}
