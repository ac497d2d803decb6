import { describe, expect, it } from 'vitest';
import { rankingRows, XSS } from '../fixtures.ts';
import { categoryStyle } from '../theme.ts';
import { executionRankingHeight, executionRankingOption } from './execution-ranking.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (...a: Parameters<typeof executionRankingOption>) => executionRankingOption(...a) as any;

describe('executionRankingOption', () => {
	it('ranks units by execution rate, highest at the top, without missing rates', () => {
		const o = opt(rankingRows);
		expect(o.yAxis.type).toBe('category');
		expect(o.yAxis.inverse).toBe(true);
		expect(o.yAxis.data).toEqual(['员村街道', '永和街道', '荔城街道', '金花街道']);
		expect(o.xAxis.type).toBe('value');
		expect(o.xAxis.min).toBe(0);
		expect(o.xAxis.axisLabel.formatter(0.9)).toBe('90%');
	});

	it('has one series per district with each bar only in its district', () => {
		const o = opt(rankingRows);
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['荔湾区', '天河区', '黄埔区', '增城区']);
		const tianhe = o.series[1];
		expect(tianhe.data[0]).toBeCloseTo(0.98083, 4);
		expect(tianhe.data.slice(1)).toEqual([null, null, null]);
		for (const s of o.series) expect(s.barGap).toBe('-100%');
		expect(o.legend.show).toBe(true);
		expect(tianhe.label.formatter({ value: 0.966846 })).toBe('96.68%');
	});

	it('keeps district colours stable when given the full district order', () => {
		const order = ['440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115', '440117', '440118'];
		const o = opt(rankingRows, { districtOrder: order });
		const zengcheng = o.series.find((s: { name: string }) => s.name === '增城区');
		expect(zengcheng.itemStyle).toEqual(categoryStyle(10)); // 11th district: colour + hatching
		expect(zengcheng.itemStyle.decal).toBeDefined();
		const only = opt(rankingRows.filter((r) => r.district_code === '440118'), { districtOrder: order });
		expect(only.series[0].itemStyle).toEqual(zengcheng.itemStyle);
	});

	it('draws reference lines at 90 % and 100 %', () => {
		const o = opt(rankingRows);
		const ml = o.series[0].markLine;
		expect(ml.data.map((d: { xAxis: number }) => d.xAxis)).toEqual([0.9, 1]);
		expect(ml.data.map((d: { name: string }) => d.name)).toEqual(['90%', '100%']);
		expect(o.series.slice(1).every((s: { markLine?: unknown }) => !s.markLine)).toBe(true);
	});

	it('is static for SSR and describes itself in Chinese', () => {
		const o = opt(rankingRows);
		expect(o.animation).toBe(false);
		expect(o.aria.enabled).toBe(true);
		expect(o.aria.label.description).toContain('共 4 个单位');
		expect(o.aria.label.description).toContain('员村街道 98.08%');
		expect(o.aria.label.description).toContain('低于 90% 的单位 1 个');
	});

	it('escapes data text in the tooltip', () => {
		const rows = [{ ...rankingRows[0], short_name: XSS, district_name: 'A&B区' }];
		const html: string = opt(rows).tooltip.formatter({ dataIndex: 0 });
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('A&amp;B区');
		expect(html).toContain('96.68%');
	});

	it('labels a unit with its year when rows span several years', () => {
		const rows = [
			{ ...rankingRows[0], fiscal_year: 2021 },
			{ ...rankingRows[0], fiscal_year: 2022, execution_rate: 0.5 }
		];
		expect(opt(rows).yAxis.data).toEqual(['永和街道 2021', '永和街道 2022']);
	});

	it('scrolls beyond maxVisible bars', () => {
		const many = Array.from({ length: 50 }, (_, i) => ({ ...rankingRows[0], unit_id: `u${i}`, short_name: `单位${i}`, execution_rate: i / 50 }));
		const o = opt(many, { maxVisible: 20 });
		expect(o.dataZoom[0]).toMatchObject({ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 19 });
		expect(opt(rankingRows).dataZoom).toEqual([]);
		expect(executionRankingHeight(50, 20)).toBe(110 + 22 * 20);
	});

	it('handles no rows', () => {
		const o = opt([]);
		expect(o.series).toEqual([]);
		expect(o.aria.label.description).toContain('没有可显示的数据');
	});
});
