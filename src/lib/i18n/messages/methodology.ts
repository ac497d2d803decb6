// Messages of methodology: the page's title, section names and table headers.
// The prose itself lives in src/lib/content/methodology/Methodology{Zh,En}.svelte.
import type { Translation } from './shape.ts';

export const zh = {
	title: '方法说明',
	description:
		'预算执行率、预算调整率、绩效指标达成情况、原文数值的读法、原文比率核对和异常值规则的计算方法，附广州市街道公开文件中的实例。',
	toc: '本页目录',
	/** The badge of a rule that is the site's own practice, not a regulation's. */
	ownRule: '本站约定',
	/** Section names (table of contents and headings), by anchor. */
	section: {
		execution: '预算执行率',
		adjustment: '预算调整率',
		rateCheck: '原文比率的核对',
		values: '原文数值的读法',
		attainment: '绩效指标的达成',
		outliers: '值得关注的情况',
		years: '年度与得分'
	},
	/** Table headers not in common.col. */
	col: {
		total: '合计',
		printedTarget: '原文目标',
		comparison: '比较',
		value: '数值',
		measureUnit: '单位',
		direction: '方向',
		printedActual: '原文完成值',
		readAs: '读作',
		actual: '完成',
		calculation: '计算',
		attainment: '达成度',
		type: '类型',
		reason: '原因',
		meaning: '含义',
		counted: '是否计入达成率'
	},
	statusCaption: '指标状态',
	/** A target whose comparison could not be read. */
	unreadable: '无法读取',
	opQualitative: '定性',
	/** "printed with 2 decimals" */
	decimalPlaces: '{n} 位小数'
} as const;

export const en: Translation<typeof zh> = {
	title: 'Methodology',
	description:
		'How the budget execution rate, budget adjustment rate and indicator attainment are calculated, how printed values are read, how printed ratios are checked and which rules mark outliers, with worked examples from the documents of Guangzhou’s street offices.',
	toc: 'On this page',
	ownRule: 'site convention',
	section: {
		execution: 'Budget execution rate',
		adjustment: 'Budget adjustment rate',
		rateCheck: 'Checking printed ratios',
		values: 'Reading printed values',
		attainment: 'Attainment of performance indicators',
		outliers: 'What stands out',
		years: 'Years and scores'
	},
	col: {
		total: 'Total',
		printedTarget: 'Target as printed',
		comparison: 'Comparison',
		value: 'Value',
		measureUnit: 'Unit of measure',
		direction: 'Direction',
		printedActual: 'Actual as printed',
		readAs: 'Read as',
		actual: 'Actual',
		calculation: 'Calculation',
		attainment: 'Attainment',
		type: 'Type',
		reason: 'Reason',
		meaning: 'Meaning',
		counted: 'Counted in the attainment rate?'
	},
	statusCaption: 'Indicator status',
	unreadable: 'could not be read',
	opQualitative: 'qualitative',
	decimalPlaces: '{n, plural, one {# decimal place} other {# decimal places}}'
};
