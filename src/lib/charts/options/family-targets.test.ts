import { describe, expect, it } from 'vitest';
import { XSS } from '../fixtures.ts';
import { basisValue, FAMILY_SERIES, familyTargetsHeight, familyTargetsOption, type FamilyTargetRow } from './family-targets.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (...a: Parameters<typeof familyTargetsOption>) => familyTargetsOption(...a) as any;

// The seeds' 满意度 family (tests/pipeline/explorer-trends.test.ts), plus one unit that falls short.
const base = { basis_unit: '%', family_median: 90, district_name: null };
const rows: FamilyTargetRow[] = [
	{ ...base, unit_id: 'short', short_name: '测试街道', fiscal_year: 2022, indicators: 2, not_met: 1, compared: 2, target_median: 95, target_min: 90, target_max: 100, actual_median: 88, easier_than_median: false },
	{ ...base, unit_id: 'hp-yonghe', short_name: '永和街道', fiscal_year: 2022, indicators: 5, not_met: 0, compared: 1, target_median: 80, target_min: 80, target_max: 80, actual_median: 85, easier_than_median: true },
	{ ...base, unit_id: 'lw-jinhua', short_name: '金花街道', fiscal_year: 2022, indicators: 46, not_met: 0, compared: 44, target_median: 90, target_min: 60, target_max: 100, actual_median: null, easier_than_median: false },
	{ ...base, unit_id: 'th-yuancun', short_name: '员村街道', fiscal_year: 2022, indicators: 1, not_met: 0, compared: 0, target_median: null, target_min: null, target_max: null, actual_median: null, easier_than_median: null }
];

describe('familyTargetsOption', () => {
	it('one category per unit that has a target or an actual, in the given order (who falls short first)', () => {
		const o = opt(rows);
		expect(o.yAxis.data).toEqual(['测试街道', '永和街道', '金花街道']); // 员村: nothing to draw
		expect(o.yAxis.inverse).toBe(true);
	});

	it('draws the target range as a stacked bar from the lowest to the highest target', () => {
		const o = opt(rows);
		expect(o.series[0].data).toEqual([90, 80, 60]); // invisible base
		expect(o.series[0].itemStyle.color).toBe('transparent');
		expect(o.series[1]).toMatchObject({ name: FAMILY_SERIES.range, stack: 'range' });
		expect(o.series[1].data).toEqual([10, 0, 40]);
	});

	it('median target as a diamond against the median of all units; actuals by shape: circle, or triangle when short', () => {
		const o = opt(rows);
		expect(o.series[2]).toMatchObject({ name: FAMILY_SERIES.target, symbol: 'diamond', data: [95, 80, 90] });
		expect(o.series[2].markLine.data[0]).toMatchObject({ xAxis: 90 });
		expect(o.series[2].markLine.data[0].label.formatter).toBe('中位数 90%');
		expect(o.series[3]).toMatchObject({ name: FAMILY_SERIES.actual, symbol: 'circle', data: [null, 85, null] });
		expect(o.series[4]).toMatchObject({ name: FAMILY_SERIES.short, symbol: 'triangle', data: [88, null, null] });
	});

	it('formats values on the family basis and describes the comparison', () => {
		expect(basisValue(90, '%')).toBe('90%');
		expect(basisValue(12.345, '次')).toBe('12.35 次');
		expect(basisValue(null, '%')).toBe('—');
		const d: string = opt(rows, { familyName: '满意度' }).aria.label.description;
		expect(d).toContain('满意度各单位目标与完成情况：3 个单位');
		expect(d).toContain('目标中位数 90%');
		expect(d).toContain('较易于）中位数的 1 个，有未达成指标的 1 个');
		expect(d).toContain('永和街道 目标 80%，完成 85%');
	});

	it('escapes unit names in tooltips; scrolls past maxVisible rows', () => {
		const o = opt([{ ...rows[1], short_name: XSS }]);
		const html: string = o.tooltip.formatter({ dataIndex: 0 });
		expect(html).not.toContain('<img');
		expect(html).toContain('目标范围：80% – 80%');
		const many = Array.from({ length: 40 }, (_, i) => ({ ...rows[1], unit_id: `u${i}`, short_name: `单位${i}` }));
		expect(opt(many).dataZoom[0]).toMatchObject({ type: 'slider', endValue: 29 });
		expect(familyTargetsHeight(40)).toBe(120 + 24 * 30);
		expect(opt([]).aria.label.description).toContain('没有可比较的目标或完成值');
	});
});
