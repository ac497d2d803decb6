-- The units of one year with both budget and spend, and the group rate two
-- ways: from summed money (what the site reports) and as a plain average of
-- the unit rates (what it never reports), to show why they differ.
SELECT unit_id, short_name, fiscal_year, budget_doc_id AS doc_id, budget_source_line AS source_line,
	adjusted_budget_wan, actual_spend_wan, execution_rate,
	sum(adjusted_budget_wan) OVER () AS total_adjusted_budget_wan,
	sum(actual_spend_wan) OVER () AS total_actual_spend_wan,
	execution_rate(sum(actual_spend_wan) OVER (), sum(adjusted_budget_wan) OVER ()) AS summed_execution_rate,
	avg(execution_rate) OVER () AS mean_of_rates
FROM unit_year
WHERE fiscal_year = $fiscal_year AND adjusted_budget_wan IS NOT NULL AND actual_spend_wan IS NOT NULL
ORDER BY execution_rate DESC, short_name;
