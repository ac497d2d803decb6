-- Top movers between two fiscal years ($from → $to) on one rate ($metric:
-- 'execution' | 'adjustment' | 'attainment'), over units that have the rate
-- in both years (optionally one $district). Up to $limit units that rose
-- most ('up') and $limit that fell most ('down'); `change` is in rate units
-- (0.05 = 5 percentage points). `units_compared` counts the units with both.
WITH v AS (
	SELECT unit_id, short_name, district_code, fiscal_year,
		CASE $metric WHEN 'execution' THEN execution_rate WHEN 'adjustment' THEN adjustment_rate WHEN 'attainment' THEN attainment_rate END AS value
	FROM unit_year
	WHERE fiscal_year IN ($from, $to) AND ($district IS NULL OR district_code = $district)
),
pairs AS (
	SELECT a.unit_id, a.short_name, a.district_code, a.value AS from_value, b.value AS to_value, b.value - a.value AS change
	FROM v a JOIN v b ON b.unit_id = a.unit_id
	WHERE a.fiscal_year = $from AND b.fiscal_year = $to AND $from <> $to
		AND a.value IS NOT NULL AND b.value IS NOT NULL
),
ranked AS (
	SELECT *,
		row_number() OVER (ORDER BY change DESC, unit_id) AS up_rank,
		row_number() OVER (ORDER BY change ASC, unit_id) AS down_rank,
		count(*) OVER () AS units_compared
	FROM pairs
)
SELECT CASE WHEN change > 0 THEN 'up' ELSE 'down' END AS direction,
	CASE WHEN change > 0 THEN up_rank ELSE down_rank END AS rank,
	r.unit_id, r.short_name, r.district_code, d.name AS district_name,
	r.from_value, r.to_value, r.change, r.units_compared
FROM ranked r
LEFT JOIN districts d USING (district_code)
WHERE (change > 0 AND up_rank <= $limit) OR (change < 0 AND down_rank <= $limit)
ORDER BY direction DESC, rank;
