// What one PDF page draws that the table rebuild needs: the text runs with
// their boxes, and the ruling lines (stroked lines, thin filled rectangles,
// the edges of stroked rectangles) from the operator list. Coordinates are
// the page's viewport: points, origin top left, y downwards.
import { OPS, Util, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { unifyIdeographs } from './radicals.ts';

export interface TextRun {
	text: string;
	x0: number;
	x1: number;
	/** Baseline. */
	y: number;
	/** Font size (em). */
	size: number;
}

/** An axis-aligned ruling line: horizontal when y0 === y1, vertical when x0 === x1. */
export interface Rule {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface PageContent {
	number: number;
	width: number;
	height: number;
	runs: TextRun[];
	rules: Rule[];
}

type Matrix = [number, number, number, number, number, number];

const apply = (m: Matrix, [x, y]: [number, number]): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// A filled rectangle this thin in one direction is a drawn line (Chromium
// paints table borders as filled rectangles); wider ones are backgrounds.
const THIN = 3;

// DrawOPS codes of pdf.js path buffers (moveTo, lineTo, curveTo, quadraticCurveTo, closePath).
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;

const PAINTS = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

export async function pageContent(page: PDFPageProxy): Promise<PageContent> {
	const viewport = page.getViewport({ scale: 1 });
	const vt = viewport.transform as Matrix;
	const runs: TextRun[] = [];
	const text = await page.getTextContent({ disableNormalization: true });
	for (const item of text.items) {
		// pdf.js adds zero-height space items for gaps; a drawn space glyph is kept (a line wrapped at a space ends in one).
		if (!('str' in item) || item.str === '' || (item.str.trim() === '' && !item.height)) continue;
		const m = Util.transform(vt, item.transform) as Matrix;
		const size = Math.hypot(m[2], m[3]) || item.height;
		// Horizontal text only: a rotated run (a stamp, a vertical label) keeps its text, placed at its origin.
		const width = Math.abs(m[0]) > Math.abs(m[1]) ? item.width * (viewport.scale || 1) : size;
		runs.push({ text: unifyIdeographs(item.str), x0: m[4], x1: m[4] + width, y: m[5], size });
	}
	const rules = await pageRules(page, vt);
	return { number: page.pageNumber, width: viewport.width, height: viewport.height, runs, rules };
}

async function pageRules(page: PDFPageProxy, vt: Matrix): Promise<Rule[]> {
	const ops = await page.getOperatorList();
	const rules: Rule[] = [];
	const stack: Matrix[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	let whiteFill = false;
	for (let i = 0; i < ops.fnArray.length; i++) {
		const fn = ops.fnArray[i];
		const args = ops.argsArray[i] as unknown[];
		if (fn === OPS.save) stack.push(ctm);
		else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
		else if (fn === OPS.transform) ctm = Util.transform(ctm, args as Matrix) as Matrix;
		else if (fn === OPS.setFillRGBColor) whiteFill = String(args[0]).toLowerCase() === '#ffffff';
		else if (fn === OPS.constructPath) {
			const paint = args[0] as number;
			const buf = (args[1] as (ArrayLike<number> | null)[])?.[0];
			if (!buf || !PAINTS.has(paint)) continue;
			const stroked = STROKES.has(paint);
			if (!stroked && whiteFill) continue;
			const toPage = Util.transform(vt, ctm) as Matrix;
			for (const sub of subpaths(buf)) addRules(sub.map((p) => apply(toPage, p)), stroked, rules);
		}
	}
	return rules;
}

/** Polylines of a pdf.js path buffer; a subpath with a curve is dropped (no ruling line is curved). */
function subpaths(buf: ArrayLike<number>): [number, number][][] {
	const out: [number, number][][] = [];
	let cur: [number, number][] = [];
	let curved = false;
	const end = () => {
		if (cur.length > 1 && !curved) out.push(cur);
		cur = [];
		curved = false;
	};
	for (let i = 0; i < buf.length; ) {
		const op = buf[i];
		if (op === MOVE) { end(); cur.push([buf[i + 1], buf[i + 2]]); i += 3; }
		else if (op === LINE) { cur.push([buf[i + 1], buf[i + 2]]); i += 3; }
		else if (op === CURVE) { curved = true; i += 7; }
		else if (op === QUAD) { curved = true; i += 5; }
		else if (op === CLOSE) { if (cur.length) cur.push(cur[0]); i += 1; }
		else break;
	}
	end();
	return out;
}

function addRules(pts: [number, number][], stroked: boolean, rules: Rule[]): void {
	const xs = pts.map((p) => p[0]);
	const ys = pts.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const w = x1 - x0, h = y1 - y0;
	if (w < THIN && h < THIN) return;
	// A thin shape, stroked or filled, is one line along its long side.
	if (h < THIN) return void rules.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
	if (w < THIN) return void rules.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
	if (!stroked) return;
	// A stroked outline: every axis-aligned edge is a line.
	for (let k = 1; k < pts.length; k++) {
		const [a, b] = [pts[k - 1], pts[k]];
		if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) >= THIN) rules.push({ x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: a[1], y1: a[1] });
		else if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) >= THIN) rules.push({ x0: a[0], x1: a[0], y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
	}
}
