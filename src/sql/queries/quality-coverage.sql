-- How many published documents there are, and how many of them carry a flag.
SELECT count(*) AS documents,
	count(*) FILTER (WHERE doc_id IN (SELECT doc_id FROM quality_flags)) AS documents_flagged
FROM documents;
