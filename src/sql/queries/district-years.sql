-- One district's roll-up per year (execution from summed money), newest first: the page description.
SELECT district_code, district_name, fiscal_year, units, units_with_budget, adjusted_budget_wan, actual_spend_wan,
	execution_rate, attainment_rate
FROM district_year
WHERE district_code = $district
ORDER BY fiscal_year DESC;
