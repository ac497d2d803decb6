// A chart's table alternative lists its numbers row by row. Past a few
// thousand rows (the synthetic 1M set has 160k heatmap cells) a DOM table is
// neither readable nor fast to build, so it shows the first rows and says how
// many more there are; every row stays one click away in the SQL workspace.

export const TABLE_ROW_LIMIT = 2000;

export interface TableRows<T> {
	shown: readonly T[];
	/** Rows left out (0 when the table is complete). */
	hidden: number;
}

export function tableRows<T>(rows: readonly T[], limit = TABLE_ROW_LIMIT): TableRows<T> {
	if (rows.length <= limit) return { shown: rows, hidden: 0 };
	return { shown: rows.slice(0, limit), hidden: rows.length - limit };
}
