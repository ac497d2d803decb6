-- title: 原文执行率与计算执行率的差异
-- 各口径预算中，原文写明的执行率与按原文金额计算的执行率之差（百分点），差异大的排在前面；差异通常来自四舍五入或原文笔误。
-- title_en: Printed vs computed execution rates
-- description_en: For every budget scope, the difference (percentage points) between the execution rate printed in the source document and the one computed from its figures, largest first; differences usually come from rounding or typos in the source.
SELECT
	u.short_name,
	b.fiscal_year,
	b.scope,
	b.adjusted_budget_wan,
	b.actual_spend_wan,
	round(b.execution_rate * 100, 3) AS computed_pct,
	round(b.reported_execution_rate * 100, 3) AS reported_pct,
	round((b.reported_execution_rate - b.execution_rate) * 100, 3) AS difference_pp,
	b.doc_id,
	b.source_line
FROM budgets b
JOIN units u USING (unit_id)
WHERE b.execution_rate IS NOT NULL AND b.reported_execution_rate IS NOT NULL
ORDER BY abs(b.reported_execution_rate - b.execution_rate) DESC, u.short_name, b.fiscal_year, b.scope;
