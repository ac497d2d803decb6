-- What stands out for the chosen units ($units, comma-separated) in the
-- chosen years ($from … $to): rows of the shared outlier view (metrics.sql
-- `outliers`, the one the overview reads), each with its one-sentence reason.
SELECT kind, unit_id, short_name, district_code, fiscal_year, indicator_id, indicator_name,
	value, threshold, reason, reason_en, doc_id, source_line
FROM outliers
WHERE list_contains(string_split($units, ','), unit_id)
	AND fiscal_year BETWEEN least($from, $to) AND greatest($from, $to)
ORDER BY fiscal_year DESC, unit_id, kind, indicator_id NULLS FIRST, source_line
LIMIT 200;
