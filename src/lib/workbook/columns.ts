// Columns of the site's tables as workbook columns: both languages at once
// (a workbook carries Chinese headers and the English names beneath them,
// whatever the page's language), and the kind that sets the number format.
import type { ColumnKind, WorkbookColumn } from './workbook.ts';

const col = (key: string, zh: string, en: string, kind: ColumnKind): WorkbookColumn => ({ key, zh, en, kind });

export const COLUMNS = {
	unitId: col('unit_id', '单位编号', 'Unit id', 'text'),
	unit: col('short_name', '单位', 'Unit', 'text'),
	district: col('district_name', '区', 'District', 'text'),
	districtCode: col('district_code', '区划代码', 'District code', 'text'),
	year: col('fiscal_year', '年度', 'Fiscal year', 'year'),
	scope: col('scope', '资金范围', 'Scope', 'text'),
	initial: col('initial_budget_wan', '年初预算', 'Initial budget', 'money'),
	adjusted: col('adjusted_budget_wan', '全年预算', 'Full-year budget', 'money'),
	actual: col('actual_spend_wan', '实际支出', 'Actual spending', 'money'),
	execution: col('execution_rate', '执行率（计算）', 'Execution rate (computed)', 'rate'),
	executionReported: col('reported_execution_rate', '执行率（文件所列）', 'Execution rate (as printed)', 'rate'),
	adjustment: col('adjustment_rate', '调整率（计算）', 'Adjustment rate (computed)', 'rate'),
	adjustmentReported: col('reported_adjustment_rate', '调整率（文件所列）', 'Adjustment rate (as printed)', 'rate'),
	indicatorsTotal: col('indicators_total', '指标数', 'Indicators', 'count'),
	met: col('indicators_met', '达成', 'Met', 'count'),
	notMet: col('indicators_not_met', '未达成', 'Not met', 'count'),
	noActual: col('indicators_no_actual', '仅有目标', 'Target only', 'count'),
	attainmentRate: col('attainment_rate', '指标达成率', 'Attainment rate', 'rate'),
	flags: col('flags', '质量标记', 'Quality flags', 'count'),
	units: col('units', '单位数', 'Units', 'count'),
	unitsWithBudget: col('units_with_budget', '有执行数的单位', 'Units with execution figures', 'count'),
	task: col('name', '名称', 'Name', 'text'),
	taskKind: col('kind', '类别', 'Kind', 'text'),
	funds: col('amount_wan', '资金', 'Funds', 'money'),
	spendingUnit: col('spending_unit_name', '使用单位', 'Spending unit', 'text'),
	level1: col('level1', '一级指标', 'Level 1', 'text'),
	level2: col('level2', '二级指标', 'Level 2', 'text'),
	indicator: col('name', '指标', 'Indicator', 'text'),
	target: col('target_text', '目标值（原文）', 'Target (as printed)', 'text'),
	actualText: col('actual_text', '完成值（原文）', 'Actual (as printed)', 'text'),
	status: col('status', '状态', 'Status', 'text'),
	attainment: col('attainment', '完成度', 'Attainment', 'rate'),
	doc: col('doc_id', '来源文件', 'Source document', 'text'),
	line: col('source_line', '来源行号', 'Source line', 'count'),
	unitsTotal: col('units_total', '街镇数', 'Street offices and towns', 'count'),
	unitsWithDocuments: col('units_with_documents', '已有文件的街镇', 'With documents', 'count'),
	coverage: col('coverage_rate', '覆盖率', 'Coverage', 'rate'),
	documents: col('documents', '文件数', 'Documents', 'count'),
	firstYear: col('first_year', '最早年度', 'First year', 'year'),
	lastYear: col('last_year', '最近年度', 'Latest year', 'year'),
	unitKind: col('kind', '类别', 'Kind', 'text')
} as const satisfies Record<string, WorkbookColumn>;

/** A column under another header (the same values, a page's own wording). */
export const renamed = (c: WorkbookColumn, zh: string, en: string): WorkbookColumn => ({ ...c, zh, en });
