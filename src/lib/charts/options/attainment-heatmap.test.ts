import { describe, expect, it } from 'vitest';
import { heatmapRows, XSS } from '../fixtures.ts';
import { ATTAINMENT_BINS } from '../theme.ts';
import { attainmentHeatmapOption, categoryKey } from './attainment-heatmap.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (rows = heatmapRows) => attainmentHeatmapOption(rows) as any;

describe('attainmentHeatmapOption', () => {
	it('orders categories by the taxonomy, units by name', () => {
		const o = opt();
		expect(categoryKey('产出指标', '数量指标')).toBe('产出/数量');
		expect(categoryKey(null, null)).toBe('未分类/未分类');
		expect(o.xAxis.data).toEqual(['产出/数量', '产出/质量', '效益/社会效益', '满意度/服务对象满意度']);
		expect(o.yAxis.data).toEqual(['员村街道', '永和街道']);
	});

	it('has one cell per assessed unit × category, met ÷ (met + not_met)', () => {
		const data = opt().series[0].data.map((d: { value: number[] }) => d.value);
		expect(data).toEqual([
			[0, 1, 5 / 6], // 永和 产出/数量
			[2, 1, 1], // 永和 效益/社会效益
			[1, 0, 0.5], // 员村 产出/质量
			[0, 0, 1] // 员村 产出/数量
		]);
		// 员村 满意度: indicators but none assessed → no cell (empty), never 0
		expect(data.some((v: number[]) => v[0] === 3)).toBe(false);
	});

	it('colours by piecewise bins and labels each cell with readable ink', () => {
		const o = opt();
		expect(o.visualMap.pieces).toHaveLength(ATTAINMENT_BINS.length);
		expect(o.visualMap.pieces.at(-1)).toMatchObject({ value: 1 });
		const cell = o.series[0].data[2];
		expect(cell.label.formatter).toBe('50%');
		expect(cell.label.color).toBe(ATTAINMENT_BINS[0].ink);
		expect(o.series[0].data[1].label.color).toBe('#fff') // CELL_INK.light: spelled apart from the page white the dark theme remaps;
	});

	it('gives counts in an escaped tooltip', () => {
		const o = opt([{ ...heatmapRows[0], short_name: XSS, level2: '<b>数量指标</b>' }]);
		const html: string = o.tooltip.formatter({ dataIndex: 0 });
		expect(html).toContain('达标 / 可评：5 / 6');
		expect(html).toContain('指标总数：6');
		expect(html).toContain('达成率：83.33%');
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<b>');
	});

	it('describes the overall attainment from summed counts', () => {
		// (5 + 3 + 1 + 4) ÷ (6 + 3 + 2 + 4) = 13 / 15
		expect(opt().aria.label.description).toContain('86.67%');
		expect(opt().animation).toBe(false);
	});
});
