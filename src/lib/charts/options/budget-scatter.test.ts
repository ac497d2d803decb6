import { describe, expect, it } from 'vitest';
import { scatterRows, XSS } from '../fixtures.ts';
import { budgetScatterOption, SCATTER_SERIES } from './budget-scatter.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (rows = scatterRows) => budgetScatterOption(rows) as any;

describe('budgetScatterOption', () => {
	it('plots budget (x, 万元) against execution rate (y)', () => {
		const o = opt();
		expect(o.series[0].name).toBe(SCATTER_SERIES.normal);
		expect(o.series[0].data).toEqual([
			[82912.04, 0.9084],
			[19206.99, 0.9668]
		]);
		expect(o.xAxis.name).toBe('全年预算（万元）');
		expect(o.yAxis.axisLabel.formatter(0.9)).toBe('90%');
		expect(o.yAxis.min).toBe(0.6);
	});

	it('uses a log axis when budgets span more than 20×', () => {
		expect(opt().xAxis.type).toBe('log'); // 812.5 … 82,912.04
		expect(opt(scatterRows.slice(0, 2)).xAxis.type).toBe('value');
		expect(opt().xAxis.axisLabel.formatter(10000)).toBe('10,000');
	});

	it('labels outliers with their short name in a series of their own', () => {
		const out = opt().series[1];
		expect(out.name).toBe(SCATTER_SERIES.outlier);
		expect(out.data).toEqual([[812.5, 0.62]]);
		expect(out.label.show).toBe(true);
		expect(out.label.formatter({ dataIndex: 0 })).toBe('金花街道综合事务中心');
		expect(opt().aria.label.description).toContain('金花街道综合事务中心（执行率低于 70%）');
	});

	it('marks 90 % and 100 % and escapes the tooltip', () => {
		const o = opt([{ ...scatterRows[2], short_name: XSS, outlier_reason: 'a<b' }]);
		expect(o.series[0].markLine.data.map((d: { yAxis: number }) => d.yAxis)).toEqual([0.9, 1]);
		const html: string = o.tooltip.formatter({ dataIndex: 0, seriesIndex: 1 });
		expect(html).toContain('&lt;img');
		expect(html).toContain('异常原因：a&lt;b');
		expect(html).not.toContain('<img');
	});
});
