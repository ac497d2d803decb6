-- title: 同名指标跨单位比较（名称含“满意”）
-- 名称相同、出现在两个及以上单位的指标并排列出各单位的目标值与完成值；把 '%满意%' 换成其他关键词即可比较别的指标。
-- title_en: Same-named indicators across units (names containing “满意”, satisfaction)
-- description_en: Indicators with the same name in two or more units, side by side with each unit’s target and actual; replace '%满意%' with another keyword to compare other indicators.
WITH matched AS (
	SELECT i.name, i.unit_id, u.short_name, i.fiscal_year, i.level1, i.target_text, i.actual_text, i.status, i.doc_id, i.source_line
	FROM indicators i
	JOIN units u USING (unit_id)
	WHERE i.name LIKE '%满意%'
)
SELECT
	name,
	count(DISTINCT unit_id) OVER (PARTITION BY name) AS units_with_name,
	short_name,
	fiscal_year,
	target_text,
	actual_text,
	status,
	doc_id,
	source_line
FROM matched
QUALIFY units_with_name >= 2
ORDER BY name, short_name, fiscal_year, source_line;
