-- Every quality flag with the document, unit and district it belongs to (the
-- /quality page). Flags of files that were never published (unregistered or
-- unreadable) have no doc_id: they come last, named by their file.
-- Order: documents by district, unit and year (newest first); within a
-- document, codes by their worst severity, then by line.
SELECT f.flag_id, f.doc_id, f.source_file, f.source_line, f.severity, f.code, f.message, f.table_name,
	d.fiscal_year, d.kind AS doc_kind, d.title AS doc_title, coalesce(d.year_assumed, false) AS year_assumed,
	d.unit_id, u.short_name, u.name AS unit_name, u.district_code, dist.name AS district_name
FROM quality_flags f
LEFT JOIN documents d USING (doc_id)
LEFT JOIN units u ON u.unit_id = d.unit_id
LEFT JOIN districts dist ON dist.district_code = u.district_code
ORDER BY f.doc_id IS NULL, u.district_code, d.unit_id, d.fiscal_year DESC, f.doc_id, f.source_file,
	min(CASE f.severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END) OVER (PARTITION BY f.doc_id, f.source_file, f.code),
	f.code, f.source_line NULLS FIRST, f.flag_id;
