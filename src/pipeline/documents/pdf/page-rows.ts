// One page → rows in reading order: table rows (cells from the ruling lines,
// or from the x gaps of aligned text where nothing is ruled) and lines of free
// text. Paragraph joins and page furniture need the whole document and are
// made in assemble-lines.ts.
import type { PageContent, TextRun } from './page-content.ts';
import { ruledTables, type CellBox, type RuledTable } from './ruled-tables.ts';
import { cellText, joinWrapped, lineText, visualLines, type VisualLine } from './text-lines.ts';

export interface PageRow {
	page: number;
	/** Cells of a table row; null for a line of free text. */
	cells: string[] | null;
	text: string;
	y0: number;
	y1: number;
	x0: number;
	x1: number;
	size: number;
	/** Left edges of a table row's cells: rows of one table continued on the next page share them. */
	columns: number[] | null;
	/** A table row cut by the page end with no line drawn at the cut (it goes on at the top of the next page). */
	openBottom: boolean;
	/** A table row with no line drawn above it, at the top of its page. */
	openTop: boolean;
	/**
	 * Per cell at least six em wide: whether its last line runs to within four
	 * em of its right edge (text cut by the page end goes on; line breaking
	 * leaves some room). null for a narrower cell, where every line is full.
	 */
	fullLast: (boolean | null)[];
}

// A gap this wide (in em) between two runs of one line separates table cells.
const CELL_GAP = 1.2;
// Left edges closer than this (points) are one column.
const ALIGN = 4;

const center = (r: TextRun) => ({ x: (r.x0 + r.x1) / 2, y: r.y - r.size * 0.35 });
const inside = (b: CellBox | RuledTable, p: { x: number; y: number }) => p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;

export function pageRows(page: PageContent): PageRow[] {
	const tables = ruledTables(page.rules);
	const inCell = new Map<CellBox, TextRun[]>();
	const free: TextRun[] = [];
	for (const r of page.runs) {
		const p = center(r);
		const table = tables.find((t) => inside(t, p));
		const cell = table?.rows.flat().find((c) => inside(c, p));
		if (!cell) {
			free.push(r);
			continue;
		}
		const owner = cell.owner ?? cell;
		inCell.set(owner, [...(inCell.get(owner) ?? []), r]);
	}
	const rows: PageRow[] = [];
	for (const t of tables) {
		for (let i = 0; i < t.rows.length; i++) {
			const band = t.rows[i];
			const lines = band.map((c) => (c.owner ? [] : visualLines(inCell.get(c) ?? [])));
			const cells = lines.map((ls, k) => cellText(ls, band[k].x0, band[k].x1));
			if (cells.every((c) => c === '')) continue;
			const size = sizeOf(band.flatMap((c) => inCell.get(c) ?? []));
			rows.push({
				page: page.number, cells, text: cells.join('\t'), y0: band[0].y0, y1: band[0].y1,
				x0: band[0].x0, x1: band[band.length - 1].x1, size, columns: band.map((c) => c.x0),
				openTop: i === 0 && t.openTop, openBottom: i === t.rows.length - 1 && t.openBottom,
				fullLast: band.map((c, k) => (c.x1 - c.x0 < 6 * size ? null : lines[k].length > 0 && lines[k][lines[k].length - 1].x1 >= c.x1 - 4 * size))
			});
		}
	}
	rows.push(...freeRows(page.number, visualLines(free)));
	return rows.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

const sizeOf = (runs: TextRun[]) => (runs.length ? Math.max(...runs.map((r) => r.size)) : 0);

/** Pieces of a line separated by a cell-wide gap. */
function chunks(line: VisualLine): TextRun[][] {
	const out: TextRun[][] = [];
	for (const r of line.runs) {
		const last = out[out.length - 1];
		const prev = last?.[last.length - 1];
		if (prev && r.x0 - prev.x1 < line.size * CELL_GAP) last.push(r);
		else out.push([r]);
	}
	return out;
}

/**
 * Free text: lines of two or more gap-separated pieces that follow each other
 * form an unruled table, whose columns are the pieces' aligned left edges;
 * every other line is a line of text.
 */
function freeRows(page: number, lines: VisualLine[]): PageRow[] {
	const out: PageRow[] = [];
	const pieces = lines.map(chunks);
	// Columns of the page's unruled tables: the aligned left edges of all pieces of lines in more than one piece.
	const starts: number[] = [];
	for (const x of pieces.filter((p) => p.length > 1).flat().map((c) => c[0].x0).sort((a, b) => a - b)) {
		if (!starts.length || x - starts[starts.length - 1] > ALIGN) starts.push(x);
	}
	const column = (x: number) => {
		let col = 0;
		while (col + 1 < starts.length && starts[col + 1] <= x + ALIGN) col++;
		return col;
	};
	let run = 0;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		const prev = out[out.length - 1];
		const inTable = pieces[i].length > 1 && (run > 0 || pieces[i + 1]?.length > 1);
		if (inTable) {
			const cells: string[] = [];
			for (const c of pieces[i]) {
				const col = column(c[0].x0);
				while (cells.length < col) cells.push('');
				cells[col] = cells[col] ? joinWrapped([cells[col], lineText(c)]) : lineText(c);
			}
			out.push({ page, cells, text: cells.join('\t'), y0: l.y - l.size, y1: l.y, x0: l.x0, x1: l.x1, size: l.size, columns: starts, openTop: false, openBottom: false, fullLast: cells.map(() => null) });
			run++;
			continue;
		}
		// One piece right under a row of an unruled table, in a filled column other than the first: that cell's text wrapped.
		const col = column(l.x0);
		if (run > 0 && prev?.cells && col > 0 && prev.cells[col] && Math.abs(starts[col] - l.x0) <= ALIGN && l.y - prev.y1 <= 1.6 * l.size) {
			prev.cells[col] = joinWrapped([prev.cells[col], lineText(l.runs)]);
			prev.text = prev.cells.join('\t');
			prev.y1 = l.y;
			continue;
		}
		run = 0;
		out.push({ page, cells: null, text: lineText(l.runs), y0: l.y - l.size, y1: l.y, x0: l.x0, x1: l.x1, size: l.size, columns: null, openTop: false, openBottom: false, fullLast: [] });
	}
	return out;
}
