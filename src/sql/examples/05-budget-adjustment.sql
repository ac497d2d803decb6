-- title: 预算调整幅度（年初预算 → 全年预算）
-- 调整率 = (全年预算 − 年初预算) ÷ 年初预算，按调整幅度从大到小；同时列出原文中写明的调整率以便核对。
-- title_en: Budget adjustments (initial budget → full-year budget)
-- description_en: Adjustment rate = (full-year budget − initial budget) ÷ initial budget, largest adjustment first; the adjustment rate printed in the source is listed alongside for checking.
SELECT
	short_name,
	fiscal_year,
	initial_budget_wan,
	adjusted_budget_wan,
	adjusted_budget_wan - initial_budget_wan AS change_wan,
	round(adjustment_rate * 100, 2) AS adjustment_pct,
	round(reported_adjustment_rate * 100, 2) AS reported_adjustment_pct,
	budget_doc_id,
	budget_source_line
FROM unit_year
WHERE adjustment_rate IS NOT NULL
ORDER BY abs(adjustment_rate) DESC, short_name, fiscal_year;
