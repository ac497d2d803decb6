import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import ResultChart from './ResultChart.svelte';

describe('ResultChart.svelte (SSR)', () => {
	it('starts from the proposed chart, with labelled controls', () => {
		const result = {
			columns: [
				{ name: 'district', type: 'VARCHAR' },
				{ name: 'budget', type: 'DOUBLE' }
			],
			rows: [
				['越秀区', 1],
				['海珠区', 2]
			]
		};
		const { body } = render(ResultChart, { props: { result } });
		expect(body).toContain('data-testid="result-chart"');
		expect(body).toContain('data-chart="sql-result"');
		for (const label of ['图表类型', '横轴（X）', '纵轴（Y，可多选）', '分系列']) expect(body).toContain(label);
		// bar proposed; pie allowed (2 rows), scatter not (text x)
		expect(body).toMatch(/<option value="bar"[^>]*selected/);
		expect(body).toMatch(/<option value="scatter"[^>]*disabled/);
		expect(body).not.toMatch(/<option value="pie"[^>]*disabled/);
		expect(body).toContain('导出图表 PNG');
	});

	it('says when nothing can be charted', () => {
		const { body } = render(ResultChart, { props: { result: { columns: [{ name: 'name', type: 'VARCHAR' }], rows: [['a']] } } });
		expect(body).toContain('当前结果没有可绘制的列');
		expect(body).not.toContain('图表类型');
	});
});

describe('ResultChart.svelte (SSR) on English pages', () => {
	afterEach(() => setLang('zh'));

	it('labels the controls and chart types in English', () => {
		setLang('en');
		const result = {
			columns: [
				{ name: 'district', type: 'VARCHAR' },
				{ name: 'budget', type: 'DOUBLE' }
			],
			rows: [['越秀区', 1]]
		};
		const { body } = render(ResultChart, { props: { result } });
		for (const label of ['Chart type', 'X axis', 'Y axis (one or more)', 'Series by', '(no series)', 'Export chart as PNG', 'budget (DOUBLE)'])
			expect(body).toContain(label);
		expect(body).toMatch(/<option value="bar"[^>]*>Bar chart<\/option>/);
		expect(body).toMatch(/<option value="pie"[^>]*>Pie chart<\/option>/);
		expect(body).toContain('aria-label="Chart of the query result"');
		expect(body).not.toMatch(/图表|横轴|纵轴|分系列/);
	});
});
