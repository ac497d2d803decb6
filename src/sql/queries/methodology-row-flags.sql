-- The quality flags of one code raised on one row (a budget, an indicator).
SELECT flag_id, severity, code, message, doc_id, source_line
FROM quality_flags
WHERE row_id = $row_id AND code = $code
ORDER BY flag_id;
