-- Every published document with its unit, year, kind and parse coverage (non-blank lines by class).
SELECT d.doc_id, d.unit_id, u.short_name, u.district_code, di.name AS district_name, d.fiscal_year, d.year_assumed,
	d.kind, d.title, d.source_file, d.sha256,
	d.lines_total, d.lines_fact, d.lines_prose, d.lines_unparsed,
	(SELECT count(*) FROM quality_flags f WHERE f.doc_id = d.doc_id) AS flags
FROM documents d
JOIN units u USING (unit_id)
LEFT JOIN districts di ON di.district_code = u.district_code
ORDER BY d.fiscal_year DESC NULLS LAST, u.district_code, u.short_name, d.doc_id;
