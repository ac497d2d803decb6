-- title: 各单位预算执行率排名
-- 执行率 = 实际支出 ÷ 全年预算（单位 × 年度，口径“合计”），来自视图 unit_year；只列有执行数据的单位。
-- title_en: Units ranked by budget execution rate
-- description_en: Execution rate = actual spending ÷ full-year budget (per unit and year, scope “total”), from the view unit_year; only units with spending figures are listed.
SELECT
	rank() OVER (ORDER BY uy.execution_rate DESC) AS rank,
	uy.short_name,
	d.name AS district_name,
	uy.fiscal_year,
	uy.adjusted_budget_wan,
	uy.actual_spend_wan,
	round(uy.execution_rate * 100, 2) AS execution_pct,
	round(uy.reported_execution_rate * 100, 2) AS reported_execution_pct,
	uy.budget_doc_id,
	uy.budget_source_line
FROM unit_year uy
JOIN districts d USING (district_code)
WHERE uy.execution_rate IS NOT NULL
ORDER BY uy.execution_rate DESC, uy.short_name, uy.fiscal_year;
