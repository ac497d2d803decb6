// The table reader: every text shape a table arrives in becomes one grid of
// rows of cells, each cell knowing its line. Kind parsers then read fields by
// their labels from the grid, not by the shape of the lines.
//
// Shapes:
//   table   tab-separated cells, or pipe cells (border pipes dropped, ragged
//           empty cells kept as empty columns);
//   single  one cell per line (blank lines between them are not cells);
//   flat    a whole table flattened onto one line with spaces between cells
//           (what DOCX-to-text tools write, often after the file's metadata).
import type { SourceLine } from '../types.ts';
import { cells as splitCells } from '../documents/split-lines.ts';
import { foldChinese } from '../values/fold-chinese.ts';

export type RowShape = 'table' | 'single' | 'flat';

export interface GridCell {
	/** As printed, trimmed. */
	text: string;
	/** For matching labels: folded (half-width, Simplified, no pinyin), no whitespace, no trailing colon. */
	key: string;
	line: number;
	/** Position in its printed row (empty cells counted). */
	col: number;
}

export interface GridRow {
	line: number;
	shape: RowShape;
	/** The filled cells, in order. */
	cells: GridCell[];
	/** Cells in the printed row, empty ones included. */
	width: number;
}

/** Label key of a cell: folded, whitespace removed, trailing colon removed. */
export const cellKey = (text: string): string => foldChinese(text).replace(/[\s\u3000\u00a0]+/g, '').replace(/[:：]$/, '');

const BLANK = /^[\s\u3000\u00a0\ufeff]*$/;

export interface GridOptions {
	/**
	 * Which cells are table labels. A line without tabs or pipes is read as a
	 * flattened table when it has at least `flatMinTokens` space-separated
	 * tokens of which at least two are labels; otherwise it is one cell.
	 */
	isLabel?: (key: string) => boolean;
	flatMinTokens?: number;
	/** Overrides the rule above: whether these space-separated tokens are a flattened row. */
	isFlat?: (tokens: string[]) => boolean;
}

/** Reads the lines into rows of cells. Blank lines produce no row. */
export function readGrid(lines: SourceLine[], opts: GridOptions = {}): GridRow[] {
	const rows: GridRow[] = [];
	for (const l of lines) {
		if (BLANK.test(l.text)) continue;
		if (l.text.includes('\t') || l.text.includes('|')) {
			const parts = splitCells(l.text);
			rows.push({ line: l.number, shape: 'table', width: parts.length, cells: toCells(parts, l.number) });
			continue;
		}
		const tokens = flatTokens(l.text);
		if (tokens.length > 1 && (opts.isFlat ? opts.isFlat(tokens) : isFlatRow(tokens, opts))) {
			rows.push({ line: l.number, shape: 'flat', width: tokens.length, cells: toCells(tokens, l.number) });
		} else {
			rows.push({ line: l.number, shape: 'single', width: 1, cells: toCells([l.text.trim()], l.number) });
		}
	}
	return rows;
}

function isFlatRow(tokens: string[], opts: GridOptions): boolean {
	const labels = opts.isLabel ? tokens.filter((t) => opts.isLabel!(cellKey(t))).length : 0;
	return tokens.length >= (opts.flatMinTokens ?? 6) && labels >= 2;
}

function toCells(parts: string[], line: number): GridCell[] {
	const out: GridCell[] = [];
	parts.forEach((p, col) => {
		const text = p.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
		if (text !== '') out.push({ text, key: cellKey(text), line, col });
	});
	return out;
}

/**
 * Space-separated tokens of a flattened line. A bracketed unit or note on its
 * own (`项目资金 (万元)`, `产出指标 (50分)`) belongs to the token before it, and
 * a comparator on its own (`≥ 90%`) to the token after it.
 */
export function flatTokens(text: string): string[] {
	const raw = text.trim().split(/[\s\u3000\u00a0]+/).filter(Boolean);
	const out: string[] = [];
	let glue = false;
	for (const t of raw) {
		if (out.length && (glue || /^[(（][^()（）]{0,12}[)）]$/.test(t))) out[out.length - 1] += glue ? t : ` ${t}`;
		else out.push(t);
		glue = /^(?:[≥≤><=≧≦＞＜＝]+|不低于|不少于|不超过|不高于)$/.test(t);
	}
	return out;
}

/** All cells of the rows in reading order: the stream a flattened table is read from. */
export function cellStream(rows: GridRow[]): GridCell[] {
	return rows.flatMap((r) => r.cells);
}

/** Index of the first cell at or after `from` whose key matches. */
export function findCell(cells: GridCell[], re: RegExp, from = 0): number {
	for (let i = from; i < cells.length; i++) if (re.test(cells[i].key)) return i;
	return -1;
}
