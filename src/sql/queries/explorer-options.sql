-- The explorer's filter choices, from the data: one row per choice with its
-- label, its parent (二级 → 一级, unit → district) and how many indicators
-- it has; `label_en` is a family's English name (NULL elsewhere: the pages
-- label codes and categories themselves). Read from the explorer's index (src/sql/explorer.sql), whose ENUM
-- columns make these counts cheap at 1M rows.
WITH x AS (FROM cache.explorer_index)
SELECT 'level1' AS filter, CAST(level1 AS VARCHAR) AS value, CAST(level1 AS VARCHAR) AS label, NULL AS label_en, NULL AS parent, NULL AS detail, count(*) AS n
FROM x GROUP BY level1
UNION ALL
SELECT 'level2', CAST(level2 AS VARCHAR), CAST(level2 AS VARCHAR), NULL, CAST(level1 AS VARCHAR), NULL, count(*)
FROM x GROUP BY level1, level2
UNION ALL
SELECT 'status', CAST(status AS VARCHAR), CAST(status AS VARCHAR), NULL, NULL, NULL, count(*)
FROM x WHERE status IS NOT NULL GROUP BY status
UNION ALL
SELECT 'year', CAST(fiscal_year AS VARCHAR), CAST(fiscal_year AS VARCHAR), NULL, NULL, NULL, count(*)
FROM x GROUP BY fiscal_year
UNION ALL
SELECT 'district', c.district_code, d.name, NULL, NULL, NULL, c.n
FROM (SELECT CAST(district_code AS VARCHAR) AS district_code, count(*) AS n FROM x WHERE district_code IS NOT NULL GROUP BY ALL) c
JOIN districts d USING (district_code)
UNION ALL
SELECT 'unit', c.unit_id, u.short_name, NULL, u.district_code, NULL, c.n
FROM (SELECT CAST(unit_id AS VARCHAR) AS unit_id, count(*) AS n FROM x GROUP BY ALL) c
JOIN units u USING (unit_id)
UNION ALL
SELECT 'kind', CAST(kind AS VARCHAR), CAST(kind AS VARCHAR), NULL, NULL, NULL, count(*)
FROM x WHERE kind IS NOT NULL GROUP BY kind
UNION ALL
SELECT 'family', f.id, f.name_zh, f.name_en, NULL, f.description_zh, coalesce(c.n, 0)
FROM indicator_families f
LEFT JOIN (SELECT CAST(family AS VARCHAR) AS id, count(*) AS n FROM x WHERE family IS NOT NULL GROUP BY ALL) c USING (id)
ORDER BY filter, value;
