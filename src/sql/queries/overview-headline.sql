-- Headline figures of the overview for a year ($year, NULL = all years) and a district ($district, NULL = all).
-- Execution rate from summed money (Σ actual ÷ Σ adjusted over units reporting both).
SELECT
	count(DISTINCT unit_id) AS units,
	count(DISTINCT fiscal_year) AS years,
	min(fiscal_year) AS first_year,
	max(fiscal_year) AS last_year,
	sum(adjusted_budget_wan) FILTER (WHERE actual_spend_wan IS NOT NULL) AS adjusted_budget_wan,
	sum(actual_spend_wan) FILTER (WHERE adjusted_budget_wan IS NOT NULL) AS actual_spend_wan,
	execution_rate(
		sum(actual_spend_wan) FILTER (WHERE adjusted_budget_wan IS NOT NULL),
		sum(adjusted_budget_wan) FILTER (WHERE actual_spend_wan IS NOT NULL)
	) AS execution_rate,
	count(*) FILTER (WHERE execution_rate IS NOT NULL) AS units_with_execution,
	sum(indicators_total) AS indicators_total,
	sum(indicators_met) AS indicators_met,
	sum(indicators_not_met) AS indicators_not_met,
	sum(indicators_no_actual) AS indicators_no_actual,
	attainment_rate(sum(indicators_met), sum(indicators_not_met)) AS attainment_rate,
	sum(flags_error + flags_warning) AS quality_flags
FROM unit_year
WHERE ($year IS NULL OR fiscal_year = $year)
	AND ($district IS NULL OR district_code = $district);
