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
-- `total` row (never `project`: a project self-evaluation's funds are one
-- project's, shown under it, not the unit's own total) of the unit's most complete document that year (a
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

-- Low execution, with the statistics behind it: below 90 %, or below the
-- lower Tukey fence of that year (median − 1.5 IQR of the execution rates of
-- all units with one, when at least 4 have one). `threshold` is the highest
-- bar that applies, so `execution_rate < threshold` is the rule. `reason` says
-- why in Chinese, `reason_en` in English. The view `outliers` below carries
-- these rows as kind 'low_execution'.
CREATE OR REPLACE VIEW execution_outliers AS
WITH stats AS (
	SELECT fiscal_year,
		quantile_cont(execution_rate, 0.5) AS median,
		quantile_cont(execution_rate, 0.75) - quantile_cont(execution_rate, 0.25) AS iqr,
		count(execution_rate) AS n
	FROM unit_year WHERE execution_rate IS NOT NULL GROUP BY fiscal_year
),
judged AS (
	SELECT uy.unit_id, uy.fiscal_year, uy.short_name, uy.district_code, uy.execution_rate,
		s.median, s.iqr, s.median - 1.5 * s.iqr AS lower_fence,
		uy.execution_rate < 0.9 AS below_90,
		(s.n >= 4 AND uy.execution_rate < s.median - 1.5 * s.iqr) AS below_fence,
		CASE WHEN s.n >= 4 THEN greatest(0.9, s.median - 1.5 * s.iqr) ELSE 0.9 END AS threshold
	FROM unit_year uy JOIN stats s USING (fiscal_year)
	WHERE uy.execution_rate IS NOT NULL
)
SELECT unit_id, fiscal_year, short_name, district_code, execution_rate, median, iqr, lower_fence, below_90, below_fence, threshold,
	CASE
		WHEN below_fence AND below_90
			THEN printf('执行率 %.2f%%，低于 90%%，也低于当年各单位中位数 %.2f%% 减 1.5 倍四分位距（下限 %.2f%%）', execution_rate * 100, median * 100, lower_fence * 100)
		WHEN below_fence
			THEN printf('执行率 %.2f%%，低于当年各单位中位数 %.2f%% 减 1.5 倍四分位距（下限 %.2f%%）', execution_rate * 100, median * 100, lower_fence * 100)
		ELSE printf('执行率 %.2f%%，低于 90%%', execution_rate * 100)
	END AS reason,
	CASE
		WHEN below_fence AND below_90
			THEN printf('execution rate %.2f%%, below 90%% and below the year’s median %.2f%% minus 1.5 IQR (fence %.2f%%)', execution_rate * 100, median * 100, lower_fence * 100)
		WHEN below_fence
			THEN printf('execution rate %.2f%%, below the year’s median %.2f%% minus 1.5 IQR (fence %.2f%%)', execution_rate * 100, median * 100, lower_fence * 100)
		ELSE printf('execution rate %.2f%%, below 90%%', execution_rate * 100)
	END AS reason_en
FROM judged
WHERE below_90 OR below_fence;

-- Money in a sentence: 12198.33, 10000 — not 12198.3300 or 10000.0.
CREATE OR REPLACE MACRO wan_text(x) AS regexp_replace(printf('%.4f', x), '\.?0+$', '');

