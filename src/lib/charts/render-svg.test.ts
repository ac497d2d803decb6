import { describe, expect, it } from 'vitest';
import { budgetRows, districtRows, heatmapRows, rankingRows, scatterRows, taskRows, XSS } from './fixtures.ts';
import { attainmentHeatmapOption } from './options/attainment-heatmap.ts';
import { budgetScatterOption } from './options/budget-scatter.ts';
import { districtComparisonOption } from './options/district-comparison.ts';
import { executionRankingOption } from './options/execution-ranking.ts';
import { unitBudgetOption } from './options/unit-budget.ts';
import { unitTasksOption } from './options/unit-tasks.ts';
import { renderChartSVG } from './render-svg.ts';

const size = { width: 720, height: 360 };

describe('renderChartSVG', () => {
	it('renders a responsive SVG (viewBox) of the ranking with names, rates and reference lines', () => {
		const svg = renderChartSVG(executionRankingOption(rankingRows), size);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('viewBox="0 0 720 360"');
		expect(svg).toMatch(/^<svg preserveAspectRatio="xMinYMin meet" /);
		for (const text of ['永和街道', '员村街道', '黄埔区', '96.68%', '90%', '100%']) expect(svg).toContain(`>${text}</text>`);
		// theme applied: the font stack, and no broken style attribute
		expect(svg).toContain("font-family:'Noto Sans CJK SC'");
		expect(svg).not.toMatch(/font-family:"/);
	});

	it('renders every builder', () => {
		const cases: [string, string[]][] = [
			[renderChartSVG(districtComparisonOption(districtRows), size), ['黄埔区', '预算执行率', '指标达成率', '96.7%']],
			[renderChartSVG(budgetScatterOption(scatterRows), size), ['金花街道综合事务中心', '异常值', '90%']],
			[renderChartSVG(attainmentHeatmapOption(heatmapRows), size), ['永和街道', '产出/数量', '83%', '90–100%']],
			[renderChartSVG(unitTasksOption(taskRows), size), ['环境卫生保洁', '3,986.34 万元', '金花街道']],
			[renderChartSVG(unitBudgetOption(budgetRows), size), ['合计', '财政拨款', '执行率 96.68%', '实际支出']]
		];
		for (const [svg, texts] of cases) {
			expect(svg).toMatch(/^<svg[^>]*viewBox=/);
			for (const t of texts) expect(svg).toContain(`>${t}</text>`);
		}
	});

	it('escapes markup in data text (axis labels, legend, series labels)', () => {
		const rows = [{ ...rankingRows[0], short_name: XSS, district_name: 'A&B<区>' }];
		const svg = renderChartSVG(executionRankingOption(rows), size);
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(svg).toContain('A&amp;B&lt;区&gt;');
		expect(svg).not.toContain('<img');
		expect(svg).not.toContain('<区>');
		const scatter = renderChartSVG(budgetScatterOption([{ ...scatterRows[2], short_name: XSS }]), size);
		expect(scatter).toContain('&lt;img');
		expect(scatter).not.toContain('<img');
	});

	it('draws hatching (decal) for district colours past the palette', () => {
		const order = ['a', 'b', 'c', 'd', 'e', 'f', 'g', '440112'];
		const svg = renderChartSVG(executionRankingOption(rankingRows.slice(0, 1), { districtOrder: order }), size);
		expect(svg).toContain('<pattern');
	});

	it('gives the same picture for the same option (deterministic)', () => {
		// hover-style class names carry the renderer instance number (zr9-cls-1), unique within a page
		const norm = (s: string) => s.replace(/zr\d+-cls-\d+/g, 'zr-cls');
		const a = renderChartSVG(executionRankingOption(rankingRows), size);
		const b = renderChartSVG(executionRankingOption(rankingRows), size);
		expect(a).not.toBe(b);
		expect(norm(a)).toBe(norm(b));
	});
});
