// Messages of the charts (src/lib/charts): axis and series names, tooltips,
// reference-line labels and the ARIA descriptions of every option builder.
// Column headers and the chart frame's strings are in common.ts.
import type { Translation } from './shape.ts';

export const zh = {
	/** A tooltip line: label and value. */
	tooltipLine: '{label}：{value}',
	/** A name with a note in brackets: a unit with its district, a scope with its document. */
	withNote: '{name}（{note}）',
	/** Separators of lists inside a sentence. */
	sep: {
		comma: '，',
		semicolon: '；',
		enumeration: '、'
	},
	/** The end of a description listing items, and its end when the list was cut. */
	end: '。',
	more: '……',
	/** 万元 as an axis name. */
	wan: '万元',
	label: {
		district: '所属区',
		executionRate: '预算执行率',
		adjustmentRate: '预算调整率',
		attainmentRate: '指标达成率',
		budget: '全年预算',
		initialBudget: '年初预算',
		actual: '实际支出',
		reportedExecutionRate: '文件所列执行率'
	},
	compare: {
		barsDescription: '对比柱状图：执行率、调整率与指标达成率，每个对比对象一组颜色。{entities}。没有数字的项目不画柱。',
		barsEntity: '{name}：执行率 {execution}，调整率 {adjustment}，达成率 {attainment}',
		slopeDescription: '执行率 {from} 至 {to} 年度变化的斜率图：{entities}。',
		slopeEntity: '{name} 从 {from} 到 {to}',
		slopeMissing: '{names}缺少其中一年的执行率，未画出。'
	},
	ranking: {
		description:
			'预算执行率排名横向条形图，共 {n} 个单位，按区着色；参考线为 90% 和 100%。最高：{top}。执行率低于 90% 的单位 {below} 个。',
		empty: '预算执行率排名：没有可显示的数据。',
		/** Only the two ends are drawn (the overview at scale). */
		ends: '图中只画出执行率最高和最低的各 {n} 个单位，共 {total} 个单位。'
	},
	heatmap: {
		seriesName: '指标达成率',
		description:
			'指标达成率热力图：纵轴 {units} 个单位，横轴 {categories} 类指标（一级/二级），颜色越深达成率越高，空格表示该类没有可评指标。全部可评指标的达成率为 {rate}。',
		empty: '指标达成率热力图：没有可评的指标。',
		category: '指标类别',
		rate: '达成率',
		metOfAssessed: '达标 / 可评',
		indicators: '指标总数'
	},
	scatter: {
		units: '单位',
		outliers: '异常值',
		axisWan: '万元',
		axisWanLog: '万元，对数刻度',
		description: '预算规模与执行率散点图：横轴为全年预算（{axis}），纵轴为预算执行率，共 {n} 个单位；',
		outlierList: '异常值 {n} 个：{list}。',
		noOutliers: '没有异常值。',
		outlierFallback: '异常',
		empty: '预算规模与执行率：没有可显示的数据。',
		reason: '异常原因'
	},
	distribution: {
		description: '各区预算执行率分布图：每个点是一个单位（共 {n} 个），方框为四分位距、中线为中位数、须线到最低和最高值（有 5 个以上单位的区才画方框）；参考线为 90% 和 100%。{districts}。',
		district: '{district} {n} 个单位，中位数 {median}（{low} 至 {high}）',
		empty: '各区执行率分布：没有可显示的数据。',
		units: '单位数',
		median: '中位数',
		quartiles: '四分位距',
		range: '最低 – 最高',
		box: '分布',
		unitsSeries: '单位'
	},
	map: {
		noData: '无数据',
		metric: {
			execution: '预算执行率',
			attainment: '指标达成率',
			coverage: '文件覆盖率'
		},
		basis: '依据',
		basisUnits: '{n} 个单位有数据',
		basisCoverage: '{total} 个街镇中 {n} 个有文件',
		district: '{district} {value}',
		description: '广州市各区地图，按{metric}着色，颜色越深数值越高；{n} 个区有数据：{districts}。无数据的区（灰色斜线）：{none}。'
	},
	districts: {
		description:
			'各区对比柱状图：预算执行率（各单位实际支出之和 ÷ 全年预算之和）与指标达成率（达标指标数 ÷ 可评指标数）。{districts}。',
		district: '{district} 执行率 {execution}，达成率 {attainment}',
		empty: '各区对比：没有可显示的数据。',
		noDataName: '{district}（无数据）',
		actualTotal: '实际支出合计',
		budgetTotal: '全年预算合计',
		unitsWithBudget: '有预算数据的单位',
		met: '达标指标',
		notMet: '未达标指标'
	},
	histogram: {
		description:
			'完成度分布直方图，每 10% 一档，共 {total} 项有完成度的指标；完成度低于 100% 的 {below} 项，120% 及以上的 {above} 项；最多的一档是 {peak}（{peakN} 项）。',
		empty: '完成度分布：所选范围内没有可计算完成度的指标。',
		bin: '完成度 {bin}',
		indicators: '指标数'
	},
	family: {
		range: '目标范围（最低–最高）',
		target: '目标中位数',
		actual: '完成中位数',
		short: '完成中位数（有未达成）',
		defaultName: '该指标族',
		description:
			'{family}各单位目标与完成情况：{n} 个单位（年度），全部单位目标中位数 {median}；目标低于（较易于）中位数的 {easier} 个，有未达成指标的 {short} 个。',
		item: '{unit} 目标 {target}，完成 {actual}',
		empty: '{family}：没有可比较的目标或完成值。',
		indicators: '指标数',
		compared: '可比较目标',
		targetRange: '目标范围',
		familyMedian: '全部单位目标中位数',
		notMet: '未达成',
		medianLine: '中位数 {value}'
	},
	trend: {
		point: '{year} 年 {value}',
		series: '{label}：{points}',
		noData: '{label}：无数据',
		description:
			'{metric}按年度变化的折线图，{n} 个{subject, select, district {区} other {单位}}，{years} 个年度；只有一个年度的{subject, select, district {区} other {单位}}显示为单独的点。{described}。',
		empty: '{metric}按年度变化：没有选择{subject, select, district {区} other {单位}}。',
		tooltip: '{year} 年{metric}'
	},
	budget: {
		rateLabel: '执行率 {rate}',
		description: '预算与实际支出柱状图。{described}。',
		item: '{label}：全年预算 {budget}，实际支出 {actual}，执行率 {rate}',
		empty: '预算与实际支出：没有预算数据。'
	},
	tasks: {
		keyTask: '重点任务',
		project: '项目',
		noSpendingUnit: '未注明使用单位',
		amount: '金额',
		kind: '类型',
		spendingUnit: '使用单位',
		year: '年度',
		description: '任务与项目资金条形图：{n} 项，按金额从大到小，合计 {total}；最大：{largest}（{amount}）。',
		grouped: '按使用单位着色：{units}。',
		unpriced: '另有 {n} 项未列金额，未画出。',
		empty: '任务与项目：没有列出金额的任务。'
	}
} as const;

