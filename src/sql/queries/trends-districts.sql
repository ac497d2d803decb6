-- The same three rates per district and fiscal year, from district_year
-- (rates from summed money and counts, never an average of unit rates).
SELECT district_code, district_name, fiscal_year, units, units_with_budget,
	execution_rate, adjustment_rate, attainment_rate
FROM district_year
ORDER BY district_code, fiscal_year;
