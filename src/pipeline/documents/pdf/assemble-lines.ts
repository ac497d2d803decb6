// The pages' rows → the document's lines, in the shape the text reader gives
// (a table row is one line of tab-separated cells), each with its page:
// repeated page headers and footers booked as page furniture, a table row cut
// by a page break joined with its rest, a paragraph wrapped over lines joined.
import type { SourceLine } from '../../types.ts';
import { isPageFooter } from '../page-footer.ts';
import type { PageRow } from './page-rows.ts';
import { joinWrapped } from './text-lines.ts';

export interface PageRows {
	number: number;
	height: number;
	rows: PageRow[];
}

/** Share of the page height at the top and bottom where running heads and page numbers sit. */
const MARGIN = 0.1;
/** Left edges of two rows' cells within this (points) are the same columns. */
const SAME_COLUMN = 3;

const shape = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

export function assembleLines(pages: PageRows[]): SourceLine[] {
	const furniture = pageFurniture(pages);
	const body = pages.map((p) => p.rows.filter((r) => !furniture.has(r)));
	joinCutRows(body);
	// The text column's right edge: tables span it too.
	const right = Math.max(0, ...body.flat().map((r) => r.x1));
	const pitch = linePitch(body);
	const lines: SourceLine[] = [];
	// The last body row and the line it went into (page furniture may come between).
	let last: { row: PageRow; line: SourceLine } | null = null;
	const push = (r: PageRow, text: string, kind?: string) => lines.push({ number: lines.length + 1, text, page: r.page, ...(kind ? { furniture: kind } : {}) });
	for (let p = 0; p < pages.length; p++) {
		const marks = pages[p].rows.filter((r) => furniture.has(r));
		const mid = pages[p].height / 2;
		for (const r of marks.filter((m) => m.y0 < mid)) push(r, r.text, 'page header');
		for (const r of body[p]) {
			if (last && continuesParagraph(last.row, r, right, pitch)) last.line.text = joinWrapped([last.line.text, r.text]);
			else push(r, r.cells ? r.cells.join('\t') : r.text);
			last = { row: r, line: lines[lines.length - 1] };
		}
		for (const r of marks.filter((m) => m.y0 >= mid)) push(r, r.text, 'page footer');
	}
	return lines;
}

/**
 * Running heads and page numbers: free text in the top or bottom margin that
 * is a page number ("第 1 页, 共 2 页", "- 3 -") or comes back, digits aside,
 * in the margins of other pages.
 */
function pageFurniture(pages: PageRows[]): Set<PageRow> {
	const inMargin = (p: PageRows) => p.rows.filter((r) => !r.cells && (r.y1 < p.height * MARGIN || r.y0 > p.height * (1 - MARGIN)));
	const seen = new Map<string, Set<number>>();
	for (const p of pages) for (const r of inMargin(p)) seen.set(shape(r.text), (seen.get(shape(r.text)) ?? new Set()).add(p.number));
	const out = new Set<PageRow>();
	for (const p of pages) for (const r of inMargin(p)) if (isPageFooter(r.text) || (seen.get(shape(r.text))?.size ?? 0) >= 2) out.add(r);
	return out;
}

const sameColumns = (a: PageRow, b: PageRow) =>
	!!a.columns && !!b.columns && a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - b.columns![i]) <= SAME_COLUMN);

/**
 * A table row cut by a page break: its two parts are the last row of one page
 * and the first of the next, in the same columns, and either the cut is
 * unruled on both sides (Chromium; a row that merely starts a page has its
 * top line drawn on the page before) or both parts touch the page body's
 * edges and b reads as the rest of a (Writer closes both parts with lines).
 */
function joinCutRows(body: PageRow[][]): void {
	const tableRows = body.flat().filter((r) => r.cells);
	if (!tableRows.length) return;
	const bodyTop = Math.min(...tableRows.map((r) => r.y0));
	const bodyBottom = Math.max(...tableRows.map((r) => r.y1));
	let a: PageRow | undefined = body[0][body[0].length - 1];
	for (let p = 1; p < body.length; p++) {
		const b = body[p][0];
		if (a?.cells && b?.cells && sameColumns(a, b)) {
			const slack = (r: PageRow) => 1.5 * r.size + 6;
			const unruledCut = a.openBottom && b.openTop;
			const above = a;
			const table = [...body[p - 1], ...body[p]].filter((r) => r !== b && sameColumns(r, above));
			const closedCut = !a.openBottom && !b.openTop && a.y1 >= bodyBottom - slack(a) && b.y0 <= bodyTop + slack(b) && restOf(a, b, table);
			if (unruledCut || closedCut) {
				// The rest joins the row where it began (its page and line); the joined row may be cut again.
				const cells = a.cells.map((c, k) => joinWrapped([c, b.cells![k]]));
				Object.assign(a, { cells, text: cells.join('\t'), openBottom: b.openBottom, fullLast: b.fullLast, y1: b.y1 });
				body[p].shift();
				if (!body[p].length) continue;
			}
		}
		a = body[p][body[p].length - 1] ?? a;
	}
}

/**
 * Whether b reads as the rest of a closed row a: b fills only cells a fills,
 * and either b's first cell is empty in a table whose rows all begin with a
 * label (only the rest of a row starts empty there), or every wide cell it
 * fills ran to its right edge above. Conservative: a row left unjoined keeps
 * its facts, two rows wrongly joined lose one.
 */
function restOf(a: PageRow, b: PageRow, table: PageRow[]): boolean {
	const cont = b.cells!.map((c, k) => c !== '' && a.cells![k] !== '');
	if (b.cells!.some((c, k) => c !== '' && !cont[k])) return false;
	if (b.cells![0] === '' && table.every((r) => r.cells![0] !== '')) return true;
	const wide = cont.map((c, k) => c && a.fullLast[k] !== null);
	return wide.some(Boolean) && wide.every((w, k) => !w || a.fullLast[k] === true);
}

/** The smallest distance between the baselines of two lines of free text one above the other: the lines of one paragraph. */
function linePitch(body: PageRow[][]): number {
	let pitch = Infinity;
	for (const rows of body) {
		for (let i = 1; i < rows.length; i++) {
			const [a, b] = [rows[i - 1], rows[i]];
			if (!a.cells && !b.cells && Math.abs(a.size - b.size) <= 0.5 && b.y1 - a.y1 >= 0.8 * b.size) pitch = Math.min(pitch, b.y1 - a.y1);
		}
	}
	return pitch;
}

/**
 * A line of free text continues the paragraph above when it follows at the
 * paragraph line pitch (paragraphs are spaced further apart) or heads the next
 * page, the line above ran to near the text's right edge (line breaking before
 * a number or a word can leave a few em) and it does not start further right.
 */
function continuesParagraph(above: PageRow, r: PageRow, right: number, pitch: number): boolean {
	if (above.cells || r.cells || Math.abs(above.size - r.size) > 0.5) return false;
	const close = r.page !== above.page ? r.page === above.page + 1 : r.y1 - above.y1 <= pitch + 0.2 * r.size;
	return close && above.x1 >= right - 8 * above.size && r.x0 <= above.x0 + 0.5 * r.size;
}
