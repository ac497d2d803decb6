-- Metric definitions and the views built on them: the one place where each
-- rate is defined. Run by the pipeline (DuckDB in Node) once the tables exist
-- and by the browser (DuckDB-WASM) after it loads them. See /methodology.

-- 预算执行率 = 实际支出数 ÷ 全年预算数 (财预〔2013〕53号). NULL when either is missing or the budget is 0.
CREATE OR REPLACE MACRO execution_rate(actual, budget) AS
	CASE WHEN actual IS NULL OR budget IS NULL OR budget = 0 THEN NULL
	     ELSE CAST(actual AS DOUBLE) / CAST(budget AS DOUBLE) END;

-- 预算调整率 = (全年预算数 − 年初预算数) ÷ 年初预算数. Can be negative.
CREATE OR REPLACE MACRO adjustment_rate(adjusted, initial) AS
	CASE WHEN adjusted IS NULL OR initial IS NULL OR initial = 0 THEN NULL
	     ELSE (CAST(adjusted AS DOUBLE) - CAST(initial AS DOUBLE)) / CAST(initial AS DOUBLE) END;

-- 指标达成率 = met ÷ (met + not_met). Indicators without an actual (no_actual),
-- without a target (no_target) or not comparable are excluded, and counted apart.
CREATE OR REPLACE MACRO attainment_rate(met, not_met) AS
	CASE WHEN coalesce(met, 0) + coalesce(not_met, 0) = 0 THEN NULL
	     ELSE CAST(met AS DOUBLE) / CAST(met + not_met AS DOUBLE) END;

-- Views over the published tables, shared by the Node tests, the prerender
-- and the browser.

-- One row per unit and fiscal year. Budget figures come from the scope
-- `total` row of the unit's most complete document that year (a
-- self-evaluation form before a report), never summed across documents.
CREATE OR REPLACE VIEW unit_year AS
WITH keys AS (
	SELECT DISTINCT unit_id, fiscal_year FROM documents
),
ranked_budget AS (
	SELECT b.*, row_number() OVER (
		PARTITION BY b.unit_id, b.fiscal_year
		ORDER BY CASE d.kind WHEN 'self_evaluation_form' THEN 1 WHEN 'self_evaluation_report' THEN 2 ELSE 3 END, b.doc_id
	) AS rank
	FROM budgets b JOIN documents d USING (doc_id)
	WHERE b.scope = 'total'
),
budget AS (SELECT * FROM ranked_budget WHERE rank = 1),
ind AS (
	SELECT unit_id, fiscal_year,
		count(*) AS indicators_total,
		count(*) FILTER (WHERE status = 'met') AS indicators_met,
		count(*) FILTER (WHERE status = 'not_met') AS indicators_not_met,
		count(*) FILTER (WHERE status = 'no_actual') AS indicators_no_actual,
		count(*) FILTER (WHERE status = 'no_target') AS indicators_no_target,
		count(*) FILTER (WHERE status = 'not_comparable') AS indicators_not_comparable
	FROM indicators GROUP BY unit_id, fiscal_year
),
flags AS (
	SELECT d.unit_id, d.fiscal_year,
		count(*) FILTER (WHERE f.severity = 'error') AS flags_error,
		count(*) FILTER (WHERE f.severity = 'warning') AS flags_warning,
		count(*) FILTER (WHERE f.severity = 'info') AS flags_info
	FROM quality_flags f JOIN documents d USING (doc_id) GROUP BY d.unit_id, d.fiscal_year
)
SELECT
	k.unit_id, k.fiscal_year,
	u.short_name, u.name, u.district_code, u.kind AS unit_kind, u.parent_unit_id,
	b.doc_id AS budget_doc_id, b.source_line AS budget_source_line,
	b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan,
	execution_rate(b.actual_spend_wan, b.adjusted_budget_wan) AS execution_rate,
	b.reported_execution_rate,
	adjustment_rate(b.adjusted_budget_wan, b.initial_budget_wan) AS adjustment_rate,
	b.reported_adjustment_rate,
	coalesce(i.indicators_total, 0) AS indicators_total,
	coalesce(i.indicators_met, 0) AS indicators_met,
	coalesce(i.indicators_not_met, 0) AS indicators_not_met,
	coalesce(i.indicators_no_actual, 0) AS indicators_no_actual,
	coalesce(i.indicators_no_target, 0) AS indicators_no_target,
	coalesce(i.indicators_not_comparable, 0) AS indicators_not_comparable,
	attainment_rate(i.indicators_met, i.indicators_not_met) AS attainment_rate,
	coalesce(f.flags_error, 0) AS flags_error,
	coalesce(f.flags_warning, 0) AS flags_warning,
	coalesce(f.flags_info, 0) AS flags_info
FROM keys k
JOIN units u USING (unit_id)
LEFT JOIN budget b USING (unit_id, fiscal_year)
LEFT JOIN ind i USING (unit_id, fiscal_year)
LEFT JOIN flags f USING (unit_id, fiscal_year);

