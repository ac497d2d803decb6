-- Every unit (street offices, towns and sub-units), for prerendering unit pages.
SELECT u.unit_id, u.short_name, u.name, u.district_code, u.kind, u.parent_unit_id, d.name AS district_name
FROM units u LEFT JOIN districts d USING (district_code) ORDER BY u.district_code, u.unit_id;
