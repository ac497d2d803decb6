-- title: 各区汇总：预算执行率与指标达成率
-- 按区汇总所有年度：执行率由金额加总后计算（Σ实际支出 ÷ Σ全年预算），不是各单位比率的平均。
-- title_en: District roll-up: budget execution and indicator attainment rates
-- description_en: All years per district: the execution rate comes from summed money (Σ actual spending ÷ Σ full-year budget), not from averaging the units’ rates.
SELECT
	district_code,
	district_name,
	string_agg(DISTINCT fiscal_year::VARCHAR, '、' ORDER BY fiscal_year::VARCHAR) AS years,
	sum(units) AS unit_years,
	sum(adjusted_budget_wan) AS adjusted_budget_wan,
	sum(actual_spend_wan) AS actual_spend_wan,
	round(100 * execution_rate(sum(actual_spend_wan), sum(adjusted_budget_wan)), 2) AS execution_pct,
	sum(indicators_total) AS indicators,
	sum(indicators_met) AS met,
	sum(indicators_not_met) AS not_met,
	round(100 * attainment_rate(sum(indicators_met), sum(indicators_not_met)), 1) AS attainment_pct,
	sum(flags) AS quality_flags
FROM district_year
GROUP BY district_code, district_name
ORDER BY district_code;
