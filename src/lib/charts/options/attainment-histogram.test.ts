import { describe, expect, it } from 'vitest';
import { attainmentHistogramOption, binLabel } from './attainment-histogram.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (...a: Parameters<typeof attainmentHistogramOption>) => attainmentHistogramOption(...a) as any;

describe('attainmentHistogramOption', () => {
	it('has all 16 bins in order, empty ones as 0, the last one open-ended', () => {
		const o = opt([{ bin: 10, n: 20 }, { bin: 15, n: 1 }, { bin: 6, n: 1 }]);
		expect(o.xAxis.data).toHaveLength(16);
		expect(o.xAxis.data[0]).toBe('0–10%');
		expect(o.xAxis.data[10]).toBe('100–110%');
		expect(o.xAxis.data[15]).toBe('≥150%');
		expect(o.series[0].data).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 20, 0, 0, 0, 0, 1]);
		expect(binLabel(9)).toBe('90–100%');
	});

	it('marks 100 % between the 90–100 % and 100–110 % bars', () => {
		expect(opt([]).series[0].markLine.data[0]).toMatchObject({ xAxis: 9.5, name: '100%' });
	});

	it('describes the distribution in Chinese and is static for SSR', () => {
		const o = opt([{ bin: 3, n: 2 }, { bin: 10, n: 20 }, { bin: 13, n: 3 }]);
		expect(o.animation).toBe(false);
		expect(o.aria.label.description).toContain('共 25 项');
		expect(o.aria.label.description).toContain('低于 100% 的 2 项');
		expect(o.aria.label.description).toContain('120% 及以上的 3 项');
		expect(o.aria.label.description).toContain('100–110%（20 项）');
		expect(opt([]).aria.label.description).toContain('没有可计算完成度的指标');
	});

	it('tooltips name the bin and the count', () => {
		expect(opt([{ bin: 10, n: 1234 }]).tooltip.formatter({ dataIndex: 10 })).toBe('<strong>完成度 100–110%</strong><br/>指标数：1,234');
	});
});
