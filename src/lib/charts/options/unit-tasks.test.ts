import { describe, expect, it } from 'vitest';
import { taskRows, XSS } from '../fixtures.ts';
import { unitTasksOption } from './unit-tasks.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const opt = (rows = taskRows) => unitTasksOption(rows) as any;

describe('unitTasksOption', () => {
	it('sorts tasks by amount, largest at the top, leaving out unpriced ones', () => {
		const o = opt();
		expect(o.yAxis.data).toEqual(['环境卫生保洁', '平安建设', '社区综合服务项目']);
		expect(o.yAxis.inverse).toBe(true);
		expect(o.xAxis.name).toBe('万元');
		expect(o.aria.label.description).toContain('另有 1 项未列金额');
		expect(o.aria.label.description).toContain('合计 4,362.84 万元');
	});

	it('colours by spending unit with a legend', () => {
		const o = opt();
		expect(o.legend.show).toBe(true);
		// legend in order of the largest task of each spending unit
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['金花街道', '金花街道综合事务中心']);
		expect(o.series[0].data).toEqual([3986.34, 256, null]);
		expect(o.series[1].data).toEqual([null, null, 120.5]);
		expect(o.series[0].barGap).toBe('-100%');
		expect(o.series[0].label.formatter({ value: 3986.34 })).toBe('3,986.34 万元');
	});

	it('is one plain series without spending units', () => {
		const o = opt(taskRows.map((r) => ({ ...r, spending_unit_name: null })));
		expect(o.legend.show).toBe(false);
		expect(o.series).toHaveLength(1);
		expect(o.series[0].data).toEqual([3986.34, 256, 120.5]);
	});

	it('escapes task names in the tooltip', () => {
		const html: string = opt([{ ...taskRows[0], name: XSS }]).tooltip.formatter({ dataIndex: 0 });
		expect(html).toContain('&lt;img');
		expect(html).not.toContain('<img');
		expect(html).toContain('类型：项目');
	});
});
