// Messages of meta: the page descriptions for search results and link
// previews (src/lib/i18n/meta.ts), one sentence with the page's headline
// figures. Figures arrive formatted (number-format.ts), as strings.
import type { Translation } from './shape.ts';

export const zh = {
	traceable: '数字均可追溯到公开文件原文行。',
	/** Between the clauses of a sentence. */
	separator: '，',
	/** The clauses with figures, ending the sentence before the closing words. */
	figures: '{parts}。',
	/** Budget execution: `预算执行率 98.08%（实际支出 1.22 亿元，全年预算 1.24 亿元）`. */
	execution: '预算执行率 {rate}（实际支出 {actual}，全年预算 {budget}）',
	attainment: '绩效指标达成率 {rate}',
	overview: {
		allYears: '各年度',
		year: '{year} 年',
		units: '{when} {n, plural, other {# 个单位}}',
		unitsWithExecution: '（其中 {units} 个有预算执行数据）',
		attainment: '绩效指标达成率 {rate}（未达成 {notMet} 项）',
		sentence: '{site}：{parts}。执行率按金额汇总计算，{traceable}'
	},
	unit: {
		who: '{name}（{details}）',
		yearExecution: '{year} 年{execution}',
		sentence: '{who}：{figures}{name}的预算执行、重点任务与绩效指标，{traceable}'
	},
	district: {
		figures: '{year} 年 {n, plural, other {# 个单位}}合计{execution}。',
		sentence: '{name}：{figures}各街道、镇预算执行率与绩效指标完成情况并列比较，{traceable}'
	}
} as const;

export const en: Translation<typeof zh> = {
	traceable: 'every figure traces back to a line of a published document.',
	separator: '; ',
	figures: '{parts}. ',
	execution: 'execution rate {rate} (spent {actual} of a budget of {budget})',
	attainment: 'indicator attainment rate {rate}',
	overview: {
		allYears: 'All years',
		year: '{year}',
		units: '{when}, {n, plural, one {# unit} other {# units}}',
		unitsWithExecution: ' ({units} with budget execution data)',
		attainment: 'indicator attainment rate {rate} ({notMet} not met)',
		sentence: '{site} — {parts}. Rates are computed from summed money; {traceable}'
	},
	unit: {
		who: '{name} ({details})',
		yearExecution: '{year} {execution}',
		sentence: '{who}: {figures}Budget execution, key tasks and performance indicators of {name}; {traceable}'
	},
	district: {
		figures: '{year}, {n, plural, one {# unit} other {# units}} combined: {execution}. ',
		sentence: '{name}: {figures}Execution rates and indicator attainment of its street offices and towns side by side; {traceable}'
	}
};
