-- One row per fiscal year for one unit ($unit_id) or one district ($district_code),
-- the other parameter NULL. Figures come from the same unit_year / district_year
-- views as the overview, so a district here reads exactly as on the overview.
-- `doc_kinds` lists the document kinds of that year (comma-separated) so the
-- page can say why a figure is missing (e.g. only a target declaration).
SELECT 'unit' AS entity_kind, uy.unit_id AS entity_id, uy.fiscal_year,
	uy.initial_budget_wan, uy.adjusted_budget_wan, uy.actual_spend_wan,
	uy.execution_rate, uy.reported_execution_rate, uy.adjustment_rate, uy.reported_adjustment_rate,
	uy.indicators_total, uy.indicators_met, uy.indicators_not_met, uy.indicators_no_actual, uy.attainment_rate,
	uy.flags_error + uy.flags_warning AS flags,
	1 AS units, CASE WHEN uy.execution_rate IS NULL THEN 0 ELSE 1 END AS units_with_budget,
	uy.budget_doc_id AS doc_id, uy.budget_source_line AS source_line,
	(SELECT string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) FROM documents d
		WHERE d.unit_id = uy.unit_id AND d.fiscal_year = uy.fiscal_year) AS doc_kinds
FROM unit_year uy
WHERE uy.unit_id = $unit_id
UNION ALL
SELECT 'district', dy.district_code, dy.fiscal_year,
	dy.initial_budget_wan, dy.adjusted_budget_wan, dy.actual_spend_wan,
	dy.execution_rate, NULL, dy.adjustment_rate, NULL,
	dy.indicators_total, dy.indicators_met, dy.indicators_not_met, dy.indicators_no_actual, dy.attainment_rate,
	dy.flags,
	dy.units, dy.units_with_budget,
	NULL, NULL,
	(SELECT string_agg(DISTINCT d.kind, ',' ORDER BY d.kind) FROM documents d JOIN units u USING (unit_id)
		WHERE u.district_code = dy.district_code AND d.fiscal_year = dy.fiscal_year)
FROM district_year dy
WHERE dy.district_code = $district_code
ORDER BY fiscal_year;
