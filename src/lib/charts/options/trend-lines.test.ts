import { describe, expect, it } from 'vitest';
import { XSS } from '../fixtures.ts';
import { trendLinesOption, type TrendSeries } from './trend-lines.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (...a: Parameters<typeof trendLinesOption>) => trendLinesOption(...a) as any;

// 永和 2021 only; 荔城 2021 and 2022 (2022 a target declaration: no rate); a made-up unit over three years.
const series: TrendSeries[] = [
	{ key: 'hp-yonghe', label: '永和街道', points: [{ fiscal_year: 2021, value: 18570.21 / 19206.99 }] },
	{ key: 'zc-licheng', label: '荔城街道', points: [{ fiscal_year: 2021, value: 75317.78 / 82912.04 }, { fiscal_year: 2022, value: null }] },
	{ key: 'x', label: '测试街道', points: [{ fiscal_year: 2020, value: 0.8 }, { fiscal_year: 2021, value: 0.9 }, { fiscal_year: 2022, value: 0.95 }] }
];

describe('trendLinesOption', () => {
	it('puts every year on the axis and leaves missing years empty, never joined', () => {
		const o = opt(series, 'execution');
		expect(o.xAxis.data).toEqual(['2020', '2021', '2022']);
		expect(o.series[0].data).toEqual([null, 18570.21 / 19206.99, null]); // one year: one point
		expect(o.series[1].data).toEqual([null, 75317.78 / 82912.04, null]);
		expect(o.series[2].data).toEqual([0.8, 0.9, 0.95]);
		for (const s of o.series) expect(s).toMatchObject({ type: 'line', showSymbol: true, connectNulls: false });
	});

	it('takes extra years for the axis (a dataset of ten years shows all ten)', () => {
		const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
		const o = opt(series.slice(0, 1), 'execution', { years });
		expect(o.xAxis.data).toHaveLength(10);
		expect(o.series[0].data.filter((v: number | null) => v !== null)).toHaveLength(1);
	});

	it('tells lines apart by symbol as well as colour, and marks 90 % / 100 % for execution', () => {
		const o = opt(series, 'execution');
		expect(new Set(o.series.map((s: { symbol: string }) => s.symbol)).size).toBe(3);
		expect(o.series[0].markLine.data.map((d: { yAxis: number }) => d.yAxis)).toEqual([0.9, 1]);
		expect(opt(series, 'adjustment').series[0].markLine.data.map((d: { yAxis: number }) => d.yAxis)).toEqual([0]);
	});

	it('formats adjustment rates with a sign and describes the points in Chinese', () => {
		const o = opt([{ key: 'a', label: '员村街道', points: [{ fiscal_year: 2022, value: (12436.77 - 12066.53) / 12066.53 }] }], 'adjustment');
		expect(o.aria.label.description).toContain('员村街道：2022 年 +3.07%');
		expect(o.aria.label.description).toContain('只有一个年度的单位显示为单独的点');
		expect(o.yAxis.axisLabel.formatter(-0.1)).toBe('−10%');
		expect(opt([], 'attainment').aria.label.description).toContain('没有选择单位');
	});

	it('escapes names in tooltips and skips empty years', () => {
		const o = opt([{ key: 'h', label: XSS, points: [{ fiscal_year: 2021, value: 0.5 }, { fiscal_year: 2022, value: null }] }], 'attainment');
		const html: string = o.tooltip.formatter({ seriesIndex: 0, dataIndex: 0 });
		expect(html).not.toContain('<img');
		expect(html).toContain('2021 年指标达成率：50.00%');
		expect(o.tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toBe('');
	});
});
