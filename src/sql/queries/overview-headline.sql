-- Headline figures of the overview for a year ($year, NULL = all years: each unit's latest
-- figure, see unit_latest) and a district ($district, NULL = all).
-- Execution rate from summed money (Σ actual ÷ Σ adjusted over units reporting both).
WITH scoped AS (
	SELECT uy.*,
		uy.fiscal_year = coalesce($year, uy.fiscal_year) AS in_year,
		uy.fiscal_year IS NOT DISTINCT FROM coalesce($year, l.execution_year) AS in_execution,
		uy.fiscal_year IS NOT DISTINCT FROM coalesce($year, l.attainment_year) AS in_attainment
	FROM unit_year uy JOIN unit_latest l USING (unit_id)
	WHERE $district IS NULL OR uy.district_code = $district
)
SELECT
	count(DISTINCT unit_id) FILTER (WHERE in_year) AS units,
	-- township units (街道, 镇) with data in scope (a sub-unit's counting for its street office), of all of them: "3 / 176"
	count(DISTINCT coalesce(parent_unit_id, unit_id)) FILTER (WHERE in_year) AS townships_covered,
	(SELECT count(*) FROM units WHERE parent_unit_id IS NULL AND ($district IS NULL OR district_code = $district)) AS units_total,
	count(DISTINCT fiscal_year) FILTER (WHERE in_year) AS years,
	min(fiscal_year) FILTER (WHERE in_year) AS first_year,
	max(fiscal_year) FILTER (WHERE in_year) AS last_year,
	sum(adjusted_budget_wan) FILTER (WHERE in_execution AND actual_spend_wan IS NOT NULL) AS adjusted_budget_wan,
	sum(actual_spend_wan) FILTER (WHERE in_execution AND adjusted_budget_wan IS NOT NULL) AS actual_spend_wan,
	execution_rate(
		sum(actual_spend_wan) FILTER (WHERE in_execution AND adjusted_budget_wan IS NOT NULL),
		sum(adjusted_budget_wan) FILTER (WHERE in_execution AND actual_spend_wan IS NOT NULL)
	) AS execution_rate,
	count(*) FILTER (WHERE in_execution AND execution_rate IS NOT NULL) AS units_with_execution,
	count(*) FILTER (WHERE in_attainment AND indicators_met + indicators_not_met > 0) AS units_with_attainment,
	sum(indicators_total) FILTER (WHERE in_year) AS indicators_total,
	sum(indicators_met) FILTER (WHERE in_attainment) AS indicators_met,
	sum(indicators_not_met) FILTER (WHERE in_attainment) AS indicators_not_met,
	sum(indicators_no_actual) FILTER (WHERE in_year) AS indicators_no_actual,
	attainment_rate(sum(indicators_met) FILTER (WHERE in_attainment), sum(indicators_not_met) FILTER (WHERE in_attainment)) AS attainment_rate,
	sum(flags_error + flags_warning) FILTER (WHERE in_year) AS quality_flags
FROM scoped;
