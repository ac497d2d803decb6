-- Coverage per district, every district listed: township units, those with a document,
-- the share (coverage_rate), the documents and the years they are about.
SELECT d.district_code, d.name AS district_name,
	coalesce(t.units_total, 0) AS units_total,
	coalesce(c.units_with_documents, 0) AS units_with_documents,
	coverage_rate(c.units_with_documents, t.units_total) AS coverage_rate,
	coalesce(c.documents, 0) AS documents,
	c.first_year, c.last_year
FROM districts d
LEFT JOIN (SELECT district_code, count(*) AS units_total FROM units WHERE parent_unit_id IS NULL GROUP BY district_code) t USING (district_code)
LEFT JOIN (
	SELECT u.district_code, count(DISTINCT td.township_id) AS units_with_documents, count(DISTINCT td.doc_id) AS documents,
		min(td.fiscal_year) AS first_year, max(td.fiscal_year) AS last_year
	FROM township_documents td JOIN units u ON u.unit_id = td.township_id
	GROUP BY u.district_code
) c USING (district_code)
ORDER BY d.district_code;
