-- Indicator attainment by 一级/二级 category per unit: met ÷ (met + not_met), counts for the tooltip.
SELECT i.unit_id, u.short_name, i.fiscal_year,
	coalesce(i.level1, '未分类') AS level1, coalesce(i.level2, '未分类') AS level2,
	count(*) AS indicators,
	count(*) FILTER (WHERE i.status = 'met') AS met,
	count(*) FILTER (WHERE i.status = 'not_met') AS not_met,
	attainment_rate(count(*) FILTER (WHERE i.status = 'met'), count(*) FILTER (WHERE i.status = 'not_met')) AS attainment_rate
FROM indicators i JOIN units u USING (unit_id)
WHERE ($year IS NULL OR i.fiscal_year = $year)
	AND ($district IS NULL OR u.district_code = $district)
GROUP BY ALL
ORDER BY u.short_name, i.fiscal_year, level1, level2;
