import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import type { ResultColumn, TabularResult } from '../engine/query.ts';
import { PALETTE } from '../charts/theme.ts';
import {
	compactNumber,
	MAX_CATEGORIES,
	plotNumber,
	proposeChart,
	resultChartOption,
	validChartTypes,
	type ChartSpec
} from './result-chart-option.ts';

const XSS = '<img src=x onerror=alert(1)>';
const cols = (...spec: [string, string][]): ResultColumn[] => spec.map(([name, type]) => ({ name, type }));
const result = (columns: ResultColumn[], rows: unknown[][]): TabularResult => ({ columns, rows });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (r: TabularResult, spec: ChartSpec) => resultChartOption(r, spec) as any;

describe('proposeChart', () => {
	it('proposes bars for a text column and numbers', () => {
		expect(proposeChart(cols(['district', 'VARCHAR'], ['budget', 'DOUBLE'], ['actual', 'DECIMAL(18,2)']))).toEqual({
			type: 'bar',
			x: 0,
			y: [1, 2],
			series: null
		});
	});

	it('proposes a line over dates, timestamps and year columns', () => {
		expect(proposeChart(cols(['day', 'DATE'], ['n', 'BIGINT']))).toEqual({ type: 'line', x: 0, y: [1], series: null });
		expect(proposeChart(cols(['n', 'BIGINT'], ['at', 'TIMESTAMP']))).toEqual({ type: 'line', x: 1, y: [0], series: null });
		expect(proposeChart(cols(['fiscal_year', 'INTEGER'], ['rate', 'DOUBLE']))).toEqual({ type: 'line', x: 0, y: [1], series: null });
	});

	it('splits the long shape (text, year, value) into one series per text value', () => {
		expect(proposeChart(cols(['district', 'VARCHAR'], ['fiscal_year', 'INTEGER'], ['rate', 'DOUBLE']))).toEqual({
			type: 'line',
			x: 1,
			y: [2],
			series: 0
		});
		expect(proposeChart(cols(['district', 'VARCHAR'], ['unit', 'VARCHAR'], ['n', 'BIGINT']))).toEqual({
			type: 'bar',
			x: 0,
			y: [2],
			series: 1
		});
	});

	it('proposes a scatter for two numeric columns, even with the same name', () => {
		expect(proposeChart(cols(['a', 'INTEGER'], ['a', 'DOUBLE']))).toEqual({ type: 'scatter', x: 0, y: [1], series: null });
	});

	it('proposes nothing when nothing is plottable', () => {
		expect(proposeChart(cols(['name', 'VARCHAR']))).toBeNull();
		expect(proposeChart(cols(['n', 'BIGINT']))).toBeNull();
		expect(proposeChart(cols(['l', 'VARCHAR[]'], ['n', 'BIGINT']))).toBeNull();
		expect(proposeChart([])).toBeNull();
	});
});

describe('validChartTypes', () => {
	const c = cols(['district', 'VARCHAR'], ['n', 'BIGINT'], ['m', 'DOUBLE'], ['when', 'DATE']);

	it('allows a pie for one number over at most 12 rows, bar being the default', () => {
		expect(validChartTypes(c, { x: 0, y: [1], series: null }, 12)).toEqual(['bar', 'line', 'pie']);
		expect(validChartTypes(c, { x: 0, y: [1], series: null }, 13)).toEqual(['bar', 'line']);
		expect(validChartTypes(c, { x: 0, y: [1, 2], series: null }, 5)).toEqual(['bar', 'line']);
		expect(validChartTypes(c, { x: 3, y: [1], series: 0 }, 5)).toEqual(['bar', 'line']);
	});

	it('allows a scatter only over a numeric x', () => {
		expect(validChartTypes(c, { x: 1, y: [2], series: null })).toEqual(['bar', 'line', 'scatter', 'pie']);
		expect(validChartTypes(c, { x: 3, y: [2], series: null })).not.toContain('scatter');
	});

	it('allows nothing with a non-numeric y or an unusable x', () => {
		expect(validChartTypes(c, { x: 1, y: [0], series: null })).toEqual([]);
		expect(validChartTypes(c, { x: 0, y: [], series: null })).toEqual([]);
		expect(validChartTypes(cols(['l', 'INTEGER[]'], ['n', 'BIGINT']), { x: 0, y: [1], series: null })).toEqual([]);
	});
});

