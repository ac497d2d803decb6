// Small query-shaped rows for the chart tests (builders, SSR render, Chart.svelte).
// Money and rates of 永和 / 员村 / 荔城 are the sample documents' (domain.md §1);
// the rest is made up. Not imported by the site.
import type { AttainmentHeatmapRow } from './options/attainment-heatmap.ts';
import type { BudgetScatterRow } from './options/budget-scatter.ts';
import type { DistrictComparisonRow } from './options/district-comparison.ts';
import type { ExecutionRankingRow } from './options/execution-ranking.ts';
import type { UnitBudgetRow } from './options/unit-budget.ts';
import type { UnitTaskRow } from './options/unit-tasks.ts';

export const XSS = '<img src=x onerror=alert(1)>';

export const rankingRows: ExecutionRankingRow[] = [
	{ unit_id: 'hp-yonghe', short_name: '永和街道', district_code: '440112', district_name: '黄埔区', execution_rate: 18570.21 / 19206.99 },
	{ unit_id: 'th-yuancun', short_name: '员村街道', district_code: '440106', district_name: '天河区', execution_rate: 12198.33 / 12436.77 },
	{ unit_id: 'zc-licheng', short_name: '荔城街道', district_code: '440118', district_name: '增城区', execution_rate: 75317.78 / 82912.04 },
	{ unit_id: 'lw-jinhua', short_name: '金花街道', district_code: '440103', district_name: '荔湾区', execution_rate: 0.8512 },
	{ unit_id: 'lw-none', short_name: '无数据街道', district_code: '440103', district_name: '荔湾区', execution_rate: null }
];

export const districtRows: DistrictComparisonRow[] = [
	{ district_code: '440112', district_name: '黄埔区', units: 1, units_with_budget: 1, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21, execution_rate: 18570.21 / 19206.99, indicators_met: 18, indicators_not_met: 2, attainment_rate: 0.9 },
	{ district_code: '440103', district_name: '荔湾区', units: 2, units_with_budget: 1, adjusted_budget_wan: 3986.34, actual_spend_wan: 3393.2, execution_rate: 3393.2 / 3986.34, indicators_met: null, indicators_not_met: null, attainment_rate: null }
];

export const scatterRows: BudgetScatterRow[] = [
	{ unit_id: 'zc-licheng', short_name: '荔城街道', district_name: '增城区', adjusted_budget_wan: 82912.04, execution_rate: 0.9084, is_outlier: false, outlier_reason: null },
	{ unit_id: 'hp-yonghe', short_name: '永和街道', district_name: '黄埔区', adjusted_budget_wan: 19206.99, execution_rate: 0.9668, is_outlier: false, outlier_reason: null },
	{ unit_id: 'lw-jinhua-affairs', short_name: '金花街道综合事务中心', district_name: '荔湾区', adjusted_budget_wan: 812.5, execution_rate: 0.62, is_outlier: true, outlier_reason: '执行率低于 70%', outlier_reason_en: 'execution rate below 70%' }
];

export const heatmapRows: AttainmentHeatmapRow[] = [
	{ unit_id: 'hp-yonghe', short_name: '永和街道', level1: '产出指标', level2: '数量指标', indicators: 6, met: 5, not_met: 1, attainment_rate: 5 / 6 },
	{ unit_id: 'hp-yonghe', short_name: '永和街道', level1: '效益指标', level2: '社会效益指标', indicators: 3, met: 3, not_met: 0, attainment_rate: 1 },
	{ unit_id: 'th-yuancun', short_name: '员村街道', level1: '产出指标', level2: '质量指标', indicators: 2, met: 1, not_met: 1, attainment_rate: 0.5 },
	// indicators without actual values only: no assessed indicator, an empty cell
	{ unit_id: 'th-yuancun', short_name: '员村街道', level1: '满意度指标', level2: '服务对象满意度指标', indicators: 2, met: 0, not_met: 0, attainment_rate: null },
	{ unit_id: 'th-yuancun', short_name: '员村街道', level1: '产出指标', level2: '数量指标', indicators: 4, met: 4, not_met: 0, attainment_rate: 1 }
];

export const taskRows: UnitTaskRow[] = [
	{ task_id: 't1', fiscal_year: 2022, kind: 'project', name: '社区综合服务项目', amount_wan: 120.5, spending_unit_id: 'lw-jinhua-affairs', spending_unit_name: '金花街道综合事务中心' },
	{ task_id: 't2', fiscal_year: 2022, kind: 'project', name: '环境卫生保洁', amount_wan: 3986.34, spending_unit_id: 'lw-jinhua', spending_unit_name: '金花街道' },
	{ task_id: 't3', fiscal_year: 2022, kind: 'project', name: '平安建设', amount_wan: 256, spending_unit_id: 'lw-jinhua', spending_unit_name: '金花街道' },
	{ task_id: 't4', fiscal_year: 2022, kind: 'key_task', name: '未列金额的任务', amount_wan: null, spending_unit_id: null, spending_unit_name: '' }
];

export const budgetRows: UnitBudgetRow[] = [
	{ fiscal_year: 2021, scope: 'total', initial_budget_wan: 18847.8, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21, execution_rate: 18570.21 / 19206.99, reported_execution_rate: 0.9668, adjustment_rate: 359.19 / 18847.8 },
	{ fiscal_year: 2021, scope: 'fiscal_appropriation', initial_budget_wan: 17000, adjusted_budget_wan: 17300, actual_spend_wan: 16800, execution_rate: 16800 / 17300 }
];
