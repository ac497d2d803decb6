import { describe, expect, it } from 'vitest';
import { budgetRows } from '../fixtures.ts';
import { BUDGET_SERIES, unitBudgetOption } from './unit-budget.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (rows = budgetRows) => unitBudgetOption(rows) as any;

describe('unitBudgetOption', () => {
	it('compares initial, adjusted budget and actual spending by scope', () => {
		const o = opt();
		expect(o.xAxis.data).toEqual(['合计', '财政拨款']);
		expect(o.series.map((s: { name: string }) => s.name)).toEqual([BUDGET_SERIES.initial, BUDGET_SERIES.adjusted, BUDGET_SERIES.actual]);
		expect(o.series[1].data).toEqual([19206.99, 17300]);
		expect(o.series[2].data).toEqual([18570.21, 16800]);
		expect(o.series[1].label.formatter({ dataIndex: 0 })).toBe('执行率 96.68%');
		expect(o.series[0].label.show).toBe(false);
		expect(o.series[1].label.show).toBe(true);
	});

	it('adds the year to categories when rows span several years', () => {
		const o = opt([...budgetRows, { ...budgetRows[0], fiscal_year: 2022 }]);
		expect(o.xAxis.data).toEqual(['2021 合计', '2021 财政拨款', '2022 合计']);
	});

	it('names the document when two documents state the same scope', () => {
		const o = opt([
			{ ...budgetRows[0], doc_id: 'form' },
			{ ...budgetRows[0], doc_id: 'report' }
		]);
		expect(o.xAxis.data).toEqual(['合计（form）', '合计（report）']);
	});

	it('tooltips print the money, computed and printed rates, adjustment', () => {
		const html: string = opt().tooltip.formatter({ dataIndex: 0 });
		expect(html).toContain('年初预算：1.88 亿元');
		expect(html).toContain('预算执行率：96.68%');
		expect(html).toContain('文件所列执行率：96.68%');
		expect(html).toContain('预算调整率：+1.91%');
		expect(opt().aria.label.description).toContain('合计：全年预算 1.92 亿元，实际支出 1.86 亿元，执行率 96.68%');
	});
});
