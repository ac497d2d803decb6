// Messages of district: a district's page (/districts/<code>/), its units side by side.
import type { Translation } from './shape.ts';

export const zh = {
	noData: '本区暂无数据。',
	col: {
		adjustment: '调整率',
		indicators: '指标（达成/未达成/仅目标）',
		attainment: '达成率',
		flags: '质量标记'
	},
	executionRateNote: '执行率 = 实际支出 ÷ 全年预算；合计执行率按金额汇总计算，不是各单位比率的平均。',
	outlierRule: '异常值：执行率低于 90%，或低于当年各单位中位数减 1.5 倍四分位距。'
} as const;

export const en: Translation<typeof zh> = {
	noData: 'No data for this district yet.',
	col: {
		adjustment: 'Adjustment rate',
		indicators: 'Indicators (met / not met / target only)',
		attainment: 'Attainment rate',
		flags: 'Quality flags'
	},
	executionRateNote:
		'Execution rate = actual spending ÷ full-year budget; a combined execution rate is computed from summed money, not averaged over the units’ rates.',
	outlierRule: 'Outlier: execution rate below 90%, or below the year’s median of all units minus 1.5 times the interquartile range.'
};
