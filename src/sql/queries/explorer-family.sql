-- One indicator family ($family) across units: one row per unit and year,
-- over the explorer's other filters. How many of the family's indicators the
-- unit has and how they fared, and its targets next to everyone else's.
-- Targets are compared on one basis only: the family's most common unit of
-- measure and direction among indicators with a numeric target (e.g. % and
-- higher-is-better for 满意度); other targets are counted but not compared.
-- `target_vs_median` is the unit's median target ÷ the median target of all
-- compared indicators; `easier_than_median` says the unit's target asks for
-- less than that median (lower when higher is better, higher when lower is
-- better). Sorted by who falls short: most unmet first, then lowest attainment.
WITH f AS (
	SELECT x.unit_id, x.fiscal_year, x.status, x.attainment, i.target_value, i.actual_value, i.target_unit, i.direction
	FROM explorer_filter($q, $level1, $level2, $status, $district, $unit, $year, $kind, $family) x
	JOIN indicators i ON i.rowid = x.rid
	WHERE $family IS NOT NULL
),
basis AS (
	SELECT target_unit, direction
	FROM f
	WHERE target_value IS NOT NULL AND direction IN ('higher_better', 'lower_better')
	GROUP BY ALL
	ORDER BY count(*) DESC, target_unit NULLS LAST, direction
	LIMIT 1
),
compared AS (
	SELECT f.* FROM f JOIN basis b ON f.target_unit IS NOT DISTINCT FROM b.target_unit AND f.direction = b.direction
	WHERE f.target_value IS NOT NULL
),
overall AS (
	SELECT median(target_value) AS family_median FROM compared
),
per_unit AS (
	SELECT unit_id, fiscal_year,
		count(*) AS indicators,
		count(*) FILTER (WHERE status = 'met') AS met,
		count(*) FILTER (WHERE status = 'not_met') AS not_met,
		count(*) FILTER (WHERE status NOT IN ('met', 'not_met')) AS not_judged,
		min(attainment) FILTER (WHERE status IN ('met', 'not_met')) AS lowest_attainment
	FROM f
	GROUP BY ALL
),
targets AS (
	SELECT unit_id, fiscal_year,
		count(*) AS compared,
		median(target_value) AS target_median,
		min(target_value) AS target_min,
		max(target_value) AS target_max,
		median(actual_value) AS actual_median
	FROM compared
	GROUP BY ALL
)
SELECT
	CAST(p.unit_id AS VARCHAR) AS unit_id, u.short_name, u.district_code, d.name AS district_name, CAST(p.fiscal_year AS INTEGER) AS fiscal_year,
	p.indicators, p.met, p.not_met, p.not_judged,
	attainment_rate(p.met, p.not_met) AS attainment_rate,
	p.lowest_attainment,
	coalesce(t.compared, 0) AS compared, t.target_median, t.target_min, t.target_max, t.actual_median,
	b.target_unit AS basis_unit, b.direction AS basis_direction, o.family_median,
	CASE WHEN o.family_median <> 0 THEN t.target_median / o.family_median END AS target_vs_median,
	CASE b.direction
		WHEN 'higher_better' THEN t.target_median < o.family_median
		WHEN 'lower_better' THEN t.target_median > o.family_median
	END AS easier_than_median,
	count(*) OVER () AS rows_total
FROM per_unit p
LEFT JOIN targets t ON t.unit_id = p.unit_id AND t.fiscal_year = p.fiscal_year
LEFT JOIN basis b ON TRUE
CROSS JOIN overall o
LEFT JOIN units u ON u.unit_id = CAST(p.unit_id AS VARCHAR)
LEFT JOIN districts d ON d.district_code = u.district_code
ORDER BY p.not_met DESC, attainment_rate ASC NULLS LAST, p.lowest_attainment ASC NULLS LAST, p.unit_id, p.fiscal_year
LIMIT $limit;
