-- Execution rates per district: how many units, and the five numbers of a box plot
-- (quartiles interpolated, as quantile_cont). Same units as the ranking.
SELECT uy.district_code, d.name AS district_name, count(*) AS units,
	min(uy.execution_rate) AS min_rate,
	quantile_cont(uy.execution_rate, 0.25) AS q1,
	quantile_cont(uy.execution_rate, 0.5) AS median,
	quantile_cont(uy.execution_rate, 0.75) AS q3,
	max(uy.execution_rate) AS max_rate
FROM unit_year uy JOIN unit_latest l USING (unit_id) JOIN districts d USING (district_code)
WHERE uy.execution_rate IS NOT NULL
	AND uy.fiscal_year = coalesce($year, l.execution_year)
	AND ($district IS NULL OR uy.district_code = $district)
GROUP BY uy.district_code, d.name
ORDER BY uy.district_code;
