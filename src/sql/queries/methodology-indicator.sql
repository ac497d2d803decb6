-- One indicator of a document, by name (the first one printed), as read by the
-- pipeline: verbatim texts, comparator, value and unit, direction, status,
-- and the codes of the flags raised on it.
SELECT i.indicator_id, i.name, i.target_text, i.target_op, i.target_value, i.target_unit,
	i.actual_text, i.actual_value, i.actual_unit, i.direction, i.attainment, i.status,
	i.doc_id, i.source_line, i.actual_source_line,
	(SELECT list(DISTINCT f.code ORDER BY f.code) FROM quality_flags f WHERE f.row_id = i.indicator_id) AS flag_codes
FROM indicators i
WHERE i.doc_id = $doc_id AND i.name = $name
ORDER BY i.source_line, i.indicator_id
LIMIT 1;
