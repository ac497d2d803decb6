-- The units of one district side by side on the same measures, per year.
SELECT uy.unit_id, uy.short_name, uy.fiscal_year, uy.adjusted_budget_wan, uy.actual_spend_wan,
	uy.execution_rate, uy.adjustment_rate, uy.indicators_total, uy.indicators_met, uy.indicators_not_met,
	uy.indicators_no_actual, uy.attainment_rate, uy.flags_error + uy.flags_warning AS flags,
	o.reason AS outlier_reason, o.reason_en AS outlier_reason_en
FROM unit_year uy LEFT JOIN (SELECT unit_id, fiscal_year, reason, reason_en FROM outliers WHERE kind = 'low_execution') o USING (unit_id, fiscal_year)
WHERE uy.district_code = $district
ORDER BY uy.fiscal_year DESC, uy.execution_rate DESC NULLS LAST, uy.short_name;
