-- The indicator explorer's index (/indicators), built once per engine by the
-- explorer's loader (src/lib/data/explorer.ts) after metrics.sql and
-- materialize.sql — not by materialize.sql, so the other pages do not pay for
-- it. At 1M indicator rows every filter change re-counts and re-sorts all
-- rows: on the published table that means hashing and comparing text (≈ 50 ms
-- a GROUP BY in one thread), on this narrow copy the low-cardinality columns
-- are ENUMs (small integers that still read as their text) and the name is
-- its number in indicator_names, so counts, filters and top-N sorts stay at a
-- few milliseconds. `rid` is the row's rowid in `indicators`: the page's rows
-- are fetched from there by it, a page at a time. Both engines load the Parquet
-- file in order, so rowid order is the file's order (unit, year, document, line).
-- Safe to run again (a retried load): it drops what it creates first.
DROP TABLE IF EXISTS cache.explorer_index;
DROP TABLE IF EXISTS cache.explorer_name_counts;
DROP TABLE IF EXISTS cache.explorer_name_first;
DROP TYPE IF EXISTS explorer_status;
DROP TYPE IF EXISTS explorer_level;
DROP TYPE IF EXISTS explorer_family;
DROP TYPE IF EXISTS explorer_unit;
DROP TYPE IF EXISTS explorer_district;
DROP TYPE IF EXISTS explorer_kind;

CREATE TYPE explorer_status AS ENUM (SELECT DISTINCT status FROM indicators WHERE status IS NOT NULL ORDER BY 1);
-- 一级 and 二级 share one type; '未分类' stands for a missing category (as in unit_category_year)
CREATE TYPE explorer_level AS ENUM (
	SELECT DISTINCT coalesce(level1, '未分类') FROM indicators UNION SELECT DISTINCT coalesce(level2, '未分类') FROM indicators ORDER BY 1
);
CREATE TYPE explorer_family AS ENUM (SELECT id FROM indicator_families UNION SELECT DISTINCT family FROM indicators WHERE family IS NOT NULL ORDER BY 1);
CREATE TYPE explorer_unit AS ENUM (SELECT unit_id FROM units UNION SELECT DISTINCT unit_id FROM indicators ORDER BY 1);
CREATE TYPE explorer_district AS ENUM (SELECT district_code FROM districts UNION SELECT DISTINCT district_code FROM units WHERE district_code IS NOT NULL ORDER BY 1);
CREATE TYPE explorer_kind AS ENUM (SELECT DISTINCT kind FROM documents WHERE kind IS NOT NULL ORDER BY 1);

CREATE TABLE cache.explorer_index AS
SELECT
	i.rowid AS rid,
	n.name_no,
	CAST(i.unit_id AS explorer_unit) AS unit_id,
	CAST(u.district_code AS explorer_district) AS district_code,
	CAST(d.kind AS explorer_kind) AS kind,
	CAST(i.fiscal_year AS SMALLINT) AS fiscal_year,
	CAST(coalesce(i.level1, '未分类') AS explorer_level) AS level1,
	CAST(coalesce(i.level2, '未分类') AS explorer_level) AS level2,
	CAST(i.status AS explorer_status) AS status,
	CAST(i.family AS explorer_family) AS family,
	i.attainment,
	-- the histogram's bin: [k/10, (k+1)/10), the last one 150 % and above (least() skips NULLs: test first)
	CASE WHEN i.attainment IS NOT NULL THEN CAST(least(floor(i.attainment * 10), 15) AS TINYINT) END AS attainment_bin
FROM indicators i
LEFT JOIN units u ON u.unit_id = i.unit_id
LEFT JOIN documents d ON d.doc_id = i.doc_id
LEFT JOIN indicator_names n ON n.name = i.name
-- in rid order: zone maps on rid let a page's rows be fetched from their row groups only
ORDER BY rid;

-- A search is the explorer's most frequent question, and the family and the
-- category of an indicator follow from its name or are few: counts per name
-- and these columns answer a search's counts (with category, status and
-- family filters) without reading the 1M-row index …
CREATE TABLE cache.explorer_name_counts AS
SELECT name_no, family, level1, level2, status, attainment_bin, count(*) AS n
FROM cache.explorer_index
GROUP BY ALL;

-- … and each name's first 200 rows (by rid) hold a search's first page in
-- relevance or document order: a row among the first 200 of the result
-- cannot have 200 rows of the same name (same score) before it. 200 is two
-- pages of src/lib/data/explorer.ts (PAGE_SIZE).
CREATE TABLE cache.explorer_name_first AS
SELECT name_no, family, rid
FROM (SELECT name_no, family, rid, row_number() OVER (PARTITION BY name_no ORDER BY rid) AS k FROM cache.explorer_index)
WHERE k <= 200
ORDER BY rid;

-- The explorer's rows for its filters (NULL = all): index columns plus
-- `match_score`, the name search's score (NULL without a query).
CREATE OR REPLACE MACRO explorer_filter(p_q, p_level1, p_level2, p_status, p_district, p_unit, p_year, p_kind, p_family) AS TABLE
SELECT x.*, s.score AS match_score
FROM cache.explorer_index x
LEFT JOIN indicator_search(p_q) s ON s.name_no = x.name_no
WHERE (search_norm(p_q) = '' OR s.name_no IS NOT NULL)
	AND (p_level1 IS NULL OR x.level1 = p_level1)
	AND (p_level2 IS NULL OR x.level2 = p_level2)
	AND (p_status IS NULL OR x.status = p_status)
	AND (p_district IS NULL OR x.district_code = p_district)
	AND (p_unit IS NULL OR x.unit_id = p_unit)
	AND (p_year IS NULL OR x.fiscal_year = p_year)
	AND (p_kind IS NULL OR x.kind = p_kind)
	AND (p_family IS NULL OR x.family = p_family);

-- When explorer-rows.sql can take a search's first page from each name's
-- first rows, and when explorer-summary.sql can add up per-name counts.
-- Macros of the bound parameters: constant once expanded, so the branch not
-- taken is folded away before it reads anything.
CREATE OR REPLACE MACRO explorer_rows_by_name(p_level1, p_level2, p_status, p_district, p_unit, p_year, p_kind, p_sort, p_dir, p_offset, p_limit) AS
	p_level1 IS NULL AND p_level2 IS NULL AND p_status IS NULL AND p_district IS NULL AND p_unit IS NULL
	AND p_year IS NULL AND p_kind IS NULL AND p_sort IN ('relevance', 'default') AND p_dir = 'asc' AND p_offset + p_limit <= 200;

CREATE OR REPLACE MACRO explorer_counts_by_name(p_district, p_unit, p_year, p_kind) AS
	p_district IS NULL AND p_unit IS NULL AND p_year IS NULL AND p_kind IS NULL;
