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
	noExecutionForFilter: '所选范围内的文件只有目标申报，没有预算执行数据。',
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
	noExecutionForFilter: 'The documents in this selection only declare targets; they have no budget execution data.',
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
