// The overview in English: its charts and tables (OverviewCharts) and the page
// itself (headline, filters, what stands out), rendered on the server as the
// prerender does. Data values (unit, district names) stay as printed.
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/lib/i18n/i18n.ts';
import OverviewCharts from '../../src/lib/components/OverviewCharts.svelte';
import OverviewPage from '../../src/routes/[[lang=lang]]/+page.svelte';
import type { OverviewData } from '../../src/lib/data/overview.ts';

const view: OverviewData = {
	filters: { year: 2021, district: null },
	headline: { units: 1, years: 1, first_year: 2021, last_year: 2021, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21, execution_rate: 0.9668,
		units_with_execution: 3, townships_covered: 1, units_total: 4, units_with_attainment: 1, indicators_total: 6, indicators_met: 5, indicators_not_met: 1, indicators_no_actual: 0, attainment_rate: 5 / 6, quality_flags: 2 },
	// three units (fewer are shown as cards, not charts); the second and third are made up
	ranking: [
		{ unit_id: 'hp-yonghe', fiscal_year: 2021, short_name: '永和街道', district_code: '440112', district_name: '黄埔区', adjusted_budget_wan: 19206.99,
			actual_spend_wan: 18570.21, execution_rate: 0.9668, reported_execution_rate: 0.9668, budget_doc_id: 'd', budget_source_line: 3, rank: 1 },
		{ unit_id: 'hp-a', fiscal_year: 2021, short_name: 'A街道', district_code: '440112', district_name: '黄埔区', adjusted_budget_wan: 100,
			actual_spend_wan: 90, execution_rate: 0.9, reported_execution_rate: null, budget_doc_id: 'd', budget_source_line: 3, rank: 2 },
		{ unit_id: 'hp-b', fiscal_year: 2021, short_name: 'B街道', district_code: '440112', district_name: '黄埔区', adjusted_budget_wan: 100,
			actual_spend_wan: 62, execution_rate: 0.62, reported_execution_rate: null, budget_doc_id: 'd', budget_source_line: 3, rank: 3 }
	],
	distribution: [{ district_code: '440112', district_name: '黄埔区', units: 3, min_rate: 0.62, q1: 0.76, median: 0.9, q3: 0.9334, max_rate: 0.9668 }],
	districts: [{ district_code: '440112', district_name: '黄埔区', units: 1, units_with_budget: 1, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21,
		execution_rate: 0.9668, indicators_met: 5, indicators_not_met: 1, attainment_rate: 5 / 6,
		units_with_attainment: 1, units_total: 17, units_with_documents: 1, coverage_rate: 1 / 17, has_page: true }],
	scatter: [
		{ unit_id: 'hp-yonghe', fiscal_year: 2021, short_name: '永和街道', district_code: '440112', district_name: '黄埔区', adjusted_budget_wan: 19206.99,
			execution_rate: 0.9668, is_outlier: false, outlier_reason: null },
		{ unit_id: 'hp-a', fiscal_year: 2021, short_name: 'A街道', district_code: '440112', district_name: '黄埔区', adjusted_budget_wan: 100,
			execution_rate: 0.9, is_outlier: false, outlier_reason: null },
		{ unit_id: 'hp-b', fiscal_year: 2021, short_name: 'B街道', district_code: '440112', district_name: '黄埔区', adjusted_budget_wan: 100,
			execution_rate: 0.62, is_outlier: true, outlier_reason: '执行率低于 70%', outlier_reason_en: 'execution rate below 70%' }
	],
	heatmap: [{ unit_id: 'hp-yonghe', short_name: '永和街道', fiscal_year: 2021, level1: '产出指标', level2: '数量指标', indicators: 6, met: 5, not_met: 1, attainment_rate: 5 / 6 }],
	standouts: [{ kind: 'not_met', unit_id: 'hp-yonghe', fiscal_year: 2021, short_name: '永和街道', sentence: '指标“满意度”未达成：目标 95%，实际 90%',
		sentence_en: 'indicator “满意度” not met: target 95%, actual 90%', doc_id: 'd', source_line: 7 }]
};
const data = {
	options: { years: [2021], districts: [{ code: '440112', name: '黄埔区' }], allDistrictCodes: ['440112'], defaultYear: 2021 },
	overview: view
};

afterEach(() => setLang('zh'));

describe('overview in English', () => {
	it('charts, tables and notes in English; links to English pages', () => {
		setLang('en');
		const { body } = render(OverviewCharts, { props: { view, districtOrder: ['440112'] } });
		expect(body).toContain('Units ranked by budget execution rate');
		expect(body).toContain('<th>Budget (CNY 10k)</th>');
		expect(body).toContain('Districts compared');
		expect(body).toContain('Execution rates by district');
		expect(body).toContain('Colour by');
		expect(body).toContain('boundary data from AMap');
		expect(body).toContain('⚠ execution rate below 70%');
		expect(body).toContain('<td>Output/Quantity</td>');
		expect(body).toContain('>Output/Quantity</text>'); // the heatmap's axis in the prerendered SVG
		expect(body).toContain('href="/en/units/hp-yonghe/"');
		expect(body).toContain('href="/en/districts/440112/"');
		expect(body).toContain('Attainment rate = met ÷ (met + not met)');
		expect(body).not.toContain('查看数据表');
	});

	it('the page: headline, filters, what stands out', () => {
		setLang('en');
		const { body, head } = render(OverviewPage, { props: { data, params: {} } as never });
		expect(head).toContain('Budget execution and performance overview');
		expect(body).toContain('<h1>Budget execution and performance overview</h1>');
		expect(body).toContain('Year: 2021 · District: All districts');
		expect(body).toContain('All years');
		expect(body).toContain('Units covered');
		expect(body).toContain('What stands out');
		expect(body).toContain('indicator not met');
		expect(body).toContain('indicator “满意度” not met: target 95%, actual 90%');
		expect(body).toContain('href="/en/units/hp-yonghe/"');
	});

	it('the page in Chinese is unchanged', () => {
		const { body } = render(OverviewPage, { props: { data, params: {} } as never });
		expect(body).toContain('年度：2021年 · 区：全部区');
		expect(body).toMatch(/<option value="2021"[^>]*>2021年<\/option>/);
		expect(body).toContain('指标“满意度”未达成：目标 95%，实际 90%');
		expect(body).toContain('>指标未达成</span>');
		expect(body).toContain('href="/units/hp-yonghe/"');
	});
});
