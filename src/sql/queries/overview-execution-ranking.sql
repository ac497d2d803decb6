-- Execution rate of every unit in scope, ranked (rank 1 = highest), with its district for colour.
-- All years ($year NULL): each unit once, at its latest year with an execution rate.
SELECT uy.unit_id, uy.fiscal_year, uy.short_name, uy.district_code, d.name AS district_name,
	uy.adjusted_budget_wan, uy.actual_spend_wan, uy.execution_rate, uy.reported_execution_rate,
	uy.budget_doc_id, uy.budget_source_line,
	row_number() OVER (ORDER BY uy.execution_rate DESC, uy.short_name, uy.fiscal_year) AS rank
FROM unit_year uy JOIN unit_latest l USING (unit_id) JOIN districts d USING (district_code)
WHERE uy.execution_rate IS NOT NULL
	AND uy.fiscal_year = coalesce($year, l.execution_year)
	AND ($district IS NULL OR uy.district_code = $district)
ORDER BY rank;
