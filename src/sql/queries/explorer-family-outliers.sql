-- Targets that may be set too low in one indicator family ($family): the
-- over-achievement rows of the shared outlier view (metrics.sql `outliers`,
-- attainment > 1.2 on a met higher-is-better indicator), each with its
-- sentence, for the explorer's year / district / unit filters. Families are
-- assigned by name, so the family's names (from the explorer's index) pick
-- the rows. Largest over-achievement first.
WITH names AS (
	SELECT n.name
	FROM indicator_names n
	WHERE n.name_no IN (SELECT DISTINCT name_no FROM cache.explorer_index WHERE family = $family)
)
SELECT o.kind, o.unit_id, o.short_name, o.district_code, o.fiscal_year, o.indicator_id, o.indicator_name,
	o.value, o.threshold, o.reason, o.reason_en, o.doc_id, o.source_line
FROM outliers o
WHERE o.kind = 'over_achievement'
	AND o.indicator_name IN (SELECT name FROM names)
	AND ($year IS NULL OR o.fiscal_year = $year)
	AND ($district IS NULL OR o.district_code = $district)
	AND ($unit IS NULL OR o.unit_id = $unit)
ORDER BY o.value DESC, o.unit_id, o.fiscal_year, o.indicator_id
LIMIT $limit;
