// Data values are untrusted text: a unit and an indicator named like markup
// must come out as text in every component that shows names (tables, chart
// labels, tooltips' source, prerendered SVG).
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import OverviewCharts from '../../src/lib/components/OverviewCharts.svelte';
import UnitPage from '../../src/routes/[[lang=lang]]/units/[unit_id]/+page.svelte';
import type { OverviewData } from '../../src/lib/data/overview.ts';
import { setLang } from '../../src/lib/i18n/i18n.ts';

const XSS = '<img src=x onerror=alert(1)>';

// Three units: fewer would be shown as cards instead of the ranking, distribution and scatter charts.
const three = <T extends { unit_id: string }>(row: T, extra: Partial<T>[] = [{}, {}, {}]): T[] => extra.map((e, i) => ({ ...row, unit_id: `u${i + 1}`, ...e }));

const view: OverviewData = {
	filters: { year: 2021, district: null },
	headline: { units: 1, years: 1, first_year: 2021, last_year: 2021, adjusted_budget_wan: 100, actual_spend_wan: 80, execution_rate: 0.8, units_with_execution: 3, townships_covered: 1, units_total: 4, units_with_attainment: 1,
		indicators_total: 1, indicators_met: 0, indicators_not_met: 1, indicators_no_actual: 0, attainment_rate: 0, quality_flags: 0 },
	ranking: three({ unit_id: 'u1', fiscal_year: 2021, short_name: XSS, district_code: '440103', district_name: XSS, adjusted_budget_wan: 100, actual_spend_wan: 80,
		execution_rate: 0.8, reported_execution_rate: null, budget_doc_id: 'd', budget_source_line: 3, rank: 1 }, [{}, { rank: 2 }, { rank: 3 }]),
	distribution: [{ district_code: '440103', district_name: XSS, units: 3, min_rate: 0.8, q1: 0.8, median: 0.8, q3: 0.8, max_rate: 0.8 }],
	districts: [{ district_code: '440103', district_name: XSS, units: 1, units_with_budget: 1, adjusted_budget_wan: 100, actual_spend_wan: 80, execution_rate: 0.8,
		indicators_met: 0, indicators_not_met: 1, attainment_rate: 0,
		units_with_attainment: 1, units_total: 1, units_with_documents: 1, coverage_rate: 1, has_page: true }],
	scatter: three({ unit_id: 'u1', fiscal_year: 2021, short_name: XSS, district_code: '440103', district_name: XSS, adjusted_budget_wan: 100, execution_rate: 0.8,
		is_outlier: true, outlier_reason: XSS }),
	heatmap: [{ unit_id: 'u1', short_name: XSS, fiscal_year: 2021, level1: XSS, level2: XSS, indicators: 1, met: 0, not_met: 1, attainment_rate: 0 }],
	standouts: []
};

function expectInert(html: string) {
	expect(html).not.toMatch(/<img/i);
	expect(html).not.toMatch(/<script/i);
	// Escaped (Svelte escapes & and <; ECharts SVG escapes > too): shown, not executed.
	expect(html).toContain('&lt;img src=x onerror=alert(1)');
}

/** A unit whose every name is markup. */
const unit = {
	info: { unit_id: 'u1', name: XSS, short_name: XSS, district_code: '440103', district_name: XSS, kind: '街道', parent_unit_id: null, parent_short_name: null, child_unit_ids: null },
	years: [],
	budgets: [{ budget_id: 'b', fiscal_year: 2021, scope: 'total', initial_budget_wan: 90, adjusted_budget_wan: 100, actual_spend_wan: 80, execution_rate: 0.8,
		reported_execution_rate: null, adjustment_rate: 0.1, doc_id: 'd', source_line: 3 }],
	tasks: [{ task_id: 't', fiscal_year: 2021, kind: 'key_task', name: XSS, amount_wan: 10, goal_text: XSS, outcome_text: null, spending_unit_id: null,
		spending_unit_name: XSS, doc_id: 'd', source_line: 4, indicators: 1 }],
	indicators: [{ indicator_id: 'i', fiscal_year: 2021, level1: XSS, level2: XSS, name: XSS, target_text: XSS, actual_text: XSS, status: 'not_met',
		attainment: 0.5, task_name: XSS, doc_id: 'd', source_line: 5, actual_source_line: null }],
	flags: [{ flag_id: 'f', fiscal_year: 2021, severity: 'warning', code: 'x', message: XSS, doc_id: 'd', source_line: 5 }],
	documents: [{ doc_id: 'd', fiscal_year: 2021, year_assumed: false, year_basis: null, kind: 'self_evaluation_form', title: XSS, source_file: 'x.txt',
		lines_total: 1, lines_fact: 1, lines_prose: 0, lines_unparsed: 0 }]
};

describe('hostile names render as text', () => {
	afterEach(() => setLang('zh'));

	it('overview tables and the four prerendered charts', () => {
		const { body } = render(OverviewCharts, { props: { view, districtOrder: ['440103'] } });
		for (const name of ['execution-ranking', 'execution-distribution', 'district-map', 'district-comparison', 'budget-scatter', 'attainment-heatmap']) {
			expect(body).toContain(`data-chart="${name}"`);
		}
		expectInert(body);
	});

	it('unit page: budget, tasks, indicators, flags, documents and charts', () => {
		const { body, head } = render(UnitPage, { props: { data: { unit } as never, params: { unit_id: 'u1' } } as never });
		expect(body).toContain('data-chart="unit-budget"');
		expect(body).toContain('data-chart="unit-tasks"');
		expectInert(body);
		expectInert(head);
	});

	it('the English unit page: the same data as text, labels, categories, status and flag codes in English', () => {
		setLang('en');
		const en = {
			...unit,
			indicators: [...unit.indicators, { ...unit.indicators[0], indicator_id: 'j', level1: '产出指标', level2: '数量指标', status: 'met' }],
			// The pipeline's message is data, shown as written; the code's label is the page's language.
			flags: [...unit.flags, { ...unit.flags[0], flag_id: 'g', code: 'rate_mismatch', message: '原文 98.10%，计算 98.08%' }]
		};
		const { body, head } = render(UnitPage, { props: { data: { unit: en } as never, params: { unit_id: 'u1', lang: 'en' } } as never });
		expectInert(body);
		expectInert(head);
		expect(body).toContain('<h2 id="budget">Budget execution</h2>');
		expect(body).toContain('Initial budget (CNY 10k)');
		expect(body).toContain('<td>total</td>'); // scope
		expect(body).toContain('not met'); // status badge and filter option
		expect(body).toContain('<option value="not_met">not met</option>'); // option values stay the codes
		expect(body).toContain('Performance indicators (2)');
		expect(body).toContain('Showing 2');
		expect(body).toContain('<td class="short-text">Output</td><td class="short-text">Quantity</td>'); // 一级/二级 categories
		expect(body).toContain('<option value="产出指标">Output</option>');
		expect(body).toContain('[source: d, line 3]');
		expect(body).toMatch(/href="\/en\/sources\/d\/#L3"/);
		expect(body).toMatch(/href="\/en\/quality\/#code-rate_mismatch"[^>]*>Printed rate disagrees with computed<\/a>: 原文 98\.10%，计算 98\.08%/);
		expect(body).toContain('2021 · self-evaluation form (whole-department spending)');
		expect(body).toContain('(d; 1 lines: 1 data, 0 prose, 0 unparsed)');
		expect(body).toContain('street office');
		expect(head).toContain('street office');
	});
});