describe('resultChartOption', () => {
	it('draws one bar series per numeric column, in the query order, with theme colours', () => {
		const r = result(cols(['district', 'VARCHAR'], ['budget', 'DOUBLE'], ['actual', 'BIGINT']), [
			['越秀区', 10.5, 2],
			['海珠区', 20, null],
			['天河区', '9007199254740993', 3]
		]);
		const o = opt(r, { type: 'bar', x: 0, y: [1, 2], series: null });
		expect(o.xAxis.data).toEqual(['越秀区', '海珠区', '天河区']);
		expect(o.series.map((s: { type: string }) => s.type)).toEqual(['bar', 'bar']);
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['budget', 'actual']);
		expect(o.series[0].data).toEqual([10.5, 20, 9007199254740992]);
		expect(o.series[1].data).toEqual([2, null, 3]);
		expect(o.series[0].itemStyle.color).toBe(PALETTE[0]);
		expect(o.series[1].itemStyle.color).toBe(PALETTE[1]);
		expect(o.animation).toBe(false);
		expect(o.legend.type).toBe('scroll');
		expect(o.aria.label.description).toBe('柱状图：横轴为「district」，纵轴为「budget」、「actual」；共 3 个类别、2 个系列。');
		expect(o.title).toBeUndefined();
	});

	it('orders a line over dates chronologically', () => {
		const r = result(cols(['day', 'DATE'], ['n', 'INTEGER']), [
			['2024-03-01', 3],
			['2024-01-01', 1],
			[null, 9],
			['2024-02-01', 2]
		]);
		const o = opt(r, { type: 'line', x: 0, y: [1], series: null });
		expect(o.xAxis.data).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', 'NULL']);
		expect(o.series[0].type).toBe('line');
		expect(o.series[0].data).toEqual([1, 2, 3, 9]);
		// an axis tooltip: every series at the hovered date
		expect(o.tooltip.trigger).toBe('axis');
		expect(o.tooltip.formatter([{ dataIndex: 1, seriesIndex: 0 }])).toBe('<strong>2024-02-01</strong><br/>n：2');
	});

	it('pivots by the series column, summing repeated (x, series) rows, and says so', () => {
		const r = result(cols(['district', 'VARCHAR'], ['fiscal_year', 'INTEGER'], ['v', 'DOUBLE']), [
			['A', 2024, 3],
			['B', 2023, 2],
			['A', 2023, 1],
			['A', 2024, 4]
		]);
		const o = opt(r, { type: 'line', x: 1, y: [2], series: 0 });
		expect(o.xAxis.data).toEqual(['2023', '2024']);
		// series in order of first appearance after the (stable) time sort: B 2023 (row 1) comes before A 2023 (row 2)
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['B', 'A']);
		expect(o.series[0].data).toEqual([2, null]);
		expect(o.series[1].data).toEqual([1, 7]);
		expect(o.title.subtext).toBe('相同横轴值与系列的多行已求和');
		expect(o.grid.top).toBe(60 + 28); // below the note and the legend, room for the axis name
	});

	it('caps categories at 2,000, adds a zoom slider, and says so', () => {
		const rows = Array.from({ length: 2500 }, (_, i) => [`单位${i}`, i]);
		const o = opt(result(cols(['unit', 'VARCHAR'], ['n', 'INTEGER']), rows), { type: 'bar', x: 0, y: [1], series: null });
		expect(o.xAxis.data).toHaveLength(MAX_CATEGORIES);
		expect(o.series[0].data[1999]).toBe(1999);
		expect(o.title.subtext).toBe('仅显示前 2,000 个类别（共 2,500 行）');
		expect(o.dataZoom[0].type).toBe('slider');
		expect(o.aria.label.description).toContain('仅显示前 2,000 个类别');
	});

	it('caps a scatter at 10,000 points and says so', () => {
		const rows = Array.from({ length: 12_000 }, (_, i) => [i, i * 2]);
		const o = opt(result(cols(['x', 'DOUBLE'], ['y', 'DOUBLE']), rows), { type: 'scatter', x: 0, y: [1], series: null });
		expect(o.series).toHaveLength(1);
		expect(o.series[0].data).toHaveLength(10_000);
		expect(o.series[0].data[9999]).toEqual([9999, 19998]);
		expect(o.title.subtext).toBe('仅显示前 10,000 个点（共 12,000 行）');
		expect(o.xAxis.type).toBe('value');
	});

	it('splits a scatter by the series column, skipping rows without both numbers', () => {
		const r = result(cols(['g', 'VARCHAR'], ['x', 'DOUBLE'], ['y', 'DOUBLE']), [
			['a', 1, 2],
			['b', 3, 4],
			['a', null, 5],
			['a', 6, 7]
		]);
		const o = opt(r, { type: 'scatter', x: 1, y: [2], series: 0 });
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['a', 'b']);
		expect(o.series[0].data).toEqual([
			[1, 2],
			[6, 7]
		]);
		// the tooltip finds the point's own row (row 3, not row 2)
		expect(o.tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toBe('<strong>a</strong><br/>x：6<br/>y：7');
	});

	it('draws a pie of positive values, the smallest merged into 其他 past 12 slices', () => {
		const rows: unknown[][] = Array.from({ length: 14 }, (_, i) => [`项${i + 1}`, i + 1]);
		rows.push(['空', null], ['负', -3]);
		const o = opt(result(cols(['item', 'VARCHAR'], ['v', 'BIGINT']), rows), { type: 'pie', x: 0, y: [1], series: null });
		const data = o.series[0].data as { name: string; value: number }[];
		expect(data).toHaveLength(12);
		expect(data[0]).toMatchObject({ name: '项14', value: 14 });
		// 14 … 4 are the 11 largest; 其他 = 1 + 2 + 3
		expect(data[11]).toMatchObject({ name: '其他', value: 6 });
		expect(o.title.subtext).toBe('最小的 3 项合并为“其他”；已省略 2 个空值、零或负值');
		// 14 of Σ 1…14 = 105 → 13.33 %
		expect(o.tooltip.formatter({ dataIndex: 0 })).toBe('<strong>项14</strong><br/>v：14<br/>占比：13.33%');
	});

	it('escapes data text in every tooltip', () => {
		const bar = opt(result(cols(['name', 'VARCHAR'], ['n', 'INTEGER']), [[XSS, 1]]), { type: 'bar', x: 0, y: [1], series: null });
		const pivot = opt(result(cols(['name', 'VARCHAR'], [XSS, 'VARCHAR'], ['n', 'INTEGER']), [['a', XSS, 1]]), {
			type: 'bar',
			x: 0,
			y: [2],
			series: 1
		});
		const scatter = opt(result(cols([XSS, 'INTEGER'], ['y', 'INTEGER'], ['g', 'VARCHAR']), [[1, 2, XSS]]), {
			type: 'scatter',
			x: 0,
			y: [1],
			series: 2
		});
		const pie = opt(result(cols(['name', 'VARCHAR'], ['n', 'INTEGER']), [[XSS, 1]]), { type: 'pie', x: 0, y: [1], series: null });
		const line = opt(result(cols(['name', 'VARCHAR'], ['n', 'INTEGER'], ['g', 'VARCHAR']), [[XSS, 1, XSS]]), {
			type: 'line',
			x: 0,
			y: [1],
			series: 2
		});
		for (const html of [
			bar.tooltip.formatter({ dataIndex: 0, seriesIndex: 0 }),
			pivot.tooltip.formatter({ dataIndex: 0, seriesIndex: 0 }),
			scatter.tooltip.formatter({ dataIndex: 0, seriesIndex: 0 }),
			pie.tooltip.formatter({ dataIndex: 0 }),
			line.tooltip.formatter([{ dataIndex: 0, seriesIndex: 0 }])
		] as string[]) {
			expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
			expect(html).not.toContain('<img');
		}
	});

	it('says when there is nothing to draw', () => {
		const o = opt(result(cols(['a', 'VARCHAR'], ['n', 'INTEGER']), []), { type: 'bar', x: 0, y: [1], series: null });
		expect(o.title.text).toBe('没有可显示的数据');
		expect(o.series).toBeUndefined();
	});
});

