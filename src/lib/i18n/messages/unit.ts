// Messages of unit: the unit page (/units/<id>/) and its charts' labels.
import type { Translation } from './shape.ts';

export const zh = {
	/** A unit's kind as the registry writes it (units.kind). */
	kind: {
		街道: '街道',
		镇: '镇',
		下属单位: '下属单位'
	},
	parentOf: '隶属',
	budgetTitle: '预算执行',
	noBudgetTargetsOnly: '本单位的文件只有目标申报，没有预算执行数据：下表中的指标只有目标值，未评价是否达成。',
	noBudget: '没有本单位的预算执行数据。',
	col: {
		scope: '口径',
		executionComputed: '执行率（计算）',
		executionReported: '执行率（原文）',
		adjustment: '调整率',
		name: '名称',
		spendingUnit: '资金使用单位',
		funds: '资金（万元）',
		projectSpent: '项目执行数（万元）',
		projectRate: '项目执行率',
		indicators: '指标数',
		level1: '一级',
		level2: '二级'
	},
	tasksTitle: '重点任务与项目',
	noTasks: '没有任务或项目数据。',
	indicatorsTitle: '绩效指标（{n}）',
	shown: '显示 {n} 项',
	taskOf: '任务：{name}',
	flagsTitle: '数据质量标记（{n}）',
	noFlags: '没有质量标记。',
	/** Between a flag's title and the pipeline's message. */
	flagSeparator: '：',
	documentsTitle: '来源文件',
	noDocuments: '本单位没有自己的文件。',
	noDocumentsYetTitle: '尚无文件',
	noDocumentsYet: '本站还没有收录{name}的预算绩效文件，所以这里没有预算执行、任务或指标数据。文件收录后，数据会出现在本页。',
	divisionCode: '统计用区划代码 {code}',
	noDocumentsSpending: '本单位没有自己的文件；上表是它作为资金使用单位的项目。',
	docYear: '{year}年',
	docYearAssumed: '{year}（推定）年',
	docLines: '（{doc}；{total} 行：{fact} 行数据、{prose} 行叙述、{unparsed} 行未解析）',
	chartBudget: '{name}预算与支出',
	chartTasks: '{name}任务与项目资金'
} as const;

export const en: Translation<typeof zh> = {
	kind: {
		街道: 'street office',
		镇: 'town',
		下属单位: 'sub-unit'
	},
	parentOf: 'part of',
	budgetTitle: 'Budget execution',
	noBudgetTargetsOnly:
		'This unit’s documents only declare targets and have no budget execution data: the indicators below have targets only and are not assessed as met or not met.',
	noBudget: 'No budget execution data for this unit.',
	col: {
		scope: 'Scope',
		executionComputed: 'Execution rate (computed)',
		executionReported: 'Execution rate (as printed)',
		adjustment: 'Adjustment rate',
		name: 'Name',
		spendingUnit: 'Spending unit',
		funds: 'Funds (CNY 10k)',
		projectSpent: 'Project spending (CNY 10k)',
		projectRate: 'Project execution rate',
		indicators: 'Indicators',
		level1: 'Category',
		level2: 'Subcategory'
	},
	tasksTitle: 'Key tasks and projects',
	noTasks: 'No task or project data.',
	indicatorsTitle: 'Performance indicators ({n})',
	shown: 'Showing {n}',
	taskOf: 'Task: {name}',
	flagsTitle: 'Data quality flags ({n})',
	noFlags: 'No quality flags.',
	flagSeparator: ': ',
	documentsTitle: 'Source documents',
	noDocuments: 'This unit has no documents of its own.',
	noDocumentsYetTitle: 'No documents yet',
	noDocumentsYet: 'This site holds no budget performance document of {name} yet, so there are no budget, task or indicator figures here. Once a document is added, its figures appear on this page.',
	divisionCode: 'NBS division code {code}',
	noDocumentsSpending: 'This unit has no documents of its own; the table above lists the projects for which it is the spending unit.',
	docYear: '{year}',
	docYearAssumed: '{year} (assumed)',
	docLines: '({doc}; {total} lines: {fact} data, {prose} prose, {unparsed} unparsed)',
	chartBudget: '{name}: budget and spending',
	chartTasks: '{name}: funds of tasks and projects'
};
