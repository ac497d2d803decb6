// UI strings of the publication pages (/quality, /methodology) and the labels
// they share. The methodology's prose lives in its page: it is the page.

export const QUALITY_T = {
	title: '数据质量标记',
	lead: '公开数据本身的问题，也是公开透明的一部分。读取文件和核对数字时发现的每一个问题都列在这里：按文件、再按标记类型分组，每类标记附有通俗说明，每条标记注明原文行号。',
	summary: '概况',
	bySeverity: '按严重程度',
	byCode: '按标记类型',
	byDocument: '按文件列出',
	allCodes: '全部标记代码说明',
	allCodesLead: '数据处理程序可能产生的全部标记代码（包括当前数据中没有出现的），供使用下载数据的读者查阅。',
	severity: '严重程度',
	meaning: '含义',
	count: '条数',
	documents: '涉及文件',
	code: '代码',
	flag: '标记',
	none: '当前数据没有任何质量标记。',
	unpublished: '未发布的文件',
	wholeDocument: '整个文件',
	unitPage: '单位页面'
} as const;

export const METHODOLOGY_T = {
	title: '方法说明',
	description:
		'预算执行率、预算调整率、绩效指标达成情况、原文数值的读法、原文比率核对和异常值规则的计算方法，附广州市街道公开文件中的实例。'
} as const;

/** Comparators of a target as a reader writes them. */
export const OP_LABEL: Record<string, string> = {
	'>=': '≥',
	'>': '>',
	'<=': '≤',
	'<': '<',
	'=': '=',
	qualitative: '定性'
};

export const DIRECTION_LABEL: Record<string, string> = {
	higher_better: '越高越好',
	lower_better: '越低越好',
	exact: '恰好相等',
	qualitative: '定性'
};

/** Kinds of the `outliers` view (src/sql/metrics.sql). */
export const OUTLIER_KIND_LABEL: Record<string, string> = {
	low_execution: '执行率偏低',
	large_adjustment: '预算调整幅度大',
	over_achievement: '目标可能偏低',
	figure_mismatch: '原文比率与计算不符'
};
