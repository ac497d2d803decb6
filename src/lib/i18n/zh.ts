// UI strings (Chinese). Kept in one place so that a later English edition
// swaps this module, not the components. Data values are never translated.

export const T = {
	siteName: '广州市街道预算绩效',
	overviewTitle: '预算执行与绩效总览',
	overviewDescription: '广州市各街道、镇预算执行率、绩效指标完成情况、排名与异常值，数字均可追溯到公开文件原文行。',
	filters: '筛选',
	year: '年度',
	yearSuffix: '年',
	allYears: '全部年度',
	district: '区',
	allDistricts: '全部区',
	querying: '正在查询…',
	queryFailed: '查询失败',
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
	source: '来源',
	line: '行',
	rankingTitle: '各单位预算执行率排名',
	districtTitle: '各区比较',
	scatterTitle: '预算规模与执行率',
	heatmapTitle: '各类指标达成率',
	outlierRule: '异常值：执行率低于 90%，或低于当年各单位中位数减 1.5 倍四分位距。',
	executionRateNote: '执行率 = 实际支出 ÷ 全年预算；合计执行率按金额汇总计算，不是各单位比率的平均。'
} as const;

export const STANDOUT_LABEL = {
	low_execution: '执行率偏低',
	large_adjustment: '预算调整幅度大',
	not_met: '指标未达成',
	over_achievement: '目标可能偏低',
	rate_mismatch: '原文比率与计算不符'
} as const;

export const STATUS_LABEL = {
	met: '达成',
	not_met: '未达成',
	no_actual: '仅有目标',
	no_target: '仅有完成值',
	not_comparable: '无法比较'
} as const;

export const SCOPE_LABEL: Record<string, string> = {
	total: '合计',
	fiscal_appropriation: '财政拨款',
	other_funds: '其他资金',
	general_public_budget: '一般公共预算',
	government_fund: '政府性基金'
};

export const KIND_LABEL: Record<string, string> = {
	target_declaration: '绩效目标申报表',
	self_evaluation_form: '整体支出绩效自评表',
	self_evaluation_report: '绩效自评报告',
	project_targets: '项目支出绩效目标表',
	unknown: '未识别类型'
};

/** The indicator explorer (/indicators) and the trends page (/trends). */
export const TX = {
	explorerTitle: '绩效指标查询',
	explorerDescription: '按类别、状态、区、单位、年度、文件类型和指标族筛选全部绩效指标，按名称搜索（中文可模糊匹配），比较同类指标在各单位的目标与完成情况。',
	search: '搜索指标名称',
	searchHint: '中文可模糊匹配：输入“满意度”也能找到“服务对象满意率”。',
	level1: '一级指标',
	level2: '二级指标',
	status: '状态',
	unit: '单位',
	kind: '文件类型',
	family: '指标族',
	all: '全部',
	clear: '清除筛选',
	total: '符合条件的指标',
	byStatus: '按状态',
	byLevel1: '按一级指标',
	histogramTitle: '完成度分布',
	histogramNote: '完成度 = 实际 ÷ 目标（越低越好的指标反之），只含有目标和实际值、可比较的指标；每 10% 一档，最后一档为 150% 及以上。',
	listTitle: '指标列表',
	shown: (n: string, total: string) => `显示 ${n} 条，共 ${total} 条`,
	showMore: '显示更多',
	exportCsv: '导出 CSV（当前筛选）',
	exportNote: (limit: string) => `最多导出 ${limit} 行；完整数据请到“数据下载”页获取。`,
	exporting: '正在导出…',
	noRows: '没有符合条件的指标。',
	noScript: '筛选、搜索、排序和导出需要启用 JavaScript；下面是全部指标的统计及按文件顺序的前 100 条。',
	familyTitle: (name: string) => `指标族“${name}”：各单位对比`,
	familyNote:
		'每行为一个单位的一个年度。目标只在该族最常见的计量单位与方向上比较；“较易”指目标要求低于全部单位的目标中位数（越高越好的指标目标更低，越低越好的指标目标更高）。按未达成多少排序。',
	familyBasis: (unit: string, dir: string, median: string) => `比较口径：${unit}，${dir}；全部单位目标中位数 ${median}。`,
	familyRows: (n: string, total: string) => `共 ${total} 个单位（年度）${n !== total ? `，显示前 ${n} 个` : ''}`,
	familyOutliers: '目标可能偏低的指标（完成值超过目标 1.2 倍）',
	noFamilyOutliers: '没有完成值超过目标 1.2 倍的指标。',
	easier: '较易',
	harder: '较难',
	sameAsMedian: '持平',
	trendsTitle: '年度趋势',
	trendsDescription: '各单位、各区的预算执行率、预算调整率和指标达成率按年度变化；选择单位对比，查看两年之间变化最大的单位和值得关注的异常。',
	metric: '指标',
	pickUnits: '选择单位',
	pickerSearch: '按名称或编号查找单位',
	selected: (n: number, max: number) => `已选 ${n} 个（最多 ${max} 个）`,
	unitTrends: '所选单位',
	districtTrends: '各区',
	movers: '变化最大的单位',
	moversBetween: (a: string, b: string) => `${a} 年 → ${b} 年`,
	moversUp: '上升最多',
	moversDown: '下降最多',
	noMovers: '所选两个年度没有同时有该项数据的单位。',
	fromYear: '起始年度',
	toYear: '结束年度',
	outliersTitle: '值得关注的异常（所选单位与年度）',
	noOutliers: '所选单位在所选年度没有异常。',
	singleYearNote: '只有一个年度数据的单位显示为单独的点，不连线；缺少数据的年度不连线。'
} as const;

export const DIRECTION_LABEL: Record<string, string> = {
	higher_better: '越高越好',
	lower_better: '越低越好',
	exact: '等于目标',
	qualitative: '定性'
};

export const OUTLIER_LABEL = {
	low_execution: '执行率偏低',
	large_adjustment: '预算调整幅度大',
	over_achievement: '目标可能偏低',
	figure_mismatch: '原文比率与计算不符'
} as const;
