-- Quality flags of one unit's documents.
SELECT f.flag_id, d.fiscal_year, f.severity, f.code, f.message, f.doc_id, f.source_line
FROM quality_flags f JOIN documents d USING (doc_id)
WHERE d.unit_id = $unit_id
ORDER BY CASE f.severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END, d.fiscal_year DESC, f.source_line;
