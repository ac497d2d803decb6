-- One unit: names, district, parent, and its years with the headline measures.
SELECT uy.*, d.name AS district_name, p.short_name AS parent_short_name
FROM unit_year uy
JOIN districts d USING (district_code)
LEFT JOIN units p ON p.unit_id = uy.parent_unit_id
WHERE uy.unit_id = $unit_id
ORDER BY uy.fiscal_year;
