-- The indicators of one unit that belong to a family, to set targets and
-- actuals of the same family side by side across units.
SELECT i.indicator_id, i.fiscal_year, i.family AS family_id, i.name, i.target_text, i.actual_text, i.status, i.attainment,
	i.doc_id, coalesce(i.actual_source_line, i.source_line) AS source_line
FROM indicators i
WHERE i.unit_id = $unit_id AND i.family IS NOT NULL
ORDER BY i.fiscal_year, i.family, i.name;