describe('helpers', () => {
	it('reads plot numbers from numbers and numeric strings', () => {
		expect(plotNumber(3)).toBe(3);
		expect(plotNumber('12.5')).toBe(12.5);
		expect(plotNumber(NaN)).toBeNull();
		expect(plotNumber('abc')).toBeNull();
		expect(plotNumber(null)).toBeNull();
	});

	it('labels the value axis in 万 and 亿', () => {
		expect(compactNumber(12_000_000)).toBe('1,200万');
		expect(compactNumber(250_000_000)).toBe('2.5亿');
		expect(compactNumber(9999)).toBe('9,999');
		expect(compactNumber(-20_000)).toBe('\u22122万');
	});
});

describe('with ECharts (SSR SVG, the dashboard setup)', () => {
	it('draws every chart type, escaping hostile text in the SVG', async () => {
		const { echarts } = await import('../charts/echarts-setup.ts');
		const { renderChartSVG } = await import('../charts/render-svg.ts');
		// ResultChart.svelte registers these two on top of the dashboard's setup
		const { PieChart } = await import('echarts/charts');
		const { TitleComponent } = await import('echarts/components');
		echarts.use([PieChart, TitleComponent]);
		const r = result(cols(['name', 'VARCHAR'], ['a', 'DOUBLE'], ['b', 'DOUBLE']), [
			[XSS, 1, 2],
			['海珠区', 3, 4]
		]);
		for (const type of ['bar', 'line', 'scatter', 'pie'] as const) {
			const spec: ChartSpec = type === 'scatter' ? { type, x: 1, y: [2], series: null } : { type, x: 0, y: type === 'pie' ? [1] : [1, 2], series: null };
			const svg = renderChartSVG(resultChartOption(r, spec), { width: 600, height: 300 });
			expect(svg).toMatch(/^<svg /);
			expect(svg).not.toContain('<img');
			if (type !== 'scatter') expect(svg).toContain('海珠区');
		}
		const many = Array.from({ length: 2100 }, (_, i) => [`u${i}`, i, i]);
		const capped = renderChartSVG(resultChartOption(result(r.columns, many), { type: 'bar', x: 0, y: [1], series: null }), { width: 600, height: 300 });
		expect(capped).toContain('仅显示前 2,000 个类别（共 2,100 行）');
	});
});

