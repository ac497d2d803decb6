-- Indicator attainment by 一级/二级 category per unit: met ÷ (met + not_met), counts for the tooltip.
SELECT c.unit_id, u.short_name, c.fiscal_year, c.level1, c.level2,
	c.indicators, c.met, c.not_met, c.attainment_rate
FROM unit_category_year c JOIN units u USING (unit_id)
WHERE ($year IS NULL OR c.fiscal_year = $year)
	AND ($district IS NULL OR u.district_code = $district)
ORDER BY u.short_name, c.fiscal_year, c.level1, c.level2;
