// CSV export of a whole result (RFC 4180): every row of `result`, not only the
// ones the grid shows. Values are their raw text (rawText), NULL an empty field;
// each cell through the site's one CSV rule (lib/csv/csv-cell.ts: formula guard).
import type { TabularResult } from '../engine/query.ts';
import { BOM, CSV_EOL, csvCell } from '../csv/csv-cell.ts';
import { isNumericType, rawText } from './format-cell.ts';

export { BOM };

function cell(value: unknown, numeric: boolean): string {
	if (value === null || value === undefined) return '';
	// numeric columns (BIGINT beyond 2^53 arrives as a string like "-9223…") and numbers stay as they are
	const isNumber = typeof value === 'number' || typeof value === 'bigint' || (numeric && typeof value === 'string');
	return csvCell(rawText(value), isNumber ? 'number' : 'text');
}

/** The result as CSV text: header row of column names, CRLF line ends, a CRLF after the last row. */
export function toCsv(result: TabularResult): string {
	const numeric = result.columns.map((c) => isNumericType(c.type));
	const lines: string[] = [result.columns.map((c) => cell(c.name, false)).join(',')];
	for (const row of result.rows) {
		let line = '';
		for (let j = 0; j < numeric.length; j++) line += (j ? ',' : '') + cell(row[j], numeric[j]);
		lines.push(line);
	}
	return lines.join(CSV_EOL) + CSV_EOL;
}

/** A downloadable CSV: UTF-8 with a BOM so Excel shows the Chinese text. */
export function csvBlob(result: TabularResult): Blob {
	return new Blob([BOM, toCsv(result)], { type: 'text/csv;charset=utf-8' });
}
