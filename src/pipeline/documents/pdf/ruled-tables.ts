// Tables from ruling lines. Lines that touch form one table; its rows are the
// bands between horizontal lines, each band's cells the spans between the
// vertical lines crossing it. A cell with no line under it continues into the
// band below (a merged cell): the lower part is an empty cell, as the text
// reader books merged cells (the value carried down, the cell left empty).
import type { Rule } from './page-content.ts';

export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export interface CellBox extends Box {
	/** For the lower part of a cell merged across rows: the cell's top part, which holds its text. */
	owner: CellBox | null;
}

export interface RuledTable extends Box {
	rows: CellBox[][];
	/** The side lines run on above the first / below the last horizontal line: a row cut by the page's edge (Chromium draws no border at the cut). */
	openTop: boolean;
	openBottom: boolean;
}

/** Gap within which two line ends touch, and two coordinates are one. */
const TOUCH = 2;

const horizontal = (r: Rule) => r.y0 === r.y1;

export function ruledTables(rules: Rule[]): RuledTable[] {
	const hs = mergeSegments(rules.filter(horizontal), 'h');
	const vs = mergeSegments(rules.filter((r) => !horizontal(r)), 'v');
	return groupsOfTouching(hs, vs)
		.map((g) => tableOf(g.h, g.v))
		.filter((t): t is RuledTable => t !== null)
		.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Collinear segments that overlap or touch become one (borders are often drawn cell by cell). */
function mergeSegments(segs: Rule[], dir: 'h' | 'v'): Rule[] {
	const pos = (r: Rule) => (dir === 'h' ? r.y0 : r.x0);
	const lo = (r: Rule) => (dir === 'h' ? r.x0 : r.y0);
	const hi = (r: Rule) => (dir === 'h' ? r.x1 : r.y1);
	const sorted = [...segs].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b));
	const out: Rule[] = [];
	for (const s of sorted) {
		const prev = out.findLast((o) => Math.abs(pos(o) - pos(s)) <= 1 && lo(s) <= hi(o) + TOUCH && hi(s) >= lo(o) - TOUCH);
		if (!prev) out.push({ ...s });
		else if (dir === 'h') [prev.x0, prev.x1] = [Math.min(prev.x0, s.x0), Math.max(prev.x1, s.x1)];
		else [prev.y0, prev.y1] = [Math.min(prev.y0, s.y0), Math.max(prev.y1, s.y1)];
	}
	return out;
}

const crosses = (h: Rule, v: Rule) => v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;

function groupsOfTouching(hs: Rule[], vs: Rule[]): { h: Rule[]; v: Rule[] }[] {
	const parent = [...hs.map((_, i) => i), ...vs.map((_, i) => hs.length + i)];
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	for (let i = 0; i < hs.length; i++) for (let j = 0; j < vs.length; j++) if (crosses(hs[i], vs[j])) parent[find(i)] = find(hs.length + j);
	// Side lines of one row cut at both ends by page breaks cross no horizontal line: they share their extent.
	for (let i = 0; i < vs.length; i++) {
		for (let j = i + 1; j < vs.length; j++) {
			if (Math.abs(vs[i].y0 - vs[j].y0) <= TOUCH && Math.abs(vs[i].y1 - vs[j].y1) <= TOUCH) parent[find(hs.length + i)] = find(hs.length + j);
		}
	}
	const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
	const at = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { h: [], v: [] }).get(find(i))!;
	hs.forEach((h, i) => at(i).h.push(h));
	vs.forEach((v, j) => at(hs.length + j).v.push(v));
	return [...groups.values()];
}

/** Distinct values, sorted, closer than TOUCH counted once. */
function distinct(values: number[]): number[] {
	const out: number[] = [];
	for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1] > TOUCH) out.push(v);
	return out;
}

function tableOf(hs: Rule[], vs: Rule[]): RuledTable | null {
	if (vs.length < 2) return null;
	const top = Math.min(...vs.map((v) => v.y0));
	const bottom = Math.max(...vs.map((v) => v.y1));
	const ys = distinct(hs.map((h) => h.y0));
	const openTop = !ys.length || ys[0] - top > 2 * TOUCH;
	if (openTop) ys.unshift(top);
	const openBottom = bottom - ys[ys.length - 1] > 2 * TOUCH;
	if (openBottom) ys.push(bottom);
	const rows: CellBox[][] = [];
	let prevBand: CellBox[] = [];
	for (let i = 0; i + 1 < ys.length; i++) {
			const [y0, y1] = [ys[i], ys[i + 1]];
		if (y1 - y0 <= TOUCH) continue;
		const mid = (y0 + y1) / 2;
		const xs = distinct(vs.filter((v) => v.y0 <= mid && v.y1 >= mid).map((v) => v.x0));
		const band: CellBox[] = [];
		for (let k = 0; k + 1 < xs.length; k++) {
			const cell: CellBox = { x0: xs[k], x1: xs[k + 1], y0, y1, owner: null };
			// No line along this cell's top: it is the same cell as the one above.
			const ruled = hs.some((h) => Math.abs(h.y0 - y0) <= TOUCH && h.x0 <= cell.x0 + TOUCH && h.x1 >= cell.x1 - TOUCH);
			const above = prevBand.find((c) => Math.abs(c.x0 - cell.x0) <= TOUCH && Math.abs(c.x1 - cell.x1) <= TOUCH);
			if (!ruled && above) cell.owner = above.owner ?? above;
			band.push(cell);
		}
		if (band.length) rows.push(band);
		prevBand = band;
	}
	if (!rows.length) return null;
	return {
		x0: Math.min(...vs.map((v) => v.x0)), x1: Math.max(...vs.map((v) => v.x0)),
		y0: ys[0], y1: ys[ys.length - 1], rows, openTop, openBottom
	};
}
