// Messages of explorer: the indicator explorer (/indicators) — filters,
// summary and histogram, the list, the family view and the CSV export.
// Shared column headers and category labels are in common.ts.
import type { Translation } from './shape.ts';

export const zh = {
	title: '绩效指标查询',
	description:
		'按类别、状态、区、单位、年度、文件类型和指标族筛选全部绩效指标，按名称搜索（中文可模糊匹配），比较同类指标在各单位的目标与完成情况。',
	noScript: '筛选、搜索、排序和导出需要启用 JavaScript；下面是全部指标的统计及按文件顺序的前 100 条。',
	querying: '正在查询…',
	queryFailed: '查询失败：{error}',

	// filters
	filters: '筛选',
	search: '搜索指标名称',
	/** Placeholder of the search box; `example` is a Chinese indicator word (data). */
	searchPlaceholder: '例如：{example}',
	/** `query` finds `found` (both Chinese indicator words, data). */
	searchHint: '中文可模糊匹配：输入“{query}”也能找到“{found}”。',
	clear: '清除筛选',
	/** A filter choice with its number of indicators. */
	option: '{label}（{n}）',
	/** A unit choice with its district. */
	unitOption: '{unit}（{district}）',
	/** A year choice. */
	yearOption: '{year}年',

	// summary
	total: '符合条件的指标',
	/** `n` is the count (shown in bold). */
	totalLine: '符合条件的指标：{n} 项',
	byStatus: '按状态',
	byLevel1: '按一级指标',
	histogramTitle: '完成度分布',
	histogramNote:
		'完成度 = 实际 ÷ 目标（越低越好的指标反之），只含有目标和实际值、可比较的指标；每 10% 一档，最后一档为 150% 及以上。',

	// list
	listTitle: '指标列表',
	shown: '显示 {n} 条，共 {total} 条',
	showMore: '显示更多',
	exportCsv: '导出 CSV（当前筛选）',
	exportXlsx: '导出 Excel（当前筛选）',
	workbookNote: '指标查询结果，筛选：{filters}',
	exporting: '正在导出…',
	exportNote: '最多导出 {limit} 行；完整数据请到“数据下载”页获取。',
	/** The exported file's name (before the date stamp). */
	exportFileName: '绩效指标',
	noRows: '没有符合条件的指标。',

	// family view
	familyTitle: '指标族“{name}”：各单位对比',
	familyNote:
		'每行为一个单位的一个年度。目标只在该族最常见的计量单位与方向上比较；“较易”指目标要求低于全部单位的目标中位数（越高越好的指标目标更低，越低越好的指标目标更高）。按未达成多少排序。',
	familyBasis: '比较口径：{unit}，{direction}；全部单位目标中位数 {median}。',
	/** The basis when targets carry no unit of measure. */
	noMeasureUnit: '无单位',
	familyRowsAll: '共 {total} 个单位（年度）。',
	familyRowsSome: '共 {total} 个单位（年度），显示前 {n} 个。',
	familyOutliers: '目标可能偏低的指标（完成值超过目标 1.2 倍）',
	noFamilyOutliers: '没有完成值超过目标 1.2 倍的指标。',
	/** An outlier of the family: its year and its reason (a sentence of the SQL). */
	outlierLine: '{year}年：{reason}',
	easier: '较易',
	harder: '较难',
	sameAsMedian: '持平',

	/** Column headers not in common.col. */
	col: {
		levels: '一级 / 二级',
		indicatorName: '指标名称',
		indicators: '指标数',
		notJudged: '未评价',
		attainmentRate: '达成率',
		targetMedian: '目标中位数',
		targetRange: '目标范围',
		actualMedian: '完成中位数',
		targetEase: '目标难易'
	}
} as const;

export const en: Translation<typeof zh> = {
	title: 'Performance indicators',
	description:
		'Filter every performance indicator by category, status, district, unit, year, document kind and indicator family, search by name (fuzzy matching for Chinese), and compare targets and results of similar indicators across units.',
	noScript: 'Filtering, search, sorting and export need JavaScript; below are the counts over all indicators and the first 100 in document order.',
	querying: 'Querying…',
	queryFailed: 'Query failed: {error}',

	filters: 'Filters',
	search: 'Search indicator names',
	searchPlaceholder: 'e.g. {example}',
	searchHint: 'Names are in Chinese, as printed. Matching is fuzzy: “{query}” also finds “{found}”.',
	clear: 'Clear filters',
	option: '{label} ({n})',
	unitOption: '{unit} ({district})',
	yearOption: '{year}',

	total: 'Matching indicators',
	totalLine: 'Matching indicators: {n}',
	byStatus: 'By status',
	byLevel1: 'By category',
	histogramTitle: 'Distribution of attainment',
	histogramNote:
		'Attainment = actual ÷ target (the reverse for lower-is-better indicators), for comparable indicators with both a target and an actual value only; bins of 10 %, the last one 150 % and above.',

	listTitle: 'Indicators',
	shown: 'Showing {n} of {total}',
	showMore: 'Show more',
	exportCsv: 'Export CSV (current filters)',
	exportXlsx: 'Export Excel (current filters)',
	workbookNote: 'Indicator explorer result, filters: {filters}',
	exporting: 'Exporting…',
	exportNote: 'Exports at most {limit} rows; the full data is on the “Downloads” page.',
	exportFileName: 'indicators',
	noRows: 'No indicators match.',

	familyTitle: 'Indicator family “{name}”: units compared',
	familyNote:
		'One row per unit and year. Targets are compared only on the family’s most common unit of measure and direction; “easier” means a target asking for less than the median target of all units (lower when higher is better, higher when lower is better). Sorted by how many indicators were not met.',
	familyBasis: 'Compared on: {unit}, {direction}; median target of all units {median}.',
	noMeasureUnit: 'no unit',
	familyRowsAll: '{total} units (by year).',
	familyRowsSome: '{total} units (by year), the first {n} shown.',
	familyOutliers: 'Targets possibly set too low (actual above 1.2 × target)',
	noFamilyOutliers: 'No indicator’s actual is above 1.2 × its target.',
	outlierLine: '{year}: {reason}',
	easier: 'easier',
	harder: 'harder',
	sameAsMedian: 'at median',

	col: {
		levels: 'Category / subcategory',
		indicatorName: 'Indicator',
		indicators: 'Indicators',
		notJudged: 'Not judged',
		attainmentRate: 'Attainment rate',
		targetMedian: 'Median target',
		targetRange: 'Target range',
		actualMedian: 'Median actual',
		targetEase: 'Target difficulty'
	}
};
