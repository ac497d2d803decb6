// CSV export of a whole result (RFC 4180): every row of `result`, not only the
// ones the grid shows. Values are their raw text (rawText), NULL an empty field.
import type { TabularResult } from '../engine/query.ts';
import { isNumericType, rawText } from './format-cell.ts';

/** UTF-8 byte order mark: without it Excel reads a UTF-8 CSV as the system code page and garbles Chinese. */
export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Spreadsheets run a cell that starts with = + - @ (and some with a leading
 * tab or CR) as a formula: a query over untrusted text could then make Excel
 * run `=HYPERLINK(…)`/DDE payloads when the analyst opens the file (OWASP "CSV
 * injection"). Such text cells get a leading apostrophe, which spreadsheets
 * show as text. Numbers are never touched, so −5 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: unknown, numeric: boolean): string {
	const text = rawText(value);
	// numeric columns (BIGINT beyond 2^53 arrives as a string like "-9223…") and numbers stay as they are
	const isNumber = typeof value === 'number' || typeof value === 'bigint' || (numeric && typeof value === 'string');
	return field(!isNumber && FORMULA_START.test(text) ? `'${text}` : text);
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
	return lines.join('\r\n') + '\r\n';
}

/** A downloadable CSV: UTF-8 with a BOM so Excel shows the Chinese text. */
export function csvBlob(result: TabularResult): Blob {
	return new Blob([BOM, toCsv(result)], { type: 'text/csv;charset=utf-8' });
}
