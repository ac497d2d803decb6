-- Quality flags counted per severity and code, with how many documents (or
-- unpublished files) each code touches: the summary at the top of /quality.
SELECT f.severity, f.code, count(*) AS flags, count(DISTINCT coalesce(f.doc_id, f.source_file)) AS documents
FROM quality_flags f
GROUP BY f.severity, f.code
ORDER BY CASE f.severity WHEN 'error' THEN 1 WHEN 'warning' THEN 2 ELSE 3 END, flags DESC, f.code;
