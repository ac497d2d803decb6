// A unit page's data, from the named queries (build time; the same SQL runs in the browser).
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';

export interface UnitInfo {
	unit_id: string;
	name: string;
	short_name: string;
	district_code: string;
	/** 9-digit NBS code of a 街道 or 镇; NULL for a sub-unit. */
	division_code: string | null;
	district_name: string;
	kind: string;
	parent_unit_id: string | null;
	parent_short_name: string | null;
	child_unit_ids: string[] | null;
}
export interface UnitYear {
	fiscal_year: number;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	reported_execution_rate: number | null;
	adjustment_rate: number | null;
	indicators_total: number;
	indicators_met: number;
	indicators_not_met: number;
	indicators_no_actual: number;
	attainment_rate: number | null;
	budget_doc_id: string | null;
	budget_source_line: number | null;
}
export interface UnitBudget {
	budget_id: string;
	fiscal_year: number;
	scope: string;
	initial_budget_wan: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	reported_execution_rate: number | null;
	adjustment_rate: number | null;
	doc_id: string;
	source_line: number;
}
export interface UnitTask {
	task_id: string;
	fiscal_year: number;
	kind: string;
	name: string;
	amount_wan: number | null;
	goal_text: string | null;
	outcome_text: string | null;
	spending_unit_id: string | null;
	spending_unit_name: string;
	doc_id: string;
	source_line: number;
	indicators: number;
	/** Execution of a project self-evaluation (budgets scope project); null for other tasks. */
	project_spent_wan: number | null;
	project_execution_rate: number | null;
	project_budget_line: number | null;
}
export interface UnitIndicator {
	indicator_id: string;
	fiscal_year: number;
	level1: string | null;
	level2: string | null;
	name: string;
	target_text: string | null;
	actual_text: string | null;
	status: string;
	attainment: number | null;
	task_name: string | null;
	doc_id: string;
	source_line: number;
	actual_source_line: number | null;
}
export interface UnitFlag {
	flag_id: string;
	fiscal_year: number;
	severity: string;
	code: string;
	message: string;
	doc_id: string;
	source_line: number | null;
}
export interface UnitDocument {
	doc_id: string;
	fiscal_year: number;
	year_assumed: boolean;
	year_basis: string | null;
	kind: string;
	title: string | null;
	source_file: string;
	lines_total: number;
	lines_fact: number;
	lines_prose: number;
	lines_unparsed: number;
}

export async function loadUnit(db: QueryRunner, unit_id: string) {
	const p = { unit_id };
	const [info] = await db.query<UnitInfo>(QUERIES.unitInfo, p);
	return {
		info,
		years: await db.query<UnitYear>(QUERIES.unitProfile, p),
		budgets: await db.query<UnitBudget>(QUERIES.unitBudgets, p),
		tasks: await db.query<UnitTask>(QUERIES.unitTasks, p),
		indicators: await db.query<UnitIndicator>(QUERIES.unitIndicators, p),
		flags: await db.query<UnitFlag>(QUERIES.unitFlags, p),
		documents: await db.query<UnitDocument>(QUERIES.unitDocuments, p)
	};
}
export type UnitData = Awaited<ReturnType<typeof loadUnit>>;

export interface DistrictUnitRow {
	unit_id: string;
	short_name: string;
	fiscal_year: number;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	adjustment_rate: number | null;
	indicators_total: number;
	indicators_met: number;
	indicators_not_met: number;
	indicators_no_actual: number;
	attainment_rate: number | null;
	flags: number;
	outlier_reason: string | null;
	/** The same reason in English (the page shows the one of its language, see localized-column.ts). */
	outlier_reason_en: string | null;
}

/** One district per year (district_year view): execution from summed money. */
export interface DistrictYearRow {
	district_code: string;
	district_name: string;
	fiscal_year: number;
	units: number;
	units_with_budget: number;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	attainment_rate: number | null;
}
