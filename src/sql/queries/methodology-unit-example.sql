-- One unit-year as a worked example on /methodology: the budget row the site
-- uses (unit_year's choice of document, scope total), its rates computed by
-- the metric macros of metrics.sql, and the unit's indicator counts.
SELECT uy.unit_id, uy.short_name, uy.fiscal_year, b.budget_id, b.doc_id, b.source_line,
	b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan,
	execution_rate(b.actual_spend_wan, b.adjusted_budget_wan) AS execution_rate, b.reported_execution_rate,
	adjustment_rate(b.adjusted_budget_wan, b.initial_budget_wan) AS adjustment_rate, b.reported_adjustment_rate,
	uy.indicators_total, uy.indicators_met, uy.indicators_not_met, uy.indicators_no_actual,
	uy.indicators_no_target, uy.indicators_not_comparable, uy.attainment_rate
FROM unit_year uy
LEFT JOIN budgets b ON b.doc_id = uy.budget_doc_id AND b.scope = 'total'
WHERE uy.unit_id = $unit_id AND uy.fiscal_year = $fiscal_year;
