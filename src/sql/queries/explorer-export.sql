-- The explorer's filtered list as the CSV export writes it: every matching
-- indicator (up to $limit rows) in the table's order, with the columns a
-- reader needs to find it in its document. Same filters and sort as
-- explorer-rows.sql.
WITH picked AS (
	SELECT *,
		CASE $sort
			WHEN 'relevance' THEN -match_score
			WHEN 'unit' THEN enum_code(unit_id)
			WHEN 'year' THEN fiscal_year
			WHEN 'name' THEN name_no
			WHEN 'level1' THEN enum_code(level1) * 1000 + enum_code(level2)
			WHEN 'attainment' THEN attainment
			WHEN 'status' THEN CASE status WHEN 'not_met' THEN 1 WHEN 'met' THEN 2 WHEN 'no_actual' THEN 3 WHEN 'no_target' THEN 4 ELSE 5 END
		END AS sort_key
	FROM explorer_filter($q, $level1, $level2, $status, $district, $unit, $year, $kind, $family)
	ORDER BY CASE WHEN $dir = 'desc' THEN -sort_key ELSE sort_key END ASC NULLS LAST, rid
	LIMIT $limit
)
SELECT
	u.short_name AS "单位", i.unit_id AS "单位编号", dt.name AS "区", i.fiscal_year AS "年度",
	i.level1 AS "一级指标", i.level2 AS "二级指标", i.name AS "指标名称",
	i.target_text AS "目标（原文）", i.actual_text AS "实际（原文）",
	i.attainment AS "完成度", i.status AS "状态", i.family AS "指标族",
	i.doc_id AS "来源文件", coalesce(i.actual_source_line, i.source_line) AS "来源行", i.indicator_id AS "指标编号"
FROM picked p
JOIN indicators i ON i.rowid = p.rid
LEFT JOIN units u ON u.unit_id = i.unit_id
LEFT JOIN districts dt ON dt.district_code = u.district_code
ORDER BY CASE WHEN $dir = 'desc' THEN -p.sort_key ELSE p.sort_key END ASC NULLS LAST, p.rid;
