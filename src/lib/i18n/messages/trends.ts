// Messages of trends: the trends page (/trends) — metric choice, unit
// picker, the two charts with their tables, movers and outliers.
// Shared column headers and outlier labels are in common.ts.
import type { Translation } from './shape.ts';

export const zh = {
	title: '年度趋势',
	description:
		'各单位、各区的预算执行率、预算调整率和指标达成率按年度变化；选择单位对比，查看两年之间变化最大的单位和值得关注的异常。',
	querying: '正在查询…',
	queryFailed: '查询失败：{error}',
	filters: '筛选',

	/** The rate shown (radio group legend) and its choices. */
	metric: '指标',
	metricName: {
		execution: '预算执行率',
		adjustment: '预算调整率',
		attainment: '指标达成率'
	},
	fromYear: '起始年度',
	toYear: '结束年度',
	/** A year choice. */
	yearOption: '{year}年',

	// unit picker
	pickUnits: '选择单位',
	selected: '已选 {n} 个（最多 {max} 个）',
	selectedList: '已选单位',
	/** A chip's remove button (`name`: the unit). */
	remove: '移除 {name}',
	pickerSearch: '按名称或编号查找单位',
	/** `example`: a unit's short name (data). */
	pickerPlaceholder: '例如：{example}',
	/** A unit in the list: its district and how many years it has. */
	pickerDetail: '{district} · {years} 个年度',
	pickerMore: '只列出前 {n} 个，输入名称可查找其他单位。',

	// charts
	unitTrends: '所选单位：{metric}',
	unitTrendsAria: '所选单位{metric}按年度变化',
	districtTrends: '各区：{metric}',
	districtTrendsAria: '各区{metric}按年度变化',
	singleYearNote: '只有一个年度数据的单位显示为单独的点，不连线；缺少数据的年度不连线。',
	districtNote: '区的执行率、调整率按金额汇总计算，达成率按指标数汇总计算，不是各单位比率的平均。',

	// movers
	movers: '变化最大的单位：{metric}，{from} 年 → {to} 年',
	/** `n` is a number (units with the rate in both years). */
	moversNote: '共 {n} 个单位在两个年度都有{metric}；变化以百分点计。',
	moversUp: '上升最多',
	moversDown: '下降最多',
	none: '无',
	noMovers: '所选两个年度没有同时有该项数据的单位。',

	// outliers
	outliersTitle: '值得关注的异常（所选单位与年度）',
	noOutliers: '所选单位在所选年度没有异常。',

	/** Column headers not in common.col. */
	col: {
		adjustmentRate: '调整率',
		change: '变化'
	}
} as const;

export const en: Translation<typeof zh> = {
	title: 'Trends',
	description:
		'Budget execution rate, budget adjustment rate and indicator attainment rate of each unit and district, year by year; compare chosen units, and see which units changed most between two years and what stands out.',
	querying: 'Querying…',
	queryFailed: 'Query failed: {error}',
	filters: 'Filters',

	metric: 'Measure',
	metricName: {
		execution: 'Budget execution rate',
		adjustment: 'Budget adjustment rate',
		attainment: 'Indicator attainment rate'
	},
	fromYear: 'From',
	toYear: 'To',
	yearOption: '{year}',

	pickUnits: 'Choose units',
	selected: '{n} selected (at most {max})',
	selectedList: 'Selected units',
	remove: 'Remove {name}',
	pickerSearch: 'Find a unit by name or id',
	pickerPlaceholder: 'e.g. {example}',
	pickerDetail: '{district} · {years, plural, one {# year} other {# years}}',
	pickerMore: 'Only the first {n} are listed; type a name to find other units.',

	unitTrends: 'Selected units: {metric}',
	unitTrendsAria: '{metric} of the selected units by year',
	districtTrends: 'Districts: {metric}',
	districtTrendsAria: '{metric} of each district by year',
	singleYearNote: 'A unit with data for one year only is shown as a single point; years without data are not joined by a line.',
	districtNote: 'District execution and adjustment rates are computed from summed amounts and attainment rates from summed indicator counts, not as averages of unit rates.',

	movers: 'Largest changes: {metric}, {from} → {to}',
	moversNote: '{metric}: {n, plural, one {# unit has} other {# units have}} both years; changes are in percentage points.',
	moversUp: 'Largest rises',
	moversDown: 'Largest falls',
	none: 'none',
	noMovers: 'No unit has this measure in both chosen years.',

	outliersTitle: 'What stands out (chosen units and years)',
	noOutliers: 'Nothing stands out for the chosen units in the chosen years.',

	col: {
		adjustmentRate: 'Adjustment rate',
		change: 'Change'
	}
};
