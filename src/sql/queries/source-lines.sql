-- The full text of one document ($doc), line by line, with what the pipeline made of each line (and its page, for a PDF).
SELECT line, text, class, reason, page,
	(SELECT count(*) FROM quality_flags f WHERE f.doc_id = l.doc_id AND f.source_line = l.line) AS flags
FROM source_lines l
WHERE doc_id = $doc
ORDER BY line;
