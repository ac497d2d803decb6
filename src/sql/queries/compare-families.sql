-- Indicators of one unit ($unit_id) or of all units of one district
-- ($district_code), the other NULL, counted per fiscal year and indicator
-- family (indicators without a family under family_id NULL), with the
-- attainment rate of the shared macro.
SELECT i.fiscal_year, i.family AS family_id, f.name_zh AS family_zh, f.name_en AS family_en, f.sort_order,
	count(*) AS indicators,
	count(*) FILTER (WHERE i.status = 'met') AS met,
	count(*) FILTER (WHERE i.status = 'not_met') AS not_met,
	count(*) FILTER (WHERE i.status = 'no_actual') AS no_actual,
	attainment_rate(count(*) FILTER (WHERE i.status = 'met'), count(*) FILTER (WHERE i.status = 'not_met')) AS attainment_rate
FROM indicators i
JOIN units u USING (unit_id)
LEFT JOIN indicator_families f ON f.id = i.family
WHERE i.unit_id = $unit_id OR u.district_code = $district_code
GROUP BY ALL
ORDER BY i.fiscal_year, f.sort_order NULLS LAST;
