import { describe, expect, it } from 'vitest';
import { XSS } from '../fixtures.ts';
import { compareBarsOption } from './compare-bars.ts';
import { compareSlopeOption } from './compare-slope.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const any = (o: unknown) => o as any;

const yonghe = { label: '永和街道', fiscal_year: 2021, execution_rate: 18570.21 / 19206.99, adjustment_rate: 359.19 / 18847.8, attainment_rate: 0.9 };
const yuancun = { label: '员村街道', fiscal_year: 2022, execution_rate: 12198.33 / 12436.77, adjustment_rate: 370.24 / 12066.53, attainment_rate: null };

describe('compareBarsOption', () => {
	it('one series per compared entity over the three rates, no bar where a figure is missing', () => {
		const o = any(compareBarsOption([yonghe, yuancun]));
		expect(o.xAxis.data).toEqual(['预算执行率', '预算调整率', '指标达成率']);
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['永和街道', '员村街道']);
		expect(o.series[0].data[0]).toBeCloseTo(0.96685, 4);
		expect(o.series[1].data[2]).toBeNull();
		expect(o.series[0].itemStyle.color).not.toBe(o.series[1].itemStyle.color);
		expect(o.aria.label.description).toContain('永和街道：执行率 96.68%');
		expect(o.aria.label.description).toContain('达成率 —');
		// bar labels round, never truncate: 96.68 % reads 96.7 %, not 96 %
		expect(o.series[0].label.formatter({ value: 0.96685, dataIndex: 0 })).toBe('96.7%');
		expect(o.series[0].label.formatter({ value: 0.019057, dataIndex: 1 })).toBe('+1.9%');
	});

	it('escapes names in tooltips', () => {
		const o = any(compareBarsOption([{ ...yonghe, label: XSS }]));
		const html = o.tooltip.formatter({ seriesIndex: 0, dataIndex: 0 });
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img');
	});
});

describe('compareSlopeOption', () => {
	it('draws only entities with both years and names the others', () => {
		const o = any(
			compareSlopeOption(
				[
					{ label: '甲街道', index: 0, from: 0.9, to: 0.95 },
					{ label: '乙街道', index: 1, from: 0.8, to: null }
				],
				{ from: 2021, to: 2022 }
			)
		);
		expect(o.series).toHaveLength(1);
		expect(o.series[0].data).toEqual([0.9, 0.95]);
		expect(o.xAxis.data).toEqual(['2021', '2022']);
		expect(o.aria.label.description).toContain('乙街道缺少其中一年的执行率');
	});
});
