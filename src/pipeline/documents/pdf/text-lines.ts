// Text runs → visual lines → text, and the joins of text wrapped inside one
// cell or paragraph.
import type { TextRun } from './page-content.ts';

export interface VisualLine {
	runs: TextRun[];
	/** Baseline. */
	y: number;
	size: number;
	x0: number;
	x1: number;
}

const HAN = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
// Producers put a gap between Han and Latin characters (Writer's Asian/Western
// autospace, CSS text-autospace) and pdf.js reads a gap as a space. Chinese
// text has no space there; the printed figures and names are written without.
const AUTOSPACE = new RegExp(`(?<=[${HAN}]) +(?=[\\x21-\\x7e])|(?<=[\\x21-\\x7e]) +(?=[${HAN}])`, 'g');

export function withoutAutospace(text: string): string {
	return text.replace(AUTOSPACE, '');
}

/** Runs whose baselines are within half an em of each other, left to right, top to bottom. */
export function visualLines(runs: TextRun[]): VisualLine[] {
	const lines: VisualLine[] = [];
	for (const r of [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
		const line = lines.findLast((l) => Math.abs(l.y - r.y) <= Math.max(l.size, r.size) * 0.5);
		if (line && r.y - lines[lines.length - 1].y <= line.size) {
			line.runs.push(r);
			line.x0 = Math.min(line.x0, r.x0);
			line.x1 = Math.max(line.x1, r.x1);
			line.size = Math.max(line.size, r.size);
		} else lines.push({ runs: [r], y: r.y, size: r.size, x0: r.x0, x1: r.x1 });
	}
	for (const l of lines) l.runs.sort((a, b) => a.x0 - b.x0);
	return lines.sort((a, b) => a.y - b.y);
}

/** A line's text: runs further apart than a quarter em get a space between them. */
export function lineText(runs: TextRun[]): string {
	let out = '';
	let prev: TextRun | null = null;
	for (const r of runs) {
		if (prev && r.x0 - prev.x1 > prev.size * 0.25 && !out.endsWith(' ') && !r.text.startsWith(' ')) out += ' ';
		out += r.text;
		prev = r;
	}
	return withoutAutospace(out.replace(/\s+/g, ' ').trim());
}

/**
 * Joins the parts of text wrapped inside one cell or paragraph. A break
 * between two Latin letters was a space; anywhere else (Han text, a number
 * broken in a narrow cell: `1,` / `046.` / `90`) there was nothing.
 */
export function joinWrapped(parts: string[]): string {
	let out = '';
	for (const p of parts) {
		if (!p) continue;
		out += out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(p) ? ' ' + p : p;
	}
	return out;
}

/** Right end of a line's last visible character. */
const visibleEnd = (l: VisualLine) => Math.max(...l.runs.filter((r) => r.text.trim() !== '').map((r) => r.x1), l.x0);

// What line breaking keeps together at the start of a line: a run of Latin
// letters and digits (a number, `100%`), or one character with the closing
// punctuation that may not begin a line, or an opening bracket with what follows.
const FIRST_UNIT = /^(?:[\x21-\x7e]+|[（“‘《〈【(\[]?.[，。、；：！？）”’》〉】%,.;:!?)\]]*)/u;

/** Width of what had to move to the next line together (character widths taken as even within a run). */
function firstUnitWidth(l: VisualLine): number {
	const r = l.runs.find((x) => x.text.trim() !== '') ?? l.runs[0];
	const text = r.text.trim();
	const chars = [...text].length || 1;
	const unit = [...(FIRST_UNIT.exec(text)?.[0] ?? text)].length;
	return ((r.x1 - r.x0) / chars) * unit;
}

/**
 * The text of a cell's lines (cell box x0..x1). A line that stops short of
 * the cell's text edge by room for what begins the next line, or ends in
 * a drawn space, ended where the writer ended it (one item per line, as
 * indicator names are listed in a cell) or at a space: the next line is a new
 * item, joined with a space, as text extraction writes a cell's lines.
 * Otherwise the line was full and the text wrapped (`1,` / `046.` / `90`).
 */
export function cellText(lines: VisualLine[], x0: number, x1: number): string {
	const pad = Math.max(0, Math.min(...lines.map((l) => l.x0)) - x0);
	const edge = x1 - pad;
	let out = '';
	for (let i = 0; i < lines.length; i++) {
		const text = lineText(lines[i].runs);
		if (!text) continue;
		const prev = lines[i - 1];
		const atSpace = prev && (/\s$/.test(prev.runs[prev.runs.length - 1].text) || /^\s/.test(lines[i].runs[0].text));
		// Layout rounding leaves a little room on full lines: a third of an em on top of the unit.
		const ended = prev && edge - visibleEnd(prev) >= firstUnitWidth(lines[i]) + 0.3 * prev.size;
		out = out && (ended || atSpace) ? `${out} ${text}` : joinWrapped([out, text]);
	}
	return out;
}
