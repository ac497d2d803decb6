import { describe, expect, it } from 'vitest';
import { districtRows, XSS } from '../fixtures.ts';
import { DISTRICT_SERIES, districtComparisonOption } from './district-comparison.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (rows = districtRows) => districtComparisonOption(rows) as any;

describe('districtComparisonOption', () => {
	it('puts districts in code order on the category axis, top down', () => {
		const o = opt();
		expect(o.yAxis.data).toEqual(['荔湾区', '黄埔区']);
		expect(o.yAxis.inverse).toBe(true);
		expect(o.xAxis.type).toBe('value');
		expect(o.xAxis.axisLabel.formatter(1)).toBe('100%');
	});

	it('keeps a district without either rate, named as having no data', () => {
		const none = { district_code: '440104', district_name: '越秀区', adjusted_budget_wan: null, actual_spend_wan: null, execution_rate: null, attainment_rate: null };
		const o = opt([...districtRows, none]);
		expect(o.yAxis.data).toEqual(['荔湾区', '越秀区（无数据）', '黄埔区']);
		expect(o.series[0].data).toEqual([3393.2 / 3986.34, null, 18570.21 / 19206.99]);
	});

	it('shows execution (from summed money) and attainment as two series', () => {
		const [exec, att] = opt().series;
		expect(exec.name).toBe(DISTRICT_SERIES.execution);
		expect(att.name).toBe(DISTRICT_SERIES.attainment);
		expect(exec.data[1]).toBeCloseTo(18570.21 / 19206.99, 10);
		expect(att.data).toEqual([null, 0.9]); // no assessed indicators: no bar, not 0
		expect(exec.markLine.data[0].xAxis).toBe(1);
		expect(exec.label.formatter({ value: 0.908 })).toBe('90.8%');
	});

	it('describes the method and each district in the aria text', () => {
		const d: string = opt().aria.label.description;
		expect(d).toContain('实际支出之和 ÷ 全年预算之和');
		expect(d).toContain('黄埔区 执行率 96.68%，达成率 90.00%');
		expect(d).toContain('荔湾区 执行率 85.12%，达成率 —');
		expect(opt().animation).toBe(false);
	});

	it('tooltips give the sums behind the rate, escaped', () => {
		const o = opt([{ ...districtRows[0], district_name: XSS }]);
		const exec: string = o.tooltip.formatter({ dataIndex: 0, seriesIndex: 0 });
		expect(exec).toContain('1.86 亿元');
		expect(exec).toContain('1.92 亿元');
		expect(exec).not.toContain('<img');
		const att: string = o.tooltip.formatter({ dataIndex: 0, seriesIndex: 1 });
		expect(att).toContain('达标指标：18');
	});
});
