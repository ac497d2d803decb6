-- Execution rate of every unit (and year), ranked, with its district for colour.
SELECT uy.unit_id, uy.fiscal_year, uy.short_name, uy.district_code, d.name AS district_name,
	uy.adjusted_budget_wan, uy.actual_spend_wan, uy.execution_rate, uy.reported_execution_rate,
	uy.budget_doc_id, uy.budget_source_line
FROM unit_year uy JOIN districts d USING (district_code)
WHERE uy.execution_rate IS NOT NULL
	AND ($year IS NULL OR uy.fiscal_year = $year)
	AND ($district IS NULL OR uy.district_code = $district)
ORDER BY uy.execution_rate DESC, uy.short_name, uy.fiscal_year;
