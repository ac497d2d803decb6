-- Years and districts that have data, for the filters, and the default year: the one with
-- the most units reporting an execution rate (the latest of those tied; the latest year
-- when no unit reports one).
SELECT 'year' AS filter, CAST(fiscal_year AS VARCHAR) AS value, CAST(fiscal_year AS VARCHAR) AS label
FROM (SELECT DISTINCT fiscal_year FROM unit_year WHERE fiscal_year IS NOT NULL)
UNION ALL
SELECT 'district', d.district_code, d.name
FROM districts d WHERE d.district_code IN (SELECT district_code FROM unit_year)
UNION ALL
SELECT 'default_year', CAST(fiscal_year AS VARCHAR), CAST(fiscal_year AS VARCHAR)
FROM (
	SELECT fiscal_year FROM unit_year WHERE fiscal_year IS NOT NULL
	GROUP BY fiscal_year ORDER BY count(execution_rate) DESC, fiscal_year DESC LIMIT 1
)
ORDER BY filter, value;
