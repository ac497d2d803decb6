import { describe, expect, it } from 'vitest';
import { BOX_MIN_UNITS, executionDistributionOption, jitter } from './execution-distribution.ts';

// 增城区 with five made-up units (a box), 黄埔区 with 永和 alone (a dot, no box).
const boxes = [
	{ district_code: '440118', district_name: '增城区', units: 5, min_rate: 0.7, q1: 0.85, median: 0.9084, q3: 0.95, max_rate: 0.99 },
	{ district_code: '440112', district_name: '黄埔区', units: 1, min_rate: 0.9668, q1: 0.9668, median: 0.9668, q3: 0.9668, max_rate: 0.9668 }
];
const points = [
	{ unit_id: 'hp-yonghe', short_name: '永和街道', district_code: '440112', execution_rate: 18570.21 / 19206.99 },
	...[0.7, 0.85, 0.9084, 0.95, 0.99].map((r, i) => ({ unit_id: `zc-${i}`, short_name: `增城${i}`, district_code: '440118', execution_rate: r })),
	{ unit_id: 'zc-none', short_name: '无', district_code: '440118', execution_rate: null }
];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = () => executionDistributionOption(boxes, points) as any;

describe('executionDistributionOption', () => {
	it('one category per district in code order; a box only with enough units', () => {
		const o = opt();
		expect(o.xAxis[0].data).toEqual(['黄埔区', '增城区']);
		const [box, dots] = o.series;
		expect(box.type).toBe('boxplot');
		expect(box.data[0]).toBe('-'); // 1 unit < BOX_MIN_UNITS
		expect(BOX_MIN_UNITS).toBe(5);
		expect(box.data[1]).toEqual([0.7, 0.85, 0.9084, 0.95, 0.99]);
		expect(dots.type).toBe('scatter');
		expect(dots.data).toHaveLength(6); // the unit without a rate is left out
	});

	it('puts each dot at its district, spread by a stable offset', () => {
		const dots = opt().series[1].data;
		const yonghe = dots.find((d: { unit_id: string }) => d.unit_id === 'hp-yonghe');
		expect(yonghe.value[1]).toBeCloseTo(0.96685, 4);
		expect(Math.abs(yonghe.value[0] - 0)).toBeLessThanOrEqual(0.22);
		expect(jitter('hp-yonghe')).toBe(jitter('hp-yonghe'));
		expect(jitter('a')).not.toBe(jitter('b'));
	});

	it('says each district’s median and range in the aria text; tooltips name the unit', () => {
		const o = opt();
		expect(o.aria.label.description).toContain('增城区 5 个单位，中位数 90.84%（70.00% 至 99.00%）');
		expect(o.tooltip.formatter({ seriesIndex: 1, dataIndex: 0 })).toContain('永和街道');
		expect(o.tooltip.formatter({ seriesIndex: 0, dataIndex: 1 })).toContain('85.00% – 95.00%');
	});
});
