-- Every unit (township units and their sub-units) with its documents: its own count and years,
-- and whether its township (itself, or its parent for a sub-unit) has any document at all.
-- Sub-units follow their street office.
SELECT u.unit_id, u.short_name, u.name, u.kind, u.parent_unit_id, u.district_code, d.name AS district_name,
	coalesce(o.documents, 0) AS documents, o.first_year, o.last_year,
	coalesce(t.documents, 0) > 0 AS township_has_documents
FROM units u
LEFT JOIN districts d USING (district_code)
LEFT JOIN (SELECT unit_id, count(*) AS documents, min(fiscal_year) AS first_year, max(fiscal_year) AS last_year FROM documents GROUP BY unit_id) o USING (unit_id)
LEFT JOIN (SELECT township_id, count(*) AS documents FROM township_documents GROUP BY township_id) t
	ON t.township_id = coalesce(u.parent_unit_id, u.unit_id)
ORDER BY u.district_code, coalesce(u.parent_unit_id, u.unit_id), u.parent_unit_id IS NOT NULL, u.unit_id;
