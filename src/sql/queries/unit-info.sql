-- One unit's registry entry (present even when it has no documents of its own).
SELECT u.*, d.name AS district_name, p.short_name AS parent_short_name,
	(SELECT list(c.unit_id ORDER BY c.unit_id) FROM units c WHERE c.parent_unit_id = u.unit_id) AS child_unit_ids
FROM units u LEFT JOIN districts d USING (district_code) LEFT JOIN units p ON p.unit_id = u.parent_unit_id
WHERE u.unit_id = $unit_id;
