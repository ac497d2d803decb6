-- Districts compared: execution rate from summed money, indicator attainment.
SELECT district_code, district_name, sum(units) AS units, sum(units_with_budget) AS units_with_budget,
	sum(adjusted_budget_wan) AS adjusted_budget_wan, sum(actual_spend_wan) AS actual_spend_wan,
	execution_rate(sum(actual_spend_wan), sum(adjusted_budget_wan)) AS execution_rate,
	sum(indicators_met) AS indicators_met, sum(indicators_not_met) AS indicators_not_met,
	attainment_rate(sum(indicators_met), sum(indicators_not_met)) AS attainment_rate
FROM district_year
WHERE ($year IS NULL OR fiscal_year = $year)
	AND ($district IS NULL OR district_code = $district)
GROUP BY district_code, district_name
ORDER BY district_code;
