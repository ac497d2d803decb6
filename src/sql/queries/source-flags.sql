-- Quality flags of one document ($doc), to show beside their lines.
SELECT source_line, severity, code, message
FROM quality_flags
WHERE doc_id = $doc AND source_line IS NOT NULL
ORDER BY source_line, severity, code;
