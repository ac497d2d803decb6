// Messages of compare: the comparison page (/compare/), its charts and its gaps.
import type { Translation } from './shape.ts';

export const zh = {
	title: '对比',
	intro: '选择 2 至 6 个单位或区并排比较：各年度的预算与执行、重点任务与项目、同一指标族的指标、质量标记。每个数字都链接到其原文行。',
	chooser: {
		legend: '对比对象',
		add: '添加单位或区',
		addButton: '添加',
		remove: '移除 {name}',
		placeholder: '选择…',
		units: '单位',
		districts: '区',
		districtSuffix: '（全区）',
		full: '最多可比较 {max} 个对象。',
		needTwo: '再选择至少一个单位或区即可比较。',
		none: '尚未选择对比对象。可从单位页、区页或总览排名中的“对比”链接进入，或在上方选择。',
		link: '本对比的链接'
	},
	unknown: '地址中的编号不存在：{ids}。',
	dropped: '最多比较 {max} 个对象，以下未列入：{ids}。',
	presetDistrict: '{district}有文件的单位共 {n} 个，这里列出文件最多的 {shown} 个。',
	presetDistrictNone: '{district}尚无单位的文件。',
	year: {
		label: '年度',
		latest: '各自最近一年',
		value: '{year}年度'
	},
	section: {
		figures: '主要数字',
		budgets: '预算与执行（按资金范围）',
		tasks: '重点任务与项目',
		families: '同类指标（按指标族）',
		flags: '质量标记',
		charts: '对比图'
	},
	row: {
		year: '年度',
		documents: '文件',
		initial: '年初预算（万元）',
		adjusted: '全年预算（万元）',
		actual: '实际支出（万元）',
		executionComputed: '执行率（按金额计算）',
		executionReported: '执行率（文件所列）',
		adjustmentComputed: '调整率（按金额计算）',
		adjustmentReported: '调整率（文件所列）',
		indicators: '指标数',
		met: '达成',
		notMet: '未达成',
		noActual: '仅有目标',
		attainment: '指标达成率',
		flags: '质量标记（错误与警告）',
		units: '有执行数的单位'
	},
	gap: {
		no_documents: '该年度无文件',
		targets_only: '该年度只有目标申报表，没有执行数',
		no_unit_reported: '区内单位均未列执行数',
		not_printed: '文件未列此数',
		none_assessable: '无可评判的指标（均缺目标或完成值）',
		district_computed: '区无文件所列数，只有按单位汇总计算的数'
	},
	districtScope: '区的数字为区内各单位之和（与总览同一计算），执行率按金额汇总，不是平均。',
	unitsOnly: '仅对单位列出；区请看各单位。',
	familyNone: '未归入指标族',
	familyCounts: '{n} 项，达成 {met}，未达成 {notMet}',
	noIndicatorsInFamily: '无此类指标',
	noTasks: '无重点任务或项目',
	noFlags: '无质量标记',
	noBudgets: '无预算数字',
	chartBars: '{year}：执行率、调整率与指标达成率对比',
	chartSlope: '执行率 {from} → {to} 年度变化',
	compareWith: '对比…',
	compareWithDistrict: '与{district}对比',
	compareDistrictUnits: '对比本区各单位',
	compareTop: '对比排名前列的单位',
	loading: '正在查询对比数据',
	failed: '对比查询失败：{error}'
} as const;

export const en: Translation<typeof zh> = {
	title: 'Compare',
	intro:
		'Choose two to six units or districts and set them side by side: budget and execution by year, key tasks and projects, indicators of the same family, quality flags. Every figure links to its source line.',
	chooser: {
		legend: 'Compared',
		add: 'Add a unit or district',
		addButton: 'Add',
		remove: 'Remove {name}',
		placeholder: 'Choose…',
		units: 'Units',
		districts: 'Districts',
		districtSuffix: ' (whole district)',
		full: 'At most {max} can be compared.',
		needTwo: 'Choose at least one more unit or district to compare.',
		none: 'Nothing chosen yet. Use a “Compare” link on a unit page, a district page or the overview ranking, or choose above.',
		link: 'Link to this comparison'
	},
	unknown: 'These ids in the address do not exist: {ids}.',
	dropped: 'At most {max} can be compared; left out: {ids}.',
	presetDistrict: '{district} has {n} units with documents; the {shown} with the most documents are shown.',
	presetDistrictNone: '{district} has no unit with documents yet.',
	year: {
		label: 'Year',
		latest: 'Each one’s latest year',
		value: 'FY {year}'
	},
	section: {
		figures: 'Key figures',
		budgets: 'Budget and execution by scope',
		tasks: 'Key tasks and projects',
		families: 'Indicators of the same kind (by family)',
		flags: 'Quality flags',
		charts: 'Charts'
	},
	row: {
		year: 'Year',
		documents: 'Documents',
		initial: 'Initial budget (CNY 10k)',
		adjusted: 'Full-year budget (CNY 10k)',
		actual: 'Actual spending (CNY 10k)',
		executionComputed: 'Execution rate (computed)',
		executionReported: 'Execution rate (as printed)',
		adjustmentComputed: 'Adjustment rate (computed)',
		adjustmentReported: 'Adjustment rate (as printed)',
		indicators: 'Indicators',
		met: 'Met',
		notMet: 'Not met',
		noActual: 'Target only',
		attainment: 'Attainment rate',
		flags: 'Quality flags (errors and warnings)',
		units: 'Units with execution figures'
	},
	gap: {
		no_documents: 'No document for this year',
		targets_only: 'Only a target declaration this year: no execution figures',
		no_unit_reported: 'No unit of the district printed execution figures',
		not_printed: 'Not printed in the document',
		none_assessable: 'No indicator can be judged (each lacks a target or an actual)',
		district_computed: 'A district prints nothing: only figures summed from its units'
	},
	districtScope:
		'A district’s figures are the sums of its units (the overview’s own computation); its execution rate is computed from summed money, not averaged.',
	unitsOnly: 'Listed for units only; for a district, see its units.',
	familyNone: 'No family',
	familyCounts: '{n} indicators, {met} met, {notMet} not met',
	noIndicatorsInFamily: 'None of this family',
	noTasks: 'No key tasks or projects',
	noFlags: 'No quality flags',
	noBudgets: 'No budget figures',
	chartBars: 'FY {year}: execution, adjustment and attainment rates compared',
	chartSlope: 'Execution rate from FY {from} to FY {to}',
	compareWith: 'Compare…',
	compareWithDistrict: 'Compare with {district}',
	compareDistrictUnits: 'Compare this district’s units',
	compareTop: 'Compare the top-ranked units',
	loading: 'Querying the comparison',
	failed: 'The comparison query failed: {error}'
};
