// Types shared by the Node-side pipeline: what parsers emit, and the rows of
// the published tables (see the dataset contract in README / manifest).
// Parsers are pure: text lines in, `ParsedDocument` out. Value reading,
// validation and id assignment happen after parsing, in one place each.

export const DOCUMENT_KINDS = [
	'target_declaration',
	'self_evaluation_form',
	'self_evaluation_report',
	'project_targets',
	'project_self_evaluation'
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type BudgetScope =
	| 'total'
	| 'fiscal_appropriation'
	| 'other_funds'
	| 'general_public_budget'
	| 'government_fund'
	/** The funds of one project (项目支出绩效自评表), with a task_id: never part of the unit's own total. */
	| 'project';

export type Severity = 'error' | 'warning' | 'info';

/** One line of a source document; `number` is 1-based as in an editor. */
export interface SourceLine {
	number: number;
	text: string;
}

/** Every non-blank line ends in exactly one of these buckets. */
export type LineClass = 'fact' | 'prose' | 'unparsed';

/** A quality flag raised while parsing or validating one document. */
export interface FlagFact {
	source_line: number | null;
	severity: Severity;
	code: string;
	message: string;
	table_name?: string | null;
	/** Parser-local reference (e.g. 'indicator:3'); resolved to a row id later. */
	ref?: string | null;
}

/** Budget execution figures for one scope, money in 万元. NULL = not printed. */
export interface BudgetFact {
	scope: BudgetScope;
	initial_budget_wan: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	/** As printed, as a fraction (96.68% -> 0.9668). */
	reported_execution_rate: number | null;
	reported_adjustment_rate: number | null;
	/** Decimal places of the printed execution rate in percent (96.68% -> 2). */
	reported_execution_rate_decimals?: number | null;
	reported_adjustment_rate_decimals?: number | null;
	source_line: number;
	/** Label set the figures were read under, for the ingest report. */
	label?: string;
	/** Scope `project`: the parser-local key of the task (project) the funds belong to. */
	task_key?: string | null;
}

export type BudgetLineCategory =
	| 'basic_spending'
	| 'project_spending'
	| 'fiscal_appropriation'
	| 'other_funds'
	| 'special_funds'
	| 'other_development'
	| 'district_level'
	| 'transfer'
	| 'fiscal_special_account'
	| 'total'
	| 'other';

export interface BudgetLineFact {
	category: BudgetLineCategory;
	/** As printed. */
	label: string;
	amount_wan: number;
	source_line: number;
	/** Set for project tables: the spending unit (name as printed) whose group this line totals. */
	spending_unit_name?: string | null;
}

export interface TaskFact {
	/** Parser-local key, unique within the document (e.g. 't1'). */
	key: string;
	kind: 'key_task' | 'project';
	name: string;
	/** Name of the spending unit as printed (project tables), resolved to a unit_id later. */
	spending_unit_name?: string | null;
	amount_wan: number | null;
	goal_text?: string | null;
	outcome_text?: string | null;
	source_line: number;
}

/** An indicator as printed: everything verbatim; values are read later. */
export interface IndicatorFact {
	task_key?: string | null;
	level1: string | null;
	level2: string | null;
	name: string;
	/** 年度指标值 / 预期值, verbatim; null when the document gives none. */
	target_text: string | null;
	/** 实施周期指标值, verbatim. */
	period_target_text?: string | null;
	/** 完成值 / 实际完成, verbatim; null for target-only documents. */
	actual_text: string | null;
	source_line: number;
	actual_source_line?: number | null;
	/** 偏差原因分析及改进措施, verbatim, where the table prints it. */
	deviation_text?: string | null;
}

export interface ScoreFact {
	/** 'total' or the printed component name, e.g. 管理效能. */
	component: string;
	score: number;
	max_score: number | null;
	source_line: number;
}

/** What a parser returns: facts as printed, plus what the text says about itself. */
export interface ParsedDocument {
	kind: DocumentKind;
	title: string | null;
	/** Unit name as found in the text (full or short), for matching against the registry. */
	unit_name: string | null;
	unit_name_line?: number | null;
	/** Fiscal year as stated in the text, null if it states none. */
	fiscal_year: number | null;
	fiscal_year_line?: number | null;
	staff_count?: number | null;
	budgets: BudgetFact[];
	budget_lines: BudgetLineFact[];
	tasks: TaskFact[];
	indicators: IndicatorFact[];
	scores: ScoreFact[];
	flags: FlagFact[];
}

// ---------------------------------------------------------------------------
// Rows of the published tables. Money is DECIMAL(18,4) in Parquet; here a
// number with at most 4 decimals, written through DuckDB with an exact cast.

export interface DistrictRow {
	district_code: string;
	name: string;
	name_en: string;
	city: string;
}

export interface UnitRow {
	unit_id: string;
	name: string;
	short_name: string;
	name_en: string | null;
	/** NULL only in preview mode, for a unit inferred from the text. */
	district_code: string | null;
	/**
	 * 9-digit NBS code (统计用区划代码) of a 街道 or 镇 from the gazetteer; NULL for
	 * a sub-unit and for a unit only inferred in preview. Optional so synthetic and
	 * hand-built datasets need not invent one.
	 */
	division_code?: string | null;
	kind: '街道' | '镇' | '下属单位';
	parent_unit_id: string | null;
}

export interface DocumentRow {
	doc_id: string;
	unit_id: string;
	/** NULL only in preview mode, for a document that states no year. */
	fiscal_year: number | null;
	year_assumed: boolean;
	year_basis: string | null;
	/** 'unknown' only in preview mode, for a document no parser recognises. */
	kind: DocumentKind | 'unknown';
	title: string | null;
	source_file: string;
	source_url: string | null;
	sha256: string;
	/** Encoding the text was read in (utf-8, utf-16le, utf-16be, gb18030); anything but utf-8 is flagged encoding_not_utf8. */
	encoding: string;
	lines_total: number;
	lines_fact: number;
	lines_prose: number;
	lines_unparsed: number;
}

export interface BudgetRow {
	budget_id: string;
	unit_id: string;
	fiscal_year: number | null;
	doc_id: string;
	scope: BudgetScope;
	initial_budget_wan: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	reported_execution_rate: number | null;
	reported_adjustment_rate: number | null;
	/** The project (tasks.task_id) of a scope `project` row; NULL for the unit's own figures. */
	task_id: string | null;
	source_line: number;
}

export interface BudgetLineRow {
	budget_line_id: string;
	unit_id: string;
	fiscal_year: number | null;
	doc_id: string;
	category: BudgetLineCategory;
	label: string;
	amount_wan: number;
	spending_unit_id: string | null;
	source_line: number;
}

export interface TaskRow {
	task_id: string;
	doc_id: string;
	unit_id: string;
	fiscal_year: number | null;
	kind: 'key_task' | 'project';
	name: string;
	spending_unit_id: string | null;
	amount_wan: number | null;
	goal_text: string | null;
	outcome_text: string | null;
	source_line: number;
}

export type TargetOp = '>=' | '<=' | '>' | '<' | '=' | 'range' | 'qualitative';
export type Direction = 'higher_better' | 'lower_better' | 'exact' | 'qualitative';
export type IndicatorStatus = 'met' | 'not_met' | 'no_actual' | 'no_target' | 'not_comparable';

export interface IndicatorRow {
	indicator_id: string;
	doc_id: string;
	unit_id: string;
	fiscal_year: number | null;
	task_id: string | null;
	level1: string | null;
	level2: string | null;
	name: string;
	target_text: string | null;
	period_target_text: string | null;
	target_op: TargetOp | null;
	target_value: number | null;
	target_value_high: number | null;
	target_unit: string | null;
	actual_text: string | null;
	actual_value: number | null;
	actual_unit: string | null;
	direction: Direction | null;
	attainment: number | null;
	status: IndicatorStatus;
	/** Id of the indicator family (data/registry/indicator-families.json) the name falls into; NULL when none applies. */
	family: string | null;
	source_line: number;
	actual_source_line: number | null;
	/** 偏差原因分析及改进措施 as printed (self-evaluation indicator tables); NULL when absent. */
	deviation_text?: string | null;
}

export interface ScoreRow {
	score_id: string;
	unit_id: string;
	fiscal_year: number | null;
	doc_id: string;
	component: string;
	score: number;
	max_score: number | null;
	source_line: number;
}

export interface QualityFlagRow {
	flag_id: string;
	doc_id: string | null;
	source_file: string;
	source_line: number | null;
	severity: Severity;
	code: string;
	message: string;
	table_name: string | null;
	row_id: string | null;
}

/** A family of indicators that measure the same kind of thing (the curated list, in its order). */
export interface IndicatorFamilyRow {
	/** What indicators.family holds. */
	id: string;
	name_zh: string;
	name_en: string;
	description_zh: string;
	/** The rules as written in the curated file, for readers who want to know why a name is in. */
	rules: string;
	sort_order: number;
}

/** The whole published dataset, one array per table. */
/** Every line of every published document, with what the pipeline made of it (the /sources pages). */
export interface SourceLineRow {
	doc_id: string;
	line: number;
	/** As printed in the extracted text (tabs kept). */
	text: string;
	class: LineClass | 'blank';
	/** Why a line is prose or unparsed, when the parser said so. */
	reason: string | null;
}

export interface Dataset {
	districts: DistrictRow[];
	units: UnitRow[];
	documents: DocumentRow[];
	budgets: BudgetRow[];
	budget_lines: BudgetLineRow[];
	tasks: TaskRow[];
	indicators: IndicatorRow[];
	scores: ScoreRow[];
	quality_flags: QualityFlagRow[];
	indicator_families: IndicatorFamilyRow[];
	source_lines: SourceLineRow[];
}

export type TableName = keyof Dataset;
