import { describe, expect, it } from 'vitest';
import geo from '../map/guangzhou-districts.json';
import { XSS } from '../fixtures.ts';
import { renderChartSVG } from '../render-svg.ts';
import { districtMapOption, mapClass, mapLegend, MAP_CLASS_COLORS, NO_DATA_COLOR, type DistrictMapRow } from './district-map.ts';

// The figures of the seeds (domain.md §1): 黄埔区 = 永和 2021, 增城区 = 荔城 2021; the rest without data.
const rows: DistrictMapRow[] = [
	{ district_code: '440103', district_name: '荔湾区', execution_rate: null, attainment_rate: null, coverage_rate: 1, units_with_documents: 1, units_total: 1 },
	{ district_code: '440104', district_name: '越秀区', execution_rate: null, attainment_rate: null, coverage_rate: 0, units_with_documents: 0, units_total: 18 },
	{ district_code: '440112', district_name: '黄埔区', execution_rate: 18570.21 / 19206.99, attainment_rate: 13 / 15, coverage_rate: 1, units_with_budget: 1, units_with_attainment: 1 },
	{ district_code: '440118', district_name: '增城区', execution_rate: 75317.78 / 82912.04, attainment_rate: 13 / 16, coverage_rate: 1, units_with_budget: 1, units_with_attainment: 1 }
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const series = (metric: 'execution' | 'attainment' | 'coverage', r = rows) => (districtMapOption(r, metric) as any).series[0];

describe('the Guangzhou outline', () => {
	it('has the 11 current districts, by code', () => {
		const codes = geo.features.map((f) => f.properties.code).sort();
		expect(codes).toEqual(['440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115', '440117', '440118']);
		expect(geo.features.find((f) => f.properties.code === '440115')!.properties.name).toBe('南沙区');
	});
});

describe('districtMapOption', () => {
	it('matches regions by district code and colours each by its class', () => {
		const s = series('execution');
		expect(s.type).toBe('map');
		expect(s.nameProperty).toBe('code');
		const hp = s.data.find((d: { name: string }) => d.name === '440112');
		expect(hp.value).toBeCloseTo(0.96685, 4);
		expect(hp.itemStyle.areaColor).toBe(MAP_CLASS_COLORS[3]); // 95–100 %
		expect(s.data.find((d: { name: string }) => d.name === '440118').itemStyle.areaColor).toBe(MAP_CLASS_COLORS[2]); // 90.84 %: 90–95 %
		expect(hp.label.formatter).toBe('黄埔区\n96.7%');
		// the old-city districts are too small for a label at page size: colour and tooltip only
		expect(s.data.find((d: { name: string }) => d.name === '440103').label.show).toBe(false);
		expect(hp.label.show).toBe(true);
	});

	it('draws a district without a figure as no data (grey, hatched, the word), never as zero', () => {
		const lw = series('execution').data.find((d: { name: string }) => d.name === '440103');
		expect(lw.value).toBe('-');
		expect(lw.has_data).toBe(false);
		expect(lw.itemStyle.areaColor).toBe(NO_DATA_COLOR);
		expect(lw.itemStyle.decal).toBeTruthy();
		expect(lw.label.formatter).toBe('荔湾区\n无数据');
		// a real 0 % coverage is a value: the lightest class, not "no data"
		const yx = series('coverage').data.find((d: { name: string }) => d.name === '440104');
		expect(yx.value).toBe(0);
		expect(yx.itemStyle.areaColor).toBe(MAP_CLASS_COLORS[0]);
		expect(yx.itemStyle.decal).toBeUndefined();
	});

	it('bins values at the class breaks', () => {
		expect(mapClass(0.8999, 'execution')).toBe(1);
		expect(mapClass(0.9, 'execution')).toBe(2);
		expect(mapClass(1.02, 'execution')).toBe(4);
		expect(mapClass(1, 'coverage')).toBe(4);
		expect(mapClass(null, 'attainment')).toBeNull();
		expect(mapLegend('execution').map((l) => l.label)).toEqual(['<80%', '80%–90%', '90%–95%', '95%–100%', '≥100%', '无数据']);
		expect(mapLegend('coverage').at(-2)!.label).toBe('100%');
	});

	it('describes every district in the aria text and tooltips say what the figure rests on, escaped', () => {
		const o = districtMapOption(rows, 'attainment') as never as { aria: { label: { description: string } }; tooltip: { formatter: (p: unknown) => string } };
		expect(o.aria.label.description).toContain('黄埔区 86.67%');
		expect(o.aria.label.description).toContain('荔湾区、越秀区');
		const tip = o.tooltip.formatter({ dataIndex: 3 });
		expect(tip).toContain('增城区');
		expect(tip).toContain('81.25%');
		expect(tip).toContain('1 个单位有数据');
		const hostile = districtMapOption([{ ...rows[0], district_name: XSS }], 'coverage') as never as { tooltip: { formatter: (p: unknown) => string } };
		expect(hostile.tooltip.formatter({ dataIndex: 0 })).not.toContain('<img');
	});

	it('renders to SVG at build time: the outline drawn, labels as text, data text escaped', () => {
		const svg = renderChartSVG(districtMapOption([...rows, { ...rows[1], district_code: '440115', district_name: XSS }], 'execution'), { width: 720, height: 520 });
		expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 720 520"/);
		expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(11);
		expect(svg).toContain('>黄埔区</text>');
		expect(svg).toContain('>无数据</text>');
		expect(svg).toContain(MAP_CLASS_COLORS[3]);
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img');
	});
});
