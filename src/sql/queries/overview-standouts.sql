-- "What stands out": the unit-level findings of the shared outlier view (low execution, large
-- adjustments, printed figures that disagree with computed ones), the indicators furthest from
-- target, then targets that look set too low. One sentence each, with the unit to link to and
-- the source line. The page calls a figure mismatch 'rate_mismatch'. `sentence` is Chinese,
-- `sentence_en` the same sentence in English (the outlier view's reason_en). All years ($year
-- NULL): each unit's latest figures (unit_latest), as everywhere on the overview.
SELECT * FROM (
	SELECT CASE kind WHEN 'figure_mismatch' THEN 'rate_mismatch' ELSE kind END AS kind,
		unit_id, fiscal_year, short_name, reason AS sentence, reason_en AS sentence_en, doc_id, source_line,
		-- lowest execution first; the largest adjustments and gaps first
		CASE kind WHEN 'low_execution' THEN value ELSE -abs(value - CASE kind WHEN 'figure_mismatch' THEN threshold ELSE 0 END) END AS sort_key
	FROM outliers
	WHERE kind IN ('low_execution', 'large_adjustment', 'figure_mismatch')
		AND fiscal_year = coalesce($year, (SELECT l.execution_year FROM unit_latest l WHERE l.unit_id = outliers.unit_id)) AND ($district IS NULL OR district_code = $district)
	UNION ALL
	-- the 12 furthest from target first, then the sentence: printf on 12 rows, not on every unmet indicator
	SELECT 'not_met', unit_id, fiscal_year, short_name,
		printf('指标“%s”未达成：目标 %s，实际 %s', name, target, actual),
		printf('indicator “%s” not met: target %s, actual %s', name, target, actual),
		doc_id, source_line, sort_key
	FROM (
		SELECT unit_id, fiscal_year, short_name, name, coalesce(target_text, '—') AS target, coalesce(actual_text, '—') AS actual, doc_id, source_line,
			coalesce(attainment, 0) AS sort_key
		FROM unmet_indicators
		WHERE fiscal_year = coalesce($year, (SELECT l.attainment_year FROM unit_latest l WHERE l.unit_id = unmet_indicators.unit_id)) AND ($district IS NULL OR district_code = $district)
		ORDER BY sort_key, short_name, indicator_id
		LIMIT 12
	)
	UNION ALL
	SELECT kind, unit_id, fiscal_year, short_name, sentence, sentence_en, doc_id, source_line, sort_key
	FROM (
		SELECT kind, unit_id, fiscal_year, short_name, reason AS sentence, reason_en AS sentence_en, doc_id, source_line, -value AS sort_key, indicator_id
		FROM outliers
		WHERE kind = 'over_achievement'
			AND fiscal_year = coalesce($year, (SELECT l.attainment_year FROM unit_latest l WHERE l.unit_id = outliers.unit_id)) AND ($district IS NULL OR district_code = $district)
		ORDER BY sort_key, short_name, indicator_id
		LIMIT 12
	)
)
ORDER BY CASE kind WHEN 'low_execution' THEN 1 WHEN 'large_adjustment' THEN 2 WHEN 'rate_mismatch' THEN 3 WHEN 'not_met' THEN 4 ELSE 5 END,
	sort_key, short_name, sentence
LIMIT 12;