-- Everything that stands out, one row per finding, each with one sentence
-- saying why (its numbers included) and the line to cite: `reason` in
-- Chinese and `reason_en` in English, the same numbers formatted twice (each
-- branch computes them once, in a subquery). `value` is the measured number
-- and `threshold` what it is held against:
--   low_execution     execution rate (scope total) < 90 % or the year's lower fence (see execution_outliers)
--   large_adjustment  |adjustment rate| > 30 % (threshold 0.3; the rate keeps its sign)
--   over_achievement  attainment > 1.2 on a met higher-is-better indicator: the target may be set too low
--   figure_mismatch   a printed rate that disagrees with the one computed from the printed money
--                     (the pipeline's rate_mismatch flags): value = printed, threshold = computed
-- Unit-level kinds: one row per unit and year; indicator_id is set only for
-- over_achievement; figure_mismatch has one row per disagreeing printed rate.
CREATE OR REPLACE VIEW outliers AS
SELECT 'low_execution' AS kind, o.unit_id, o.short_name, o.district_code, o.fiscal_year,
	CAST(NULL AS VARCHAR) AS indicator_id, CAST(NULL AS VARCHAR) AS indicator_name,
	o.execution_rate AS value, o.threshold, o.reason, o.reason_en,
	uy.budget_doc_id AS doc_id, uy.budget_source_line AS source_line
FROM execution_outliers o JOIN unit_year uy USING (unit_id, fiscal_year)
UNION ALL
SELECT 'large_adjustment', unit_id, short_name, district_code, fiscal_year, NULL, NULL,
	adjustment_rate, 0.3,
	printf('预算调整率 %+.2f%%，超过 ±30%%（年初预算 %s 万元，全年预算 %s 万元）', pct, initial_text, adjusted_text),
	printf('budget adjustment rate %+.2f%%, beyond ±30%% (initial budget %s × CNY 10k, full-year budget %s × CNY 10k)', pct, initial_text, adjusted_text),
	budget_doc_id, budget_source_line
FROM (
	SELECT *, adjustment_rate * 100 AS pct, wan_text(initial_budget_wan) AS initial_text, wan_text(adjusted_budget_wan) AS adjusted_text
	FROM unit_year
	WHERE abs(adjustment_rate) > 0.3
)
UNION ALL
SELECT 'over_achievement', unit_id, short_name, district_code, fiscal_year, indicator_id, name,
	attainment, 1.2,
	printf('指标“%s”完成值为目标的 %s（目标 %s，完成 %s），目标可能偏低', name, pct_text, target, actual),
	printf('indicator “%s” reached %s of its target (target %s, actual %s): the target may be set too low', name, pct_text, target, actual),
	doc_id, source_line
FROM (
	SELECT i.unit_id, u.short_name, u.district_code, i.fiscal_year, i.indicator_id, i.name, i.attainment, i.doc_id,
		coalesce(i.actual_source_line, i.source_line) AS source_line,
		-- one decimal where a whole percent would read as "120%", i.e. not above the bar
		CASE WHEN i.attainment * 100 < 120.5 THEN printf('%.1f%%', i.attainment * 100) ELSE printf('%.0f%%', i.attainment * 100) END AS pct_text,
		coalesce(i.target_text, '—') AS target, coalesce(i.actual_text, '—') AS actual
	FROM indicators i JOIN units u USING (unit_id)
	WHERE i.status = 'met' AND i.direction = 'higher_better' AND i.attainment > 1.2
)
UNION ALL
SELECT 'figure_mismatch', m.unit_id, u.short_name, u.district_code, m.fiscal_year, NULL, NULL,
	m.printed, m.computed,
	printf('%s原文%s %.2f%%，按原文金额计算为 %.2f%%（%s）',
		CASE m.scope WHEN 'total' THEN '' WHEN 'fiscal_appropriation' THEN '财政拨款：' WHEN 'other_funds' THEN '其他资金：'
			WHEN 'general_public_budget' THEN '一般公共预算：' WHEN 'government_fund' THEN '政府性基金：' WHEN 'project' THEN '项目资金：' ELSE m.scope || '：' END,
		CASE WHEN m.is_adjustment THEN '预算调整率' ELSE '执行率' END,
		m.printed * 100, m.computed * 100,
		CASE WHEN m.is_adjustment
			THEN printf('全年预算 %s 万元，年初预算 %s 万元', m.adjusted_text, m.initial_text)
			ELSE printf('实际支出 %s 万元 ÷ 全年预算 %s 万元', m.actual_text, m.adjusted_text) END),
	printf('%sprinted %s %.2f%%, but the printed amounts give %.2f%% (%s)',
		CASE m.scope WHEN 'total' THEN '' WHEN 'fiscal_appropriation' THEN 'fiscal appropriation: ' WHEN 'other_funds' THEN 'other funds: '
			WHEN 'general_public_budget' THEN 'general public budget: ' WHEN 'government_fund' THEN 'government funds: ' WHEN 'project' THEN 'project funds: ' ELSE m.scope || ': ' END,
		CASE WHEN m.is_adjustment THEN 'budget adjustment rate' ELSE 'execution rate' END,
		m.printed * 100, m.computed * 100,
		CASE WHEN m.is_adjustment
			THEN printf('full-year budget %s × CNY 10k, initial budget %s × CNY 10k', m.adjusted_text, m.initial_text)
			ELSE printf('actual spending %s × CNY 10k ÷ full-year budget %s × CNY 10k', m.actual_text, m.adjusted_text) END),
	m.doc_id, m.source_line
FROM (
	SELECT b.unit_id, b.fiscal_year, b.scope, f.doc_id, f.source_line, f.is_adjustment,
		CASE WHEN f.is_adjustment THEN b.reported_adjustment_rate ELSE b.reported_execution_rate END AS printed,
		CASE WHEN f.is_adjustment THEN adjustment_rate(b.adjusted_budget_wan, b.initial_budget_wan)
			ELSE execution_rate(b.actual_spend_wan, b.adjusted_budget_wan) END AS computed,
		wan_text(b.actual_spend_wan) AS actual_text, wan_text(b.adjusted_budget_wan) AS adjusted_text, wan_text(b.initial_budget_wan) AS initial_text
	FROM (
		-- rate_mismatch flags of validate/rate-checks.ts: the message says which printed rate disagrees
		SELECT doc_id, source_line, row_id, message LIKE '%printed adjustment rate%' AS is_adjustment
		FROM quality_flags WHERE code = 'rate_mismatch' AND table_name = 'budgets'
	) f
	JOIN budgets b ON b.budget_id = f.row_id
) m
JOIN units u USING (unit_id)
WHERE m.printed IS NOT NULL AND m.computed IS NOT NULL;

-- Search over indicator names (the explorer, /indicators). Chinese has no
-- spaces between words, so a name matches a query when it contains the query
-- as a substring, or when at least half of the query's overlapping character
-- pairs (bigrams) occur in it: 满意度 = {满意, 意度} finds 群众满意度 (both)
-- and 服务对象满意率 (满意 only). `score` is the share of the query's bigrams
-- found (1 for a substring): the explorer ranks by it. Case and whitespace
-- are ignored. A one-character query matches as a substring only.
CREATE OR REPLACE MACRO search_norm(s) AS lower(regexp_replace(coalesce(s, ''), '\s+', '', 'g'));

-- The distinct overlapping character pairs of a normalized text; a single character is its own "pair".
CREATE OR REPLACE MACRO text_bigrams(s) AS
	CASE WHEN length(s) < 2 THEN [s]
	     ELSE list_distinct(list_transform(range(1, length(s)), k -> substr(s, k, 2))) END;

-- One row per distinct indicator name with its normalized text and bigrams,
-- computed once (materialize.sql): a search then scans the few thousand
-- distinct names, not every indicator row.
-- `name_no` numbers the names in text order (the explorer sorts by it).
CREATE OR REPLACE VIEW indicator_names AS
SELECT row_number() OVER (ORDER BY name) AS name_no, name, norm, grams, indicators
FROM (
	SELECT name, search_norm(name) AS norm, text_bigrams(search_norm(name)) AS grams, count(*) AS indicators
	FROM indicators
	WHERE name IS NOT NULL
	GROUP BY name
);

-- The names matching `q` with their score (see above). Empty for an empty query.
CREATE OR REPLACE MACRO indicator_search(q) AS TABLE
WITH query AS (
	SELECT search_norm(q) AS text, text_bigrams(search_norm(q)) AS grams
),
scored AS (
	SELECT n.name_no, n.name,
		contains(n.norm, query.text) AS substring_hit,
		len(list_intersect(n.grams, query.grams)) / len(query.grams) AS share,
		length(query.text) AS query_length
	FROM indicator_names n, query
	WHERE query.text <> ''
)
SELECT name_no, name, CASE WHEN substring_hit THEN 1.0 ELSE share END AS score
FROM scored
WHERE substring_hit OR (query_length >= 3 AND share >= 0.5);

-- "All years" on the overview: each unit once, at its latest figure. A
-- unit's execution comes from its latest year with an execution rate, its
-- indicator attainment from its latest year with assessed indicators (a
-- later target declaration does not hide last year's self-evaluation).
-- Queries pick rows with `fiscal_year = coalesce($year, execution_year)`.
CREATE OR REPLACE VIEW unit_latest AS
SELECT unit_id,
	max(fiscal_year) AS latest_year,
	max(fiscal_year) FILTER (WHERE execution_rate IS NOT NULL) AS execution_year,
	max(fiscal_year) FILTER (WHERE indicators_met + indicators_not_met > 0) AS attainment_year
FROM unit_year
GROUP BY unit_id;

-- Coverage (the coverage page, the district map) is counted over township
-- units: 街道 and 镇, the units without a parent. A sub-unit's document
-- (综合事务中心) counts for its street office.
CREATE OR REPLACE VIEW township_documents AS
SELECT coalesce(u.parent_unit_id, u.unit_id) AS township_id, d.doc_id, d.unit_id, d.fiscal_year, d.kind
FROM documents d JOIN units u USING (unit_id);

-- 覆盖率 = township units with at least one document ÷ township units.
CREATE OR REPLACE MACRO coverage_rate(with_documents, units) AS
	CASE WHEN coalesce(units, 0) = 0 THEN NULL ELSE CAST(coalesce(with_documents, 0) AS DOUBLE) / CAST(units AS DOUBLE) END;
