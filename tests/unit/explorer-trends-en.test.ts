// The indicator explorer (/indicators) and the trends page (/trends) in
// English, rendered on the server as the prerender does, from the seeds:
// UI text, category / status / kind labels, family names and the SQL's
// sentences in English; data values (unit, indicator names) as printed;
// links to English pages. And the Chinese rendering of the same data, which
// must not change.
import { render } from 'svelte/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/lib/i18n/i18n.ts';
import { loadExplorer, loadExplorerOptions, NO_FILTERS, type ExplorerData, type ExplorerOptions } from '../../src/lib/data/explorer.ts';
import { defaultTrendsFilters, loadTrends, loadTrendsOptions, metricLabel, type TrendsData, type TrendsOptions } from '../../src/lib/data/trends.ts';
import IndicatorsPage from '../../src/routes/[[lang=lang]]/indicators/+page.svelte';
import TrendsPage from '../../src/routes/[[lang=lang]]/trends/+page.svelte';
import { buildRegistered } from '../pipeline/helpers.ts';

let explorer: { options: ExplorerOptions; view: ExplorerData };
let trends: { options: TrendsOptions; view: TrendsData };

beforeAll(async () => {
	const { db } = await buildRegistered();
	const options = await loadExplorerOptions(db);
	// a family chosen: the family view and its outliers render too
	explorer = { options, view: await loadExplorer(db, { ...NO_FILTERS, family: 'activity_count' }) };
	const to = await loadTrendsOptions(db);
	trends = { options: to, view: await loadTrends(db, defaultTrendsFilters(to)) };
});

afterEach(() => setLang('zh'));

const han = /[\u4e00-\u9fff]/;

describe('indicator explorer', () => {
	it('in English: filters, summary, list, family view, export; data values as printed', () => {
		setLang('en');
		const { body, head } = render(IndicatorsPage, { props: { data: explorer, params: {} } as never });
		expect(head).toContain('Performance indicators');
		expect(body).toContain('<h1>Performance indicators</h1>');
		expect(body).toContain('Search indicator names');
		expect(body).toContain('placeholder="e.g. 满意度"');
		expect(body).toContain('Clear filters');
		// choices: labels in English, values unchanged (the URLs stay the same)
		expect(body).toMatch(/<option value="产出指标"[^>]*>Output \(\d+\)<\/option>/);
		expect(body).toMatch(/<option value="not_met"[^>]*>not met \(\d+\)<\/option>/);
		expect(body).toMatch(/<option value="self_evaluation_form"[^>]*>self-evaluation form \(whole-department spending\) \(\d+\)<\/option>/);
		expect(body).toMatch(/<option value="satisfaction"[^>]*>Satisfaction \(54\)<\/option>/);
		expect(body).toMatch(/<option value="2021"[^>]*>2021<\/option>/);
		expect(body).toMatch(/Matching indicators: <strong data-field="explorer-total"[^>]*>32<\/strong><\/p>/);
		expect(body).toContain('By category');
		expect(body).toContain('Distribution of attainment');
		// the family view: English name, headers, the SQL's English sentence
		expect(body).toContain('Indicator family “Counts of activities”: units compared');
		expect(body).toContain('<th class="num">Median target</th>');
		expect(body).toContain('easier'); // the family's target difficulty column
		expect(body).toContain('indicator “开展政策培训、业务培训” reached 500% of its target (target 1 次, actual 5 次): the target may be set too low');
		expect(body).not.toContain('目标可能偏低');
		// the list
		expect(body).toContain('Category / subcategory');
		expect(body).toMatch(/Showing \d+ of \d+/);
		expect(body).toContain('Export CSV (current filters)');
		expect(body).toContain('href="/en/units/zc-licheng/"');
		expect(body).not.toContain('href="/units/');
		// no Chinese UI text left (data values aside)
		for (const zh of ['筛选', '全部', '一级指标', '指标族', '符合条件', '完成度', '显示更多', '导出', '年：', '（']) expect(body, zh).not.toContain(zh);
		expect(han.test(head.replace(/<script[\s\S]*?<\/script>/g, ''))).toBe(false);
	});

	it('in Chinese: the same text as before', () => {
		const { body } = render(IndicatorsPage, { props: { data: explorer, params: {} } as never });
		expect(body).toContain('<h1>绩效指标查询</h1>');
		expect(body).toContain('placeholder="例如：满意度"');
		expect(body).toContain('中文可模糊匹配：输入“满意度”也能找到“服务对象满意率”。');
		expect(body).toMatch(/<option value="satisfaction"[^>]*>满意度（54）<\/option>/);
		expect(body).toMatch(/<option value="2021"[^>]*>2021年<\/option>/);
		expect(body).toMatch(/符合条件的指标：<strong data-field="explorer-total"[^>]*>32<\/strong> 项<\/p>/);
		expect(body).toContain('指标族“活动开展次数”：各单位对比');
		expect(body).toContain('2021年：指标“开展政策培训、业务培训”完成值为目标的 500%');
		expect(body).toContain('href="/units/zc-licheng/"');
	});
});

describe('trends', () => {
	it('in English: metric names, picker, charts, movers, outliers', () => {
		setLang('en');
		const { body, head } = render(TrendsPage, { props: { data: trends, params: {} } as never });
		expect(metricLabel('adjustment')).toBe('Budget adjustment rate');
		expect(head).toContain('Trends');
		expect(body).toContain('<h1>Trends</h1>');
		expect(body).toContain('Budget execution rate');
		expect(body).toContain('Indicator attainment rate');
		expect(body).toContain('Choose units');
		expect(body).toContain('4 selected (at most 12)');
		expect(body).toContain('aria-label="Remove 永和街道"');
		expect(body).toMatch(/· [12] years?</);
		expect(body).toContain('Selected units: Budget execution rate');
		expect(body).toContain('Districts: Budget execution rate');
		expect(body).toContain('<th class="num">Adjustment rate</th>');
		expect(body).toContain('Largest changes: Budget execution rate, 2021 → 2022');
		expect(body).toContain('No unit has this measure in both chosen years.');
		expect(body).toContain('What stands out (chosen units and years)');
		expect(body).toContain('printed rate disagrees with computed');
		expect(body).toContain('printed execution rate 98.10%, but the printed amounts give 98.08%');
		expect(body).toContain('href="/en/units/th-yuancun/"');
		expect(body).toContain('href="/en/districts/');
		for (const zh of ['筛选', '所选单位', '各区', '年度', '变化', '异常', '个年度', '原文执行率']) expect(body, zh).not.toContain(zh);
	});

	it('in Chinese: the same text as before', () => {
		const { body } = render(TrendsPage, { props: { data: trends, params: {} } as never });
		expect(body).toContain('<h1>年度趋势</h1>');
		expect(body).toContain('已选 4 个（最多 12 个）');
		expect(body).toContain('所选单位：预算执行率');
		expect(body).toContain('变化最大的单位：预算执行率，2021 年 → 2022 年');
		expect(body).toMatch(/<span class="year[^"]*">2022年<\/span>/);
		expect(body).toContain('原文执行率 98.10%，按原文金额计算为 98.08%');
		expect(body).toContain('href="/units/th-yuancun/"');
	});
});
