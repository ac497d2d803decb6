-- Budget and execution of one unit by scope and year, with the document line each figure came from.
-- The funds of single projects (scope 'project') are the unit's tasks, not its own budget: see unit-tasks.sql.
SELECT b.budget_id, b.fiscal_year, b.scope, b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan,
	b.execution_rate, b.reported_execution_rate, b.adjustment_rate, b.reported_adjustment_rate,
	b.doc_id, b.source_line
FROM budgets b
WHERE b.unit_id = $unit_id AND b.scope <> 'project'
ORDER BY b.fiscal_year, CASE b.scope WHEN 'total' THEN 1 WHEN 'fiscal_appropriation' THEN 2 WHEN 'other_funds' THEN 3 ELSE 4 END;
