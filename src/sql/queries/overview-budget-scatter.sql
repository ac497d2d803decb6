-- Budget size vs execution rate, low-execution outliers marked with the reason from the shared outlier view.
-- All years ($year NULL): each unit once, at its latest year with an execution rate.
SELECT uy.unit_id, uy.fiscal_year, uy.short_name, uy.district_code, d.name AS district_name,
	uy.adjusted_budget_wan, uy.execution_rate,
	o.unit_id IS NOT NULL AS is_outlier, o.reason AS outlier_reason, o.reason_en AS outlier_reason_en
FROM unit_year uy
JOIN unit_latest l USING (unit_id)
JOIN districts d USING (district_code)
LEFT JOIN (SELECT unit_id, fiscal_year, reason, reason_en FROM outliers WHERE kind = 'low_execution') o USING (unit_id, fiscal_year)
WHERE uy.execution_rate IS NOT NULL AND uy.adjusted_budget_wan IS NOT NULL
	AND uy.fiscal_year = coalesce($year, l.execution_year)
	AND ($district IS NULL OR uy.district_code = $district)
ORDER BY uy.adjusted_budget_wan DESC;
