-- Indicators of one unit: unmet first, then the rest by category.
SELECT i.indicator_id, i.fiscal_year, i.level1, i.level2, i.name, i.target_text, i.actual_text,
	i.status, i.attainment, i.direction, i.task_id, t.name AS task_name, i.doc_id, i.source_line, i.actual_source_line
FROM indicators i LEFT JOIN tasks t USING (task_id)
WHERE i.unit_id = $unit_id
ORDER BY i.fiscal_year DESC,
	CASE i.status WHEN 'not_met' THEN 1 WHEN 'not_comparable' THEN 2 WHEN 'met' THEN 3 ELSE 4 END,
	i.level1 NULLS LAST, i.level2 NULLS LAST, i.source_line;
