-- Everything the site currently marks as standing out (the `outliers` view of
-- metrics.sql), per kind, with its sentence and the line to cite.
SELECT kind, unit_id, short_name, fiscal_year, indicator_name, value, threshold, reason, reason_en, doc_id, source_line
FROM outliers
ORDER BY CASE kind WHEN 'low_execution' THEN 1 WHEN 'large_adjustment' THEN 2 WHEN 'figure_mismatch' THEN 3 ELSE 4 END,
	fiscal_year DESC, short_name, source_line;
