-- Indicator attainment by 一级/二级 category per unit: met ÷ (met + not_met), counts for the tooltip.
-- All years ($year NULL): each unit once, at its latest year with assessed indicators.
SELECT c.unit_id, u.short_name, c.fiscal_year, c.level1, c.level2,
	c.indicators, c.met, c.not_met, c.attainment_rate
FROM unit_category_year c JOIN units u USING (unit_id) JOIN unit_latest l USING (unit_id)
WHERE c.fiscal_year IS NOT DISTINCT FROM coalesce($year, l.attainment_year, l.latest_year)
	AND ($district IS NULL OR u.district_code = $district)
ORDER BY u.short_name, c.fiscal_year, c.level1, c.level2;