-- Indicator counts per unit, year and 一级/二级 category (the attainment heatmap).
CREATE OR REPLACE VIEW unit_category_year AS
SELECT unit_id, fiscal_year,
	coalesce(level1, '未分类') AS level1, coalesce(level2, '未分类') AS level2,
	count(*) AS indicators,
	count(*) FILTER (WHERE status = 'met') AS met,
	count(*) FILTER (WHERE status = 'not_met') AS not_met,
	attainment_rate(count(*) FILTER (WHERE status = 'met'), count(*) FILTER (WHERE status = 'not_met')) AS attainment_rate
FROM indicators
GROUP BY ALL;

-- Every unmet indicator with its unit and district (the overview's "what
-- stands out", and a starting point for analysts).
CREATE OR REPLACE VIEW unmet_indicators AS
SELECT i.indicator_id, i.unit_id, u.short_name, u.district_code, i.fiscal_year, i.doc_id,
	i.level1, i.level2, i.name, i.target_text, i.actual_text, i.attainment,
	coalesce(i.actual_source_line, i.source_line) AS source_line
FROM indicators i JOIN units u USING (unit_id)
WHERE i.status = 'not_met';

-- The same per district. Rates from summed money (Σ actual ÷ Σ budget over
-- the units that report both), never an average of unit rates.
CREATE OR REPLACE VIEW district_year AS
SELECT
	uy.district_code, d.name AS district_name, uy.fiscal_year,
	count(*) AS units,
	count(uy.adjusted_budget_wan) AS units_with_budget,
	sum(uy.initial_budget_wan) FILTER (WHERE uy.initial_budget_wan IS NOT NULL AND uy.adjusted_budget_wan IS NOT NULL) AS initial_budget_wan,
	sum(uy.adjusted_budget_wan) FILTER (WHERE uy.actual_spend_wan IS NOT NULL) AS adjusted_budget_wan,
	sum(uy.actual_spend_wan) FILTER (WHERE uy.adjusted_budget_wan IS NOT NULL) AS actual_spend_wan,
	execution_rate(
		sum(uy.actual_spend_wan) FILTER (WHERE uy.adjusted_budget_wan IS NOT NULL),
		sum(uy.adjusted_budget_wan) FILTER (WHERE uy.actual_spend_wan IS NOT NULL)
	) AS execution_rate,
	adjustment_rate(
		sum(uy.adjusted_budget_wan) FILTER (WHERE uy.initial_budget_wan IS NOT NULL),
		sum(uy.initial_budget_wan) FILTER (WHERE uy.adjusted_budget_wan IS NOT NULL)
	) AS adjustment_rate,
	sum(uy.indicators_total) AS indicators_total,
	sum(uy.indicators_met) AS indicators_met,
	sum(uy.indicators_not_met) AS indicators_not_met,
	sum(uy.indicators_no_actual) AS indicators_no_actual,
	attainment_rate(sum(uy.indicators_met), sum(uy.indicators_not_met)) AS attainment_rate,
	sum(uy.flags_error + uy.flags_warning) AS flags
FROM unit_year uy
JOIN districts d USING (district_code)
GROUP BY uy.district_code, d.name, uy.fiscal_year;

-- Low execution outliers, one sentence each: below 90 %, or more than
-- 1.5 IQR below the median of all units of that year (Tukey's lower fence).
CREATE OR REPLACE VIEW execution_outliers AS
WITH stats AS (
	SELECT fiscal_year,
		quantile_cont(execution_rate, 0.5) AS median,
		quantile_cont(execution_rate, 0.75) - quantile_cont(execution_rate, 0.25) AS iqr,
		count(execution_rate) AS n
	FROM unit_year WHERE execution_rate IS NOT NULL GROUP BY fiscal_year
)
SELECT uy.unit_id, uy.fiscal_year, uy.short_name, uy.district_code, uy.execution_rate,
	s.median, s.iqr, s.median - 1.5 * s.iqr AS lower_fence,
	uy.execution_rate < 0.9 AS below_90,
	(s.n >= 4 AND uy.execution_rate < s.median - 1.5 * s.iqr) AS below_fence,
	CASE
		WHEN s.n >= 4 AND uy.execution_rate < s.median - 1.5 * s.iqr
			THEN printf('执行率 %.2f%%，低于当年各单位中位数 %.2f%% 减 1.5 倍四分位距（下限 %.2f%%）', uy.execution_rate * 100, s.median * 100, (s.median - 1.5 * s.iqr) * 100)
		ELSE printf('执行率 %.2f%%，低于 90%%', uy.execution_rate * 100)
	END AS reason
FROM unit_year uy JOIN stats s USING (fiscal_year)
WHERE uy.execution_rate IS NOT NULL
	AND (uy.execution_rate < 0.9 OR (s.n >= 4 AND uy.execution_rate < s.median - 1.5 * s.iqr));
