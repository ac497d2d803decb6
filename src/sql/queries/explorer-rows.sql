-- One page of the indicator explorer (/indicators): the indicators matching
-- the filters (explorer_filter in src/sql/explorer.sql; NULL = all), sorted
-- by $sort ('relevance' | 'unit' | 'year' | 'name' | 'level1' | 'status' |
-- 'attainment' | 'default') in $dir ('asc' | 'desc'), rows $offset …
-- $offset + $limit. Ties, and 'default', keep document order (rid).
--
-- Two ways to the same rows, chosen by the parameters (explorer_rows_by_name;
-- the other branch is constant-false and skipped): a search and/or a family in relevance or
-- document order, first page — what the explorer is asked most — reads
-- each name's first 200 rows (cache.explorer_name_first); anything else
-- sorts the whole index. Only the page's rows are then read from `indicators`.
WITH hits AS (
	SELECT name_no, score FROM indicator_search($q)
),
fast AS (
	SELECT f.rid, h.score AS match_score, CASE $sort WHEN 'relevance' THEN -h.score END AS sort_key
	FROM cache.explorer_name_first f
	LEFT JOIN hits h ON h.name_no = f.name_no
	WHERE explorer_rows_by_name($level1, $level2, $status, $district, $unit, $year, $kind, $sort, $dir, $offset, $limit)
		AND (search_norm($q) = '' OR h.name_no IS NOT NULL)
		AND ($family IS NULL OR f.family = $family)
	ORDER BY sort_key ASC NULLS LAST, f.rid
	LIMIT $limit OFFSET $offset
),
general AS (
	SELECT rid, match_score,
		CASE $sort
			WHEN 'relevance' THEN -match_score
			WHEN 'unit' THEN enum_code(unit_id)             -- the enum is in unit_id order
			WHEN 'year' THEN fiscal_year
			WHEN 'name' THEN name_no                        -- numbered in name order
			WHEN 'level1' THEN enum_code(level1) * 1000 + enum_code(level2)
			WHEN 'attainment' THEN attainment
			-- unmet first when ascending: what a reader looks for
			WHEN 'status' THEN CASE status WHEN 'not_met' THEN 1 WHEN 'met' THEN 2 WHEN 'no_actual' THEN 3 WHEN 'no_target' THEN 4 ELSE 5 END
		END AS sort_key
	FROM explorer_filter($q, $level1, $level2, $status, $district, $unit, $year, $kind, $family)
	WHERE NOT explorer_rows_by_name($level1, $level2, $status, $district, $unit, $year, $kind, $sort, $dir, $offset, $limit)
	ORDER BY CASE WHEN $dir = 'desc' THEN -sort_key ELSE sort_key END ASC NULLS LAST, rid
	LIMIT $limit OFFSET $offset
),
page AS (
	FROM fast UNION ALL FROM general
)
-- The index gives the coded columns, `indicators` the texts it lacks (a
-- scattered page reads those columns of every row group: the fewer, the faster).
SELECT i.indicator_id, CAST(x.unit_id AS VARCHAR) AS unit_id, u.short_name, CAST(x.district_code AS VARCHAR) AS district_code,
	dt.name AS district_name, CAST(x.fiscal_year AS INTEGER) AS fiscal_year, i.doc_id,
	nullif(CAST(x.level1 AS VARCHAR), '未分类') AS level1, nullif(CAST(x.level2 AS VARCHAR), '未分类') AS level2,
	n.name, i.target_text, i.actual_text, x.attainment, CAST(x.status AS VARCHAR) AS status, CAST(x.family AS VARCHAR) AS family,
	coalesce(i.actual_source_line, i.source_line) AS source_line, p.match_score
FROM page p
JOIN cache.explorer_index x ON x.rid = p.rid
JOIN indicators i ON i.rowid = p.rid
LEFT JOIN indicator_names n ON n.name_no = x.name_no
LEFT JOIN units u ON u.unit_id = CAST(x.unit_id AS VARCHAR)
LEFT JOIN districts dt ON dt.district_code = CAST(x.district_code AS VARCHAR)
ORDER BY CASE WHEN $dir = 'desc' THEN -p.sort_key ELSE p.sort_key END ASC NULLS LAST, p.rid;
