import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from './i18n.ts';
import { districtDescription, latestFigures, overviewDescription, unitDescription, unitKindLabel } from './meta.ts';

// Figures of the seeds (data/sources/): 员村 2022 12,198.33 ÷ 12,436.77; 永和 2021 18,570.21 ÷ 19,206.99.
const yuancun2022 = { fiscal_year: 2022, adjusted_budget_wan: 12436.77, actual_spend_wan: 12198.33, execution_rate: 12198.33 / 12436.77, attainment_rate: null };
const yonghe2021 = { fiscal_year: 2021, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21, execution_rate: 18570.21 / 19206.99, attainment_rate: 13 / 15 };

describe('page descriptions', () => {
	it('overview: year, units and the execution rate of the default view', () => {
		const d = overviewDescription({ ...yuancun2022, units: 3, units_with_execution: 1, indicators_not_met: 0 }, 2022);
		expect(d).toContain('2022 年 3 个单位（其中 1 个有预算执行数据）');
		expect(d).toContain('预算执行率 98.08%');
		expect(d).toContain('1.22 亿元');
		expect(d).not.toContain('达成率'); // no indicator was assessed in 2022
	});

	it('overview without execution data says nothing about a rate', () => {
		const d = overviewDescription({ adjusted_budget_wan: null, actual_spend_wan: null, execution_rate: null, attainment_rate: null, units: 2, units_with_execution: 0, indicators_not_met: 0 }, 2022);
		expect(d).not.toContain('执行率 —');
		expect(d).not.toContain('预算执行率');
	});

	it('unit: name, district and the latest year that has an execution rate', () => {
		const d = unitDescription(
			{ short_name: '永和街道', name: '广州市黄埔区人民政府永和街道办事处', district_name: '黄埔区', kind: '街道' },
			[yonghe2021, { fiscal_year: 2022, adjusted_budget_wan: null, actual_spend_wan: null, execution_rate: null, attainment_rate: null }]
		);
		expect(d).toMatch(/^永和街道（黄埔区 · 街道）：2021 年预算执行率 96\.68%/);
		expect(d).toContain('绩效指标达成率 86.67%');
	});

	it('unit without budgets still describes the page', () => {
		const d = unitDescription({ short_name: '金花街道', name: '广州市荔湾区人民政府金花街道办事处', district_name: '荔湾区', kind: '街道' }, []);
		expect(d).toBe('金花街道（荔湾区 · 街道）：广州市荔湾区人民政府金花街道办事处的预算执行、重点任务与绩效指标，数字均可追溯到公开文件原文行。');
	});

	it('district: the rate of its latest year from summed money', () => {
		const d = districtDescription('增城区', [{ fiscal_year: 2021, adjusted_budget_wan: 82912.04, actual_spend_wan: 75317.78, execution_rate: 75317.78 / 82912.04, attainment_rate: 0.8125, units: 1 }]);
		expect(d).toContain('2021 年 1 个单位合计预算执行率 90.84%');
	});

	it('latestFigures prefers the newest year with a rate', () => {
		expect(latestFigures([yonghe2021, { ...yuancun2022, execution_rate: null }])?.fiscal_year).toBe(2021);
		expect(latestFigures([])).toBeNull();
	});
});

describe('page descriptions in English', () => {
	afterEach(() => setLang('zh'));

	it('overview: year, units and the execution rate, money in CNY', () => {
		setLang('en');
		const d = overviewDescription({ ...yuancun2022, units: 3, units_with_execution: 1, indicators_not_met: 0 }, 2022);
		expect(d).toBe(
			'Guangzhou Street Office Budget Performance — 2022, 3 units (1 with budget execution data); execution rate 98.08% (spent CNY 121.98\u00a0m of a budget of CNY 124.37\u00a0m). Rates are computed from summed money; every figure traces back to a line of a published document.'
		);
		expect(overviewDescription({ ...yonghe2021, units: 1, units_with_execution: 1, indicators_not_met: 2 }, null)).toMatch(
			/^Guangzhou Street Office Budget Performance — All years, 1 unit; execution rate 96\.68% .*; indicator attainment rate 86\.67% \(2 not met\)\./
		);
	});

	it('unit: data values as printed, its kind and the words in English', () => {
		setLang('en');
		const d = unitDescription({ short_name: '永和街道', name: '广州市黄埔区人民政府永和街道办事处', district_name: '黄埔区', kind: '街道' }, [yonghe2021]);
		expect(d).toBe(
			'永和街道 (黄埔区 · street office): 2021 execution rate 96.68% (spent CNY 185.70\u00a0m of a budget of CNY 192.07\u00a0m); indicator attainment rate 86.67%. Budget execution, key tasks and performance indicators of 广州市黄埔区人民政府永和街道办事处; every figure traces back to a line of a published document.'
		);
		expect(unitDescription({ short_name: 'X', name: 'X office', district_name: null, kind: '镇' }, [])).toBe(
			'X (town): Budget execution, key tasks and performance indicators of X office; every figure traces back to a line of a published document.'
		);
	});

	it('district: the rate of its latest year from summed money', () => {
		setLang('en');
		const d = districtDescription('增城区', [{ fiscal_year: 2021, adjusted_budget_wan: 82912.04, actual_spend_wan: 75317.78, execution_rate: 75317.78 / 82912.04, attainment_rate: 0.8125, units: 1 }]);
		expect(d).toMatch(/^增城区: 2021, 1 unit combined: execution rate 90\.84% \(spent CNY 753\.18\u00a0m of a budget of CNY 829\.12\u00a0m\)\. Execution rates/);
	});

	it('unit kinds: known ones translated, others as they are', () => {
		expect(unitKindLabel('镇')).toBe('镇');
		setLang('en');
		expect(unitKindLabel('街道')).toBe('street office');
		expect(unitKindLabel('下属单位')).toBe('sub-unit');
		expect(unitKindLabel('其他')).toBe('其他');
	});
});
