-- Execution, adjustment and attainment rate by fiscal year for the chosen
-- units ($units: comma-separated unit ids), from unit_year (metrics.sql).
-- A unit appears only in the years it has a document.
SELECT uy.unit_id, uy.short_name, uy.district_code, d.name AS district_name, uy.fiscal_year,
	uy.execution_rate, uy.adjustment_rate, uy.attainment_rate,
	uy.adjusted_budget_wan, uy.actual_spend_wan, uy.indicators_met, uy.indicators_not_met,
	uy.budget_doc_id, uy.budget_source_line
FROM unit_year uy
LEFT JOIN districts d USING (district_code)
WHERE list_contains(string_split($units, ','), uy.unit_id)
ORDER BY uy.unit_id, uy.fiscal_year;
