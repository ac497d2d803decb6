// A comparison as workbook sheets: the figures of every compared unit or
// district by year, then (units) budgets by scope, tasks and projects, and
// the family indicators, each row with the line it came from.
import { COLUMNS as C, renamed } from '../workbook/columns.ts';
import type { WorkbookColumn, WorkbookTable } from '../workbook/workbook.ts';
import type { Comparison } from './compare.ts';

const entity: WorkbookColumn = { key: 'entity', zh: '对比对象', en: 'Compared', kind: 'text' };
const entityKind: WorkbookColumn = { key: 'entity_kind', zh: '类型（unit 单位 / district 区）', en: 'Kind (unit / district)', kind: 'text' };
const docKinds: WorkbookColumn = { key: 'doc_kinds', zh: '文件类别', en: 'Document kinds', kind: 'text' };
const family: WorkbookColumn = { key: 'family_id', zh: '指标族', en: 'Indicator family', kind: 'text' };

export function comparisonWorkbook(c: Comparison): WorkbookTable[] {
	const label = (e: Comparison['entities'][number]) => ({ entity: e.label, entity_kind: e.ref.kind, district_name: e.district_name });
	const units = c.entities.filter((e) => e.ref.kind === 'unit');
	return [
		{
			name: '主要数字',
			note_zh: `对比：${c.entities.map((e) => e.label).join('、')}；区的数字为区内各单位之和`,
			note_en: `Compared: ${c.entities.map((e) => e.label).join(', ')}; a district's figures are the sums of its units`,
			columns: [entity, entityKind, C.district, C.year, docKinds, C.initial, C.adjusted, C.actual, C.execution, C.executionReported, C.adjustment, C.adjustmentReported, C.indicatorsTotal, C.met, C.notMet, C.noActual, C.attainmentRate, C.flags, C.units, C.unitsWithBudget, C.doc, C.line],
			rows: c.entities.flatMap((e) => e.years.map((y) => ({ ...label(e), ...y })))
		},
		{
			name: '预算（按资金范围）',
			columns: [entity, C.year, C.scope, C.initial, C.adjusted, C.actual, C.execution, C.executionReported, C.adjustment, C.doc, C.line],
			rows: units.flatMap((e) => e.budgets.map((b) => ({ ...label(e), ...b })))
		},
		{
			name: '任务与项目',
			columns: [entity, C.year, C.taskKind, C.task, C.spendingUnit, C.funds, C.doc, C.line],
			rows: units.flatMap((e) => e.tasks.map((t) => ({ ...label(e), ...t })))
		},
		{
			name: '同类指标',
			columns: [entity, C.year, family, C.indicator, C.target, C.actualText, C.status, renamed(C.attainment, '完成度（完成值÷目标）', 'Attainment (actual ÷ target)'), C.doc, C.line],
			rows: units.flatMap((e) => e.indicators.map((i) => ({ ...label(e), ...i })))
		}
	];
}
