// Printed rates against the rates computed from the money (the computation is
// the SQL macro in src/sql/metrics.sql; this module only compares).
import type { FlagFact } from '../types.ts';

export interface ComputedBudgetRates {
	budget_id: string;
	source_line: number;
	scope: string;
	execution_rate: number | null;
	adjustment_rate: number | null;
	reported_execution_rate: number | null;
	reported_adjustment_rate: number | null;
	/** Decimals of the printed rate in percent (96.68% → 2); null when not printed. */
	execution_decimals: number | null;
	adjustment_decimals: number | null;
}

const pct = (x: number, d: number) => `${(x * 100).toFixed(d)}%`;

/**
 * A printed rate disagrees when the computed rate, rounded to the precision
 * the document prints, is not the printed figure (员村 2022: 12,198.33 ÷
 * 12,436.77 = 98.08 %, printed 98.10 %).
 */
export function rateDisagrees(computed: number, printed: number, decimals: number): boolean {
	const scale = 10 ** decimals;
	return Math.round(computed * 100 * scale) !== Math.round(printed * 100 * scale);
}

/**
 * The `outliers` view (src/sql/metrics.sql) tells an execution-rate mismatch
 * from an adjustment-rate one by the words "printed adjustment rate" in the
 * message: keep them (tests/pipeline/outliers.test.ts builds its flags here).
 */
export function checkRates(rows: ComputedBudgetRates[]): (FlagFact & { row_id: string })[] {
	const flags: (FlagFact & { row_id: string })[] = [];
	for (const r of rows) {
		if (r.execution_rate !== null && r.reported_execution_rate !== null) {
			const d = r.execution_decimals ?? 2;
			if (rateDisagrees(r.execution_rate, r.reported_execution_rate, d)) {
				flags.push({
					source_line: r.source_line, severity: 'warning', code: 'rate_mismatch', table_name: 'budgets', row_id: r.budget_id,
					message: `${r.scope}: printed execution rate ${pct(r.reported_execution_rate, d)} ≠ computed ${pct(r.execution_rate, d)} (actual ÷ adjusted budget = ${pct(r.execution_rate, 4)})`
				});
			}
		}
		if (r.adjustment_rate !== null && r.reported_adjustment_rate !== null) {
			const d = r.adjustment_decimals ?? 2;
			if (rateDisagrees(r.adjustment_rate, r.reported_adjustment_rate, d)) {
				flags.push({
					source_line: r.source_line, severity: 'warning', code: 'rate_mismatch', table_name: 'budgets', row_id: r.budget_id,
					message: `${r.scope}: printed adjustment rate ${pct(r.reported_adjustment_rate, d)} ≠ computed ${pct(r.adjustment_rate, d)}`
				});
			}
		}
		if (r.adjustment_rate !== null && Math.abs(r.adjustment_rate) > 0.3) {
			flags.push({
				source_line: r.source_line, severity: 'info', code: 'large_adjustment', table_name: 'budgets', row_id: r.budget_id,
				message: `${r.scope}: budget adjusted by ${pct(r.adjustment_rate, 2)} during the year (more than 30 % is commonly required to be explained)`
			});
		}
	}
	return flags;
}
