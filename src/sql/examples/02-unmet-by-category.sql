-- title: 未达成指标按类别统计（一级 / 二级指标）
-- 每个一级、二级指标类别的指标数、可评价数（既有目标又有完成值）、达成与未达成数，以及未达成指标的名称；未填类别的记为“未分类”。
-- title_en: Unmet indicators by category (category / subcategory)
-- description_en: Per category and subcategory: indicators, assessable ones (with both a target and an actual), met and not met, and the names of the unmet indicators; indicators without a category count as “未分类” (uncategorised).
SELECT
	coalesce(level1, '未分类') AS level1,
	coalesce(level2, '未分类') AS level2,
	count(*) AS indicators,
	count(*) FILTER (WHERE status IN ('met', 'not_met')) AS comparable,
	count(*) FILTER (WHERE status = 'met') AS met,
	count(*) FILTER (WHERE status = 'not_met') AS not_met,
	round(100 * attainment_rate(count(*) FILTER (WHERE status = 'met'), count(*) FILTER (WHERE status = 'not_met')), 1) AS attainment_pct,
	string_agg(name, '；' ORDER BY name) FILTER (WHERE status = 'not_met') AS unmet_names
FROM indicators
GROUP BY ALL
ORDER BY not_met DESC, comparable DESC, level1, level2;
