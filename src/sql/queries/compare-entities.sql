-- Everything that can be compared: every unit with its district, and every
-- district, whether or not it has documents (`documents` says how many).
SELECT 'unit' AS entity_kind, u.unit_id AS entity_id, u.short_name AS label, u.district_code, d.name AS district_name,
	u.parent_unit_id, (SELECT count(*) FROM documents x WHERE x.unit_id = u.unit_id) AS documents
FROM units u LEFT JOIN districts d USING (district_code)
UNION ALL
SELECT 'district', d.district_code, d.name, d.district_code, d.name, NULL,
	(SELECT count(*) FROM documents x JOIN units y USING (unit_id) WHERE y.district_code = d.district_code)
FROM districts d
ORDER BY district_code, entity_kind DESC, entity_id;
