import type { SourceLine } from '../types.ts';

/** Splits text into 1-based lines, accepting \n, \r\n and \r endings. */
export function splitLines(text: string): SourceLine[] {
	const body = text.startsWith('\ufeff') ? text.slice(1) : text;
	return body.split(/\r\n|\r|\n/).map((t, i) => ({ number: i + 1, text: t }));
}

const trim = (c: string) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/**
 * Splits a table row into trimmed cells. PDF extraction uses tabs; web
 * mirrors use `|` with border pipes at both ends. A leading empty cell is
 * kept for tab rows (it is a merged cell), border pipes are dropped.
 */
export function cells(text: string): string[] {
	if (text.includes('\t') || !text.includes('|')) return text.split('\t').map(trim);
	let s = trim(text);
	if (s.startsWith('|')) s = s.slice(1);
	if (s.endsWith('|')) s = s.slice(0, -1);
	return s.split('|').map(trim);
}

/** Cells without the empty ones, in order. */
export function filledCells(text: string): string[] {
	return cells(text).filter((c) => c !== '');
}
