// Messages of the overview (the home page: headline figures, filters, the
// four charts and their tables, what stands out). Column headers, year and
// district words are in common.ts.
import type { Translation } from './shape.ts';

export const zh = {
	title: '预算执行与绩效总览',
	filters: '筛选',
	/** A year in the filter, the print summary and the standouts (no space: as the page has always printed it). */
	year: '{year}年',
	/** Printed instead of the filters: which view is on paper. */
	filterSummary: '年度：{year} · 区：{district}',
	querying: '正在查询…',
	queryFailed: '查询失败：{error}',
	headline: '核心数字',
	unitsCovered: '覆盖单位',
	yearsCovered: '覆盖年度',
	adjustedBudget: '全年预算（合计）',
	actualSpend: '实际支出（合计）',
	executionRate: '预算执行率',
	attainmentRate: '指标达成率',
	unmetIndicators: '未达成指标',
	qualityFlags: '数据质量标记',
	noDataForFilter: '所选年度和区没有数据。',
	noExecutionForFilter: '所选范围内没有单位报告预算执行数据。',
	/** The year filter's "all years" choice: each unit's latest figure. */
	allYearsOption: '全部年度（各单位最近一年）',
	allYearsNote: '全部年度：每个单位只计一次，取其最近一年的数据：执行率取最近一份有执行数据的文件，指标达成率取最近一份有完成值的文件。',
	badYear: '地址中的年份“{value}”没有数据，下面显示的是默认年度 {year}。',
	badYearNoDefault: '地址中的年份“{value}”没有数据，下面显示的是默认视图。',
	badDistrict: '地址中的区“{value}”不是有数据的区代码，下面显示的是全部区。',
	unitsOfTotal: '街镇 {n} / {total}',
	coverageLink: '查看覆盖情况',
	sparseExecution: '所选范围内只有 {n} 个单位报告了预算执行数据，不足以排名或比较分布；各单位的数字如下。',
	sparseScatter: '所选范围内只有 {n} 个单位报告了预算执行数据，不画散点图；它们的预算和执行率见上方的排名部分。',
	noExecutionForUnits: '所选范围内的 {n} 个单位都没有报告预算执行数据（只有目标申报表或项目表等）。',
	card: {
		execution: '执行率',
		budget: '全年预算',
		actual: '实际支出',
		attainment: '指标达成率',
		source: '执行数据来源'
	},
	rankingEnds: '执行率最高和最低的各 {n} 个单位，共 {total} 个单位。',
	fullRanking: '完整排名（{n} 个单位）',
	distributionTitle: '各区执行率分布',
	distributionNote: '每个点是一个单位；方框从下四分位数到上四分位数，中线为中位数，须线到最低和最高值；单位少于 5 个的区只画点。',
	noDataCell: '无数据',
	standouts: '值得关注',
	noStandouts: '所选范围内没有需要特别关注的事项。',
	rankingTitle: '各单位预算执行率排名',
	districtTitle: '各区比较',
	scatterTitle: '预算规模与执行率',
	heatmapTitle: '各类指标达成率',
	outlierRule: '异常值：执行率低于 90%，或低于当年各单位中位数减 1.5 倍四分位距。',
	executionRateNote: '执行率 = 实际支出 ÷ 全年预算；合计执行率按金额汇总计算，不是各单位比率的平均。',
	noAssessable: '所选范围内没有可评价的指标（既有目标值又有完成值）：目标申报表与项目表只有目标。',
	attainmentNote: '达成率 = 达成 ÷（达成 + 未达成）；只有目标、没有完成值的指标不计入。',
	/** The heatmap table's rate column. */
	attainmentRateShort: '达成率'
} as const;

export const en: Translation<typeof zh> = {
	title: 'Budget execution and performance overview',
	filters: 'Filters',
	year: '{year}',
	filterSummary: 'Year: {year} · District: {district}',
	querying: 'Querying…',
	queryFailed: 'Query failed: {error}',
	headline: 'Key figures',
	unitsCovered: 'Units covered',
	yearsCovered: 'Years covered',
	adjustedBudget: 'Full-year budget (total)',
	actualSpend: 'Actual spending (total)',
	executionRate: 'Budget execution rate',
	attainmentRate: 'Indicator attainment rate',
	unmetIndicators: 'Indicators not met',
	qualityFlags: 'Data quality flags',
	noDataForFilter: 'No data for the selected year and district.',
	noExecutionForFilter: 'No unit in this selection reports budget execution.',
	allYearsOption: 'All years (each unit’s latest)',
	allYearsNote:
		'All years: each unit counted once, at its latest figures: the execution rate from its latest document with execution data, indicator attainment from its latest document with actual values.',
	badYear: 'The year “{value}” in the address has no data; showing the default year, {year}.',
	badYearNoDefault: 'The year “{value}” in the address has no data; showing the default view.',
	badDistrict: '“{value}” in the address is not a district code with data; showing all districts.',
	unitsOfTotal: '{n} of {total} street offices and towns',
	coverageLink: 'See coverage',
	sparseExecution: 'Only {n} units in this selection report budget execution, too few to rank or compare; here are their figures.',
	sparseScatter: 'Only {n} units in this selection report budget execution: no scatter plot; their budgets and rates are in the ranking section above.',
	noExecutionForUnits: 'None of the {n} units in this selection reports budget execution (they have target declarations, project tables or the like).',
	card: {
		execution: 'Execution rate',
		budget: 'Full-year budget',
		actual: 'Actual spending',
		attainment: 'Indicator attainment',
		source: 'Execution figures from'
	},
	rankingEnds: 'The {n} units with the highest and the {n} with the lowest execution rate, of {total} units.',
	fullRanking: 'Full ranking ({n} units)',
	distributionTitle: 'Execution rates by district',
	distributionNote:
		'Each dot is a unit; the box runs from the lower to the upper quartile with the median inside, whiskers reach the lowest and highest rate; districts with fewer than 5 units get dots only.',
	noDataCell: 'no data',
	standouts: 'What stands out',
	noStandouts: 'Nothing in this selection stands out.',
	rankingTitle: 'Units ranked by budget execution rate',
	districtTitle: 'Districts compared',
	scatterTitle: 'Budget size and execution rate',
	heatmapTitle: 'Indicator attainment by category',
	outlierRule:
		'Outliers: an execution rate below 90%, or below the year’s median of all units minus 1.5 times the interquartile range.',
	executionRateNote:
		'Execution rate = actual spending ÷ full-year budget; totals are computed from summed money, not as an average of the units’ rates.',
	noAssessable:
		'No assessable indicators in this selection (with both a target and an actual value): target declarations and project tables state targets only.',
	attainmentNote: 'Attainment rate = met ÷ (met + not met); indicators with a target but no actual value are not counted.',
	attainmentRateShort: 'Attainment rate'
};