export const en: Translation<typeof zh> = {
	tooltipLine: '{label}: {value}',
	withNote: '{name} ({note})',
	sep: {
		comma: ', ',
		semicolon: '; ',
		enumeration: ', '
	},
	end: '.',
	more: '…',
	wan: 'CNY 10k',
	label: {
		district: 'District',
		executionRate: 'Execution rate',
		adjustmentRate: 'Adjustment rate',
		attainmentRate: 'Attainment rate',
		budget: 'Budget',
		initialBudget: 'Initial budget',
		actual: 'Spent',
		reportedExecutionRate: 'Execution rate as printed'
	},
	compare: {
		barsDescription: 'Grouped bars of execution, adjustment and attainment rates, one colour per compared unit or district. {entities}. A figure that is missing draws no bar.',
		barsEntity: '{name}: execution {execution}, adjustment {adjustment}, attainment {attainment}',
		slopeDescription: 'Slope chart of the execution rate from FY {from} to FY {to}: {entities}.',
		slopeEntity: '{name} from {from} to {to}',
		slopeMissing: ' Not drawn, missing one of the two years: {names}.'
	},
	ranking: {
		description:
			'Horizontal bar chart ranking {n, plural, one {# unit} other {# units}} by budget execution rate, coloured by district; reference lines at 90% and 100%. Highest: {top}. Units with an execution rate below 90%: {below}.',
		empty: 'Execution rate ranking: no data to show.',
		ends: 'Only the {n} units with the highest and the {n} with the lowest execution rate are drawn, of {total} units.'
	},
	heatmap: {
		seriesName: 'Indicator attainment rate',
		description:
			'Heatmap of indicator attainment rates: {units, plural, one {# unit} other {# units}} down the side, {categories, plural, one {# indicator category} other {# indicator categories}} (category/subcategory) across; the darker the cell, the higher the attainment rate, and an empty cell means no assessable indicator in that category. Attainment rate over all assessable indicators: {rate}.',
		empty: 'Indicator attainment heatmap: no assessable indicators.',
		category: 'Indicator category',
		rate: 'Attainment rate',
		metOfAssessed: 'Met / assessable',
		indicators: 'Indicators'
	},
	scatter: {
		units: 'Units',
		outliers: 'Outliers',
		axisWan: 'CNY 10k',
		axisWanLog: 'CNY 10k, log scale',
		description:
			'Scatter plot of budget size against execution rate: full-year budget across ({axis}), budget execution rate up the side, {n, plural, one {# unit} other {# units}};',
		outlierList: '{n, plural, one {# outlier} other {# outliers}}: {list}.',
		noOutliers: 'no outliers.',
		outlierFallback: 'outlier',
		empty: 'Budget size and execution rate: no data to show.',
		reason: 'Outlier reason'
	},
	distribution: {
		description: 'Budget execution rates by district: each dot is a unit ({n} in all); the box spans the quartiles with the median inside, whiskers reach the lowest and highest rate (boxes only for districts with 5 or more units); reference lines at 90% and 100%. {districts}.',
		district: '{district} {n} units, median {median} ({low} to {high})',
		empty: 'Execution rates by district: nothing to show.',
		units: 'Units',
		median: 'Median',
		quartiles: 'Interquartile range',
		range: 'Lowest – highest',
		box: 'Distribution',
		unitsSeries: 'Units'
	},
	map: {
		noData: 'no data',
		metric: {
			execution: 'Budget execution rate',
			attainment: 'Indicator attainment rate',
			coverage: 'Document coverage'
		},
		basis: 'Based on',
		basisUnits: '{n} units with a figure',
		basisCoverage: '{n} of {total} street offices and towns with documents',
		district: '{district} {value}',
		description: 'Map of Guangzhou’s districts coloured by {metric}, darker for higher values; {n} districts with data: {districts}. Districts without data (grey, hatched): {none}.'
	},
	districts: {
		description:
			'Bar chart comparing districts: budget execution rate (units’ total actual spending ÷ total full-year budget) and indicator attainment rate (indicators met ÷ assessable indicators). {districts}.',
		district: '{district}: execution rate {execution}, attainment rate {attainment}',
		empty: 'District comparison: no data to show.',
		noDataName: '{district} (no data)',
		actualTotal: 'Total spent',
		budgetTotal: 'Total budget',
		unitsWithBudget: 'Units with budget data',
		met: 'Indicators met',
		notMet: 'Indicators not met'
	},
	histogram: {
		description:
			'Histogram of attainment in 10% bins; indicators with an attainment: {total}; below 100%: {below}; 120% and above: {above}; the fullest bin is {peak} ({peakN} indicators).',
		empty: 'Attainment distribution: no indicator in this selection has an attainment that can be computed.',
		bin: 'Attainment {bin}',
		indicators: 'Indicators'
	},
	family: {
		range: 'Target range (lowest–highest)',
		target: 'Median target',
		actual: 'Median actual',
		short: 'Median actual (some not met)',
		defaultName: 'This indicator family',
		description:
			'{family}: targets and results by unit, {n, plural, one {# unit (year)} other {# units (years)}}, median target of all units {median}; with a target below (easier than) the median: {easier}; with indicators not met: {short}.',
		item: '{unit}: target {target}, actual {actual}',
		empty: '{family}: no targets or actual values to compare.',
		indicators: 'Indicators',
		compared: 'Comparable targets',
		targetRange: 'Target range',
		familyMedian: 'Median target of all units',
		notMet: 'Not met',
		medianLine: 'median {value}'
	},
	trend: {
		point: '{year} {value}',
		series: '{label}: {points}',
		noData: '{label}: no data',
		description:
			'{metric} by year, line chart of {n, plural, one {# line} other {# lines}} ({subject, select, district {one per district} other {one per unit}}) over {years, plural, one {# year} other {# years}}; a {subject, select, district {district with} other {unit with}} only one year shows as a single point. {described}.',
		empty: '{metric} by year: {subject, select, district {no district selected} other {no unit selected}}.',
		tooltip: '{metric}, {year}'
	},
	budget: {
		rateLabel: 'Execution rate {rate}',
		description: 'Bar chart of budget and actual spending. {described}.',
		item: '{label}: budget {budget}, spent {actual}, execution rate {rate}',
		empty: 'Budget and actual spending: no budget data.'
	},
	tasks: {
		keyTask: 'key task',
		project: 'project',
		noSpendingUnit: 'Spending unit not stated',
		amount: 'Amount',
		kind: 'Kind',
		spendingUnit: 'Spending unit',
		year: 'Year',
		description:
			'Bar chart of task and project funding: {n, plural, one {# item} other {# items}}, largest first, {total} in all; largest: {largest} ({amount}).',
		grouped: 'Coloured by spending unit: {units}.',
		unpriced: '{n, plural, one {# more item has no amount and is} other {# more items have no amount and are}} not drawn.',
		empty: 'Tasks and projects: no task with an amount.'
	}
};
