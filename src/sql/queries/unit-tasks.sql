-- Tasks and projects of one unit with their funds, grouped by spending unit for project tables.
-- A project self-evaluation's execution (budgets scope 'project', tied by task_id) is shown here,
-- under its project, never in the unit's own budget table.
SELECT t.task_id, t.fiscal_year, t.kind, t.name, t.amount_wan, t.goal_text, t.outcome_text,
	t.spending_unit_id, coalesce(su.short_name, '') AS spending_unit_name, t.doc_id, t.source_line,
	(SELECT count(*) FROM indicators i WHERE i.task_id = t.task_id) AS indicators,
	pb.actual_spend_wan AS project_spent_wan, pb.execution_rate AS project_execution_rate, pb.source_line AS project_budget_line
FROM tasks t LEFT JOIN units su ON su.unit_id = t.spending_unit_id
	LEFT JOIN budgets pb ON pb.task_id = t.task_id AND pb.scope = 'project'
WHERE t.unit_id = $unit_id OR t.spending_unit_id = $unit_id
ORDER BY t.fiscal_year DESC, spending_unit_name, t.amount_wan DESC NULLS LAST;
