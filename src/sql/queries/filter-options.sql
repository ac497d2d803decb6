-- Years and districts that have data, for the filters (default year: the latest).
SELECT 'year' AS filter, CAST(fiscal_year AS VARCHAR) AS value, CAST(fiscal_year AS VARCHAR) AS label
FROM (SELECT DISTINCT fiscal_year FROM unit_year WHERE fiscal_year IS NOT NULL)
UNION ALL
SELECT 'district', d.district_code, d.name
FROM districts d WHERE d.district_code IN (SELECT district_code FROM unit_year)
ORDER BY filter, value;