describe('resultChartOption on English pages', () => {
	afterEach(() => setLang('zh'));

	it('describes the chart, its notes and its axes in English', () => {
		setLang('en');
		const bars = opt(
			result(cols(['district', 'VARCHAR'], ['budget', 'DOUBLE'], ['actual', 'BIGINT']), [
				['越秀区', 10.5, 2],
				['海珠区', 20, null],
				['天河区', 3, 3]
			]),
			{ type: 'bar', x: 0, y: [1, 2], series: null }
		);
		expect(bars.aria.label.description).toBe('Bar chart: “district” on the X axis, “budget”, “actual” on the Y axis; 3 categories, 2 series.');

		const many = opt(result(cols(['unit', 'VARCHAR'], ['n', 'BIGINT']), Array.from({ length: 2500 }, (_, i) => [`u${i}`, i])), {
			type: 'bar',
			x: 0,
			y: [1],
			series: null
		});
		expect(many.title.subtext).toBe('only the first 2,000 categories shown (2,500 rows in all)');

		const pieRows: unknown[][] = Array.from({ length: 14 }, (_, i) => [`item${i + 1}`, i + 1]);
		pieRows.push(['none', null]);
		const pie = opt(result(cols(['item', 'VARCHAR'], ['v', 'BIGINT']), pieRows), { type: 'pie', x: 0, y: [1], series: null });
		expect(pie.series[0].data[11]).toMatchObject({ name: 'Other', value: 6 });
		expect(pie.title.subtext).toBe('the smallest 3 merged into “Other”; 1 empty, zero or negative values left out');
		expect(pie.aria.label.description).toMatch(/^Pie chart: slices by “item”, sized by “v”; 12 slices; /);
		expect(pie.series[0].label.formatter({ name: 'item14', percent: 13.33 })).toBe('item14: 13.33%');

		const empty = opt(result(cols(['a', 'VARCHAR'], ['b', 'DOUBLE']), []), { type: 'bar', x: 0, y: [1], series: null });
		expect(empty.title.text).toBe('No data to show');
	});

	it('labels the value axis in k, M and B', () => {
		setLang('en');
		expect(compactNumber(12_000_000)).toBe('12M');
		expect(compactNumber(2_500_000_000)).toBe('2.5B');
		expect(compactNumber(25_000)).toBe('25k');
		expect(compactNumber(9999)).toBe('9,999');
		expect(compactNumber(-20_000)).toBe('\u221220k');
	});
});
