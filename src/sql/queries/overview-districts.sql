-- Every district of Guangzhou compared, with or without data ($district is not a filter here:
-- the comparison and the map always show all of them). Execution rate from summed money over
-- the units reporting both figures, as district_year; indicator attainment; coverage =
-- township units with a document that year (any year when $year is NULL) ÷ township units.
-- All years ($year NULL): each unit once, at its latest figure (unit_latest).
WITH scoped AS (
	SELECT uy.*,
		uy.fiscal_year IS NOT DISTINCT FROM coalesce($year, l.execution_year) AS in_execution,
		uy.fiscal_year IS NOT DISTINCT FROM coalesce($year, l.attainment_year) AS in_attainment,
		uy.fiscal_year = coalesce($year, uy.fiscal_year) AS in_year
	FROM unit_year uy JOIN unit_latest l USING (unit_id)
),
figures AS (
	SELECT district_code,
		count(DISTINCT unit_id) FILTER (WHERE in_year) AS units,
		count(*) FILTER (WHERE in_execution AND execution_rate IS NOT NULL) AS units_with_budget,
		sum(adjusted_budget_wan) FILTER (WHERE in_execution AND actual_spend_wan IS NOT NULL) AS adjusted_budget_wan,
		sum(actual_spend_wan) FILTER (WHERE in_execution AND adjusted_budget_wan IS NOT NULL) AS actual_spend_wan,
		count(*) FILTER (WHERE in_attainment AND indicators_met + indicators_not_met > 0) AS units_with_attainment,
		sum(indicators_met) FILTER (WHERE in_attainment) AS indicators_met,
		sum(indicators_not_met) FILTER (WHERE in_attainment) AS indicators_not_met
	FROM scoped
	GROUP BY district_code
),
townships AS (
	SELECT district_code, count(*) AS units_total FROM units WHERE parent_unit_id IS NULL GROUP BY district_code
),
covered AS (
	SELECT u.district_code, count(DISTINCT td.township_id) AS units_with_documents
	FROM township_documents td JOIN units u ON u.unit_id = td.township_id
	WHERE $year IS NULL OR td.fiscal_year = $year
	GROUP BY u.district_code
)
SELECT d.district_code, d.name AS district_name,
	coalesce(f.units, 0) AS units,
	coalesce(f.units_with_budget, 0) AS units_with_budget,
	f.adjusted_budget_wan, f.actual_spend_wan,
	execution_rate(f.actual_spend_wan, f.adjusted_budget_wan) AS execution_rate,
	coalesce(f.units_with_attainment, 0) AS units_with_attainment,
	f.indicators_met, f.indicators_not_met,
	attainment_rate(f.indicators_met, f.indicators_not_met) AS attainment_rate,
	coalesce(t.units_total, 0) AS units_total,
	coalesce(c.units_with_documents, 0) AS units_with_documents,
	coverage_rate(c.units_with_documents, t.units_total) AS coverage_rate,
	d.district_code IN (SELECT u.district_code FROM township_documents td JOIN units u ON u.unit_id = td.township_id) AS has_page
FROM districts d
LEFT JOIN figures f USING (district_code)
LEFT JOIN townships t USING (district_code)
LEFT JOIN covered c USING (district_code)
ORDER BY d.district_code;
