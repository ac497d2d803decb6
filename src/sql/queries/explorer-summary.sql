-- The explorer's counts for the same filters as explorer-rows.sql: per
-- status, per 一级 category and per attainment bin (10 % wide: bin k =
-- [k/10, (k+1)/10), bin 15 = 150 % and above; indicators without an
-- attainment have no bin). One row per (dimension, key); the total is the
-- sum of the status counts.
--
-- Without a unit, district, year or document-kind filter the counts are
-- added up from the per-name counts (cache.explorer_name_counts, a few
-- thousand rows) instead of counting the index (explorer_counts_by_name;
-- the other branch is then constant-false and skipped).
WITH counted AS (
	SELECT c.status, c.level1, c.attainment_bin, sum(c.n) AS n
	FROM cache.explorer_name_counts c
	LEFT JOIN indicator_search($q) s ON s.name_no = c.name_no
	WHERE explorer_counts_by_name($district, $unit, $year, $kind)
		AND (search_norm($q) = '' OR s.name_no IS NOT NULL)
		AND ($level1 IS NULL OR c.level1 = $level1)
		AND ($level2 IS NULL OR c.level2 = $level2)
		AND ($status IS NULL OR c.status = $status)
		AND ($family IS NULL OR c.family = $family)
	GROUP BY ALL
	UNION ALL
	SELECT status, level1, attainment_bin, count(*) AS n
	FROM explorer_filter($q, $level1, $level2, $status, $district, $unit, $year, $kind, $family)
	WHERE NOT explorer_counts_by_name($district, $unit, $year, $kind)
	GROUP BY ALL
)
SELECT 'status' AS dimension, CAST(status AS VARCHAR) AS key, sum(n) AS n FROM counted GROUP BY status
UNION ALL
SELECT 'level1', CAST(level1 AS VARCHAR), sum(n) FROM counted GROUP BY level1
UNION ALL
SELECT 'attainment', CAST(attainment_bin AS VARCHAR), sum(n) FROM counted WHERE attainment_bin IS NOT NULL GROUP BY attainment_bin
ORDER BY dimension, key;
