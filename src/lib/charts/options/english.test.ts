// Every builder in English (setLang('en')): axis and series names, tooltips,
// ARIA descriptions and category labels; data values (unit and district
// names) stay as printed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n/i18n.ts';
import { budgetRows, districtRows, heatmapRows, rankingRows, scatterRows, taskRows } from '../fixtures.ts';
import { attainmentHeatmapOption, categoryKey, categoryName } from './attainment-heatmap.ts';
import { attainmentHistogramOption } from './attainment-histogram.ts';
import { budgetScatterOption, SCATTER_SERIES } from './budget-scatter.ts';
import { DISTRICT_SERIES, districtComparisonOption } from './district-comparison.ts';
import { executionRankingOption } from './execution-ranking.ts';
import { FAMILY_SERIES, familyTargetsOption } from './family-targets.ts';
import { METRIC_LABEL, trendLinesOption } from './trend-lines.ts';
import { BUDGET_SERIES, unitBudgetOption } from './unit-budget.ts';
import { unitTasksOption } from './unit-tasks.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const han = /[\u4e00-\u9fff]/;

describe('chart options in English', () => {
	beforeEach(() => setLang('en'));
	afterEach(() => setLang('zh'));

	it('execution ranking: English description and tooltip, data names as printed', () => {
		const o = executionRankingOption(rankingRows) as any;
		const d: string = o.aria.label.description;
		expect(d).toContain('Horizontal bar chart ranking 4 units by budget execution rate');
		expect(d).toContain('Highest: 员村街道 98.08%, 永和街道 96.68%');
		expect(d).toContain('below 90%: 1.');
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['荔湾区', '天河区', '黄埔区', '增城区']);
		expect(o.tooltip.formatter({ dataIndex: 0 })).toBe('<strong>员村街道</strong><br/>District: 天河区<br/>Execution rate: 98.08%');
		expect((executionRankingOption([]) as any).aria.label.description).toBe('Execution rate ranking: no data to show.');
	});

	it('heatmap: translated category labels on the axis, Chinese keys unchanged', () => {
		const o = attainmentHeatmapOption(heatmapRows) as any;
		expect(o.xAxis.data).toEqual(['Output/Quantity', 'Output/Quality', 'Outcome/Social outcome', 'Satisfaction/Beneficiary satisfaction']);
		expect(categoryKey('产出指标', '数量指标')).toBe('产出/数量');
		expect(categoryName('产出指标', '数量指标')).toBe('Output/Quantity');
		expect(categoryName(null, null)).toBe('Uncategorised/Uncategorised');
		// a category the taxonomy does not know: as the key prints it
		expect(categoryName('产出指标', '其他指标')).toBe('Output/其他');
		expect(o.series[0].name).toBe('Indicator attainment rate');
		const d: string = o.aria.label.description;
		expect(d).toContain('2 units down the side, 4 indicator categories');
		expect(d).toContain('86.67%');
		expect(d).not.toMatch(han);
		const html: string = o.tooltip.formatter({ dataIndex: 0 });
		expect(html).toContain('Indicator category: Output / Quantity');
		expect(html).toContain('Met / assessable: 5 / 6');
	});

	it('heatmap: Chinese axis shows the keys', () => {
		setLang('zh');
		expect((attainmentHeatmapOption(heatmapRows) as any).xAxis.data[0]).toBe('产出/数量');
		expect(categoryName('产出指标', '数量指标')).toBe('产出/数量');
	});

	it('budget scatter: axis names, series, English outlier reason', () => {
		const o = budgetScatterOption(scatterRows) as any;
		expect(o.xAxis.name).toBe('Budget (CNY 10k)');
		expect(o.yAxis.name).toBe('Execution rate');
		expect(o.series.map((s: { name: string }) => s.name)).toEqual(['Units', 'Outliers']);
		expect(SCATTER_SERIES.outlier).toBe('Outliers');
		expect(o.aria.label.description).toContain('(CNY 10k, log scale)');
		expect(o.aria.label.description).toContain('1 outlier: 金花街道综合事务中心 (execution rate below 70%).');
		expect(o.tooltip.formatter({ dataIndex: 0, seriesIndex: 1 })).toContain('Outlier reason: execution rate below 70%');
		// no English reason (an older dataset): the Chinese one
		const old = budgetScatterOption([{ ...scatterRows[2], outlier_reason_en: null }]) as any;
		expect(old.aria.label.description).toContain('(执行率低于 70%)');
	});

	it('district comparison, histogram, family, trends, unit budget and tasks', () => {
		const dc = districtComparisonOption(districtRows) as any;
		expect(dc.series.map((s: { name: string }) => s.name)).toEqual([DISTRICT_SERIES.execution, DISTRICT_SERIES.attainment]);
		expect(DISTRICT_SERIES.attainment).toBe('Attainment rate');
		expect(dc.aria.label.description).toContain('黄埔区: execution rate 96.68%, attainment rate 90.00%');

		const h = attainmentHistogramOption([{ bin: 10, n: 1234 }]) as any;
		expect(h.tooltip.formatter({ dataIndex: 10 })).toBe('<strong>Attainment 100–110%</strong><br/>Indicators: 1,234');
		expect(h.aria.label.description).not.toMatch(han);

		const f = familyTargetsOption([
			{ unit_id: 'a', short_name: '永和街道', fiscal_year: 2022, indicators: 2, not_met: 1, compared: 2, target_median: 95, target_min: 90, target_max: 100, actual_median: 88, basis_unit: '%', family_median: 90, easier_than_median: false }
		]) as any;
		expect(FAMILY_SERIES.range).toBe('Target range (lowest–highest)');
		expect(f.series[2].markLine.data[0].label.formatter).toBe('median 90%');
		expect(f.aria.label.description).toBe(
			'This indicator family: targets and results by unit, 1 unit (year), median target of all units 90%; with a target below (easier than) the median: 0; with indicators not met: 1. 永和街道: target 95%, actual 88%.'
		);

		const tr = trendLinesOption([{ key: 'a', label: '永和街道', points: [{ fiscal_year: 2021, value: 0.9 }] }], 'execution', { subject: 'district' }) as any;
		expect(METRIC_LABEL.execution).toBe('Execution rate');
		expect(tr.aria.label.description).toContain('Execution rate by year, line chart of 1 line (one per district) over 1 year');
		expect(tr.aria.label.description).toContain('永和街道: 2021 90.00%');
		expect(tr.tooltip.formatter({ seriesIndex: 0, dataIndex: 0 })).toContain('Execution rate, 2021: 90.00%');

		const b = unitBudgetOption(budgetRows) as any;
		expect(b.xAxis.data).toEqual(['Total', 'Fiscal appropriation']);
		expect(b.yAxis.name).toBe('CNY 10k');
		expect(b.series.map((s: { name: string }) => s.name)).toEqual([BUDGET_SERIES.initial, 'Budget', 'Spent']);
		expect(b.series[1].label.formatter({ dataIndex: 0 })).toBe('Execution rate 96.68%');
		expect(b.aria.label.description).toContain('Total: budget CNY 192.07\u00a0m, spent CNY 185.70\u00a0m, execution rate 96.68%');

		const tk = unitTasksOption(taskRows) as any;
		expect(tk.xAxis.name).toBe('CNY 10k');
		expect(tk.aria.label.description).toContain('3 items, largest first, CNY 43.63\u00a0m in all');
		expect(tk.aria.label.description).toContain('1 more item has no amount and is not drawn.');
		expect(tk.tooltip.formatter({ dataIndex: 0 })).toContain('Kind: project');
	});
});
