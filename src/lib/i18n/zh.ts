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
