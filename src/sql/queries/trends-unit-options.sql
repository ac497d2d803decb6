-- The units the trends page can compare: every unit with a document, its
-- district, how many fiscal years it has, and its largest full-year budget
-- (the page preselects the largest). Largest budget first.
SELECT uy.unit_id, any_value(uy.short_name) AS short_name, any_value(uy.district_code) AS district_code,
	any_value(d.name) AS district_name,
	count(*) AS years,
	max(uy.adjusted_budget_wan) AS max_budget_wan
FROM unit_year uy
LEFT JOIN districts d USING (district_code)
GROUP BY uy.unit_id
ORDER BY max_budget_wan DESC NULLS LAST, uy.unit_id;
