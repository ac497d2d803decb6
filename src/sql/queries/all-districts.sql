SELECT DISTINCT d.district_code, d.name FROM districts d JOIN units u USING (district_code) JOIN documents doc USING (unit_id) ORDER BY d.district_code;
