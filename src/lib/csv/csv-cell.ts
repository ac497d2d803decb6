// One CSV cell, the same rule for every CSV the site publishes or exports
// (pipeline downloads in Node, SQL workspace and indicator explorer in the
// browser). Plain TypeScript: no Node or DOM API.

/** UTF-8 byte order mark: without it Excel reads a UTF-8 CSV as the system code page and garbles Chinese. */
export const BOM = '\uFEFF';

/** Line end of every CSV written here (RFC 4180). */
export const CSV_EOL = '\r\n';

/**
 * Spreadsheets (Excel, WPS, LibreOffice Calc) run a cell that starts with
 * = + - @ as a formula, and some strip a leading tab or carriage return and
 * then do the same. Untrusted text could then run `=HYPERLINK(…)`/DDE payloads
 * (OWASP "CSV injection"), and honest text breaks: a target `=12个` shows
 * #NAME?. Such text cells get a leading apostrophe, which spreadsheets show
 * as text. The value itself stays exact in Parquet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;

/** Text as a spreadsheet must see it: a leading apostrophe when it would start a formula. */
export function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A field quoted when it holds a comma, quote or line break (quotes doubled). */
function quoted(text: string): string {
	return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV field. `null` is an empty field; an empty string is `""`, so the
 * two stay apart. Text is guarded against formulas; numbers (`-5`) are
 * written as they are.
 */
export function csvCell(value: string | null, kind: 'text' | 'number'): string {
	if (value === null) return '';
	if (value === '') return '""';
	return quoted(kind === 'text' ? guardFormula(value) : value);
}

/** One record: the fields joined by commas, with the line end. */
export function csvRecord(fields: string[]): string {
	return fields.join(',') + CSV_EOL;
}
