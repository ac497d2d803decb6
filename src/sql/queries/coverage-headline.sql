-- The coverage page's headline: how many township units (街道, 镇) of how many have a
-- published document (their own or a sub-unit's), how many documents, which years.
SELECT
	(SELECT count(*) FROM units WHERE parent_unit_id IS NULL) AS units_total,
	(SELECT count(DISTINCT township_id) FROM township_documents) AS units_with_documents,
	coverage_rate((SELECT count(DISTINCT township_id) FROM township_documents), (SELECT count(*) FROM units WHERE parent_unit_id IS NULL)) AS coverage_rate,
	(SELECT count(*) FROM documents) AS documents,
	(SELECT count(*) FROM districts) AS districts,
	(SELECT count(DISTINCT u.district_code) FROM township_documents td JOIN units u ON u.unit_id = td.township_id) AS districts_with_documents,
	(SELECT min(fiscal_year) FROM documents) AS first_year,
	(SELECT max(fiscal_year) FROM documents) AS last_year;
