-- "What stands out": low execution, unmet indicators, printed figures that disagree with computed ones.
-- One sentence each, with the unit to link to and the source line.
SELECT * FROM (
	SELECT 'low_execution' AS kind, o.unit_id, o.fiscal_year, o.short_name, o.reason AS sentence,
		uy.budget_doc_id AS doc_id, uy.budget_source_line AS source_line, o.execution_rate AS sort_key
	FROM execution_outliers o JOIN unit_year uy USING (unit_id, fiscal_year)
	WHERE ($year IS NULL OR o.fiscal_year = $year) AND ($district IS NULL OR o.district_code = $district)
	UNION ALL
	-- the 12 furthest from target first, then the sentence: printf on 12 rows, not on every unmet indicator
	SELECT 'not_met', unit_id, fiscal_year, short_name,
		printf('指标“%s”未达成：目标 %s，实际 %s', name, coalesce(target_text, '—'), coalesce(actual_text, '—')),
		doc_id, source_line, sort_key
	FROM (
		SELECT unit_id, fiscal_year, short_name, name, target_text, actual_text, doc_id, source_line,
			coalesce(attainment, 0) AS sort_key
		FROM unmet_indicators
		WHERE ($year IS NULL OR fiscal_year = $year) AND ($district IS NULL OR district_code = $district)
		ORDER BY sort_key, short_name, indicator_id
		LIMIT 12
	)
	UNION ALL
	SELECT 'rate_mismatch', d.unit_id, d.fiscal_year, u.short_name,
		printf('原文执行率 %.2f%%，按原文金额计算为 %.2f%%（实际支出 %s 万元 ÷ 全年预算 %s 万元）',
			b.reported_execution_rate * 100, b.execution_rate * 100, CAST(b.actual_spend_wan AS VARCHAR), CAST(b.adjusted_budget_wan AS VARCHAR)),
		f.doc_id, f.source_line, 0
	FROM quality_flags f JOIN documents d USING (doc_id) JOIN units u ON u.unit_id = d.unit_id
	JOIN budgets b ON b.budget_id = f.row_id
	WHERE f.code = 'rate_mismatch' AND b.reported_execution_rate IS NOT NULL
		AND ($year IS NULL OR d.fiscal_year = $year) AND ($district IS NULL OR u.district_code = $district)
)
ORDER BY CASE kind WHEN 'low_execution' THEN 1 WHEN 'rate_mismatch' THEN 2 ELSE 3 END, sort_key, short_name
LIMIT 12;
