// Where in the statement a DuckDB error points, as an offset the editor can
// mark. DuckDB appends the offending line and a caret:
//
//   Binder Error: Referenced column "zz" not found in FROM clause!
//
//   LINE 3: WHERE zz = 1
//                 ^
//
// The caret counts display columns (a Chinese character is two wide) and a
// long line is shown as a window ("...") around the error, so the caret is
// mapped through the shown text back to the statement. Some messages carry a
// byte position instead ("position": "42"); "at end of input" means the end.

export interface ErrorSpan {
	/** Offsets into the statement text that was run. */
	from: number;
	to: number;
	/** 1-based line in that statement. */
	line: number;
}

/** Display width of a code point as DuckDB's terminal rendering counts it (East Asian wide = 2). */
export function displayWidth(cp: number): number {
	if (cp === 0) return 0;
	if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
	if (
		(cp >= 0x1100 && cp <= 0x115f) ||
		(cp >= 0x2e80 && cp <= 0x303e) ||
		(cp >= 0x3041 && cp <= 0x33ff) ||
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0xa000 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) ||
		(cp >= 0x1f300 && cp <= 0x1f64f) ||
		(cp >= 0x1f900 && cp <= 0x1f9ff) ||
		(cp >= 0x20000 && cp <= 0x3fffd)
	)
		return 2;
	return 1;
}

/** UTF-16 index in `s` of the character at display column `col` (0-based). */
function indexAtColumn(s: string, col: number): number {
	let width = 0;
	let index = 0;
	for (const ch of s) {
		if (width >= col) return index;
		width += displayWidth(ch.codePointAt(0)!);
		index += ch.length;
	}
	return index;
}

/** UTF-16 index of UTF-8 byte offset `byte` in `s`. */
function indexAtByte(s: string, byte: number): number {
	let bytes = 0;
	let index = 0;
	for (const ch of s) {
		if (bytes >= byte) return index;
		const cp = ch.codePointAt(0)!;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		index += ch.length;
	}
	return index;
}

/** From an offset, the span of the word (identifier, number, quoted name) that starts there, or one character. */
function spanAt(text: string, from: number): { from: number; to: number } {
	const rest = text.slice(from);
	const m = /^("([^"]|"")*"|'([^']|'')*'|[\p{L}\p{N}_$.]+)/u.exec(rest);
	const len = m ? m[0].length : Math.min(1, rest.length);
	return { from, to: from + len };
}

function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') line++;
	return line;
}

/** Offset of the first character of 1-based `line`; DuckDB counts every \n and \r as a line break. */
function lineStart(text: string, line: number): number | null {
	let n = 1;
	for (let i = 0; i < text.length && n < line; i++) {
		if (text[i] === '\n' || text[i] === '\r') {
			n++;
			if (n === line) return i + 1;
		}
	}
	return n === line ? 0 : null;
}

/**
 * The span of `statement` that `message` (a DuckDB error for that very text)
 * points at, or null when the message carries no position.
 */
export function errorSpan(message: string, statement: string): ErrorSpan | null {
	const caret = /LINE (\d+): ([^\n]*)\n( *)\^/.exec(message);
	if (caret) {
		const line = Number(caret[1]);
		const start = lineStart(statement, line);
		if (start === null) return null;
		const nl = statement.slice(start).search(/[\n\r]/);
		const source = statement.slice(start, nl < 0 ? statement.length : start + nl);
		let shown = caret[2];
		let col = caret[3].length - `LINE ${line}: `.length;
		// A window into a long line: "..." before and/or after what is shown.
		let shownAt = 0;
		if (shown.startsWith('...') && !source.startsWith('...')) {
			shown = shown.slice(3);
			col -= 3;
			if (shown.endsWith('...') && !source.includes(shown)) shown = shown.slice(0, -3);
			shownAt = Math.max(0, source.indexOf(shown));
		}
		const offset = Math.min(start + shownAt + indexAtColumn(shown, Math.max(0, col)), start + source.length);
		return { ...spanAt(statement, offset), line };
	}
	const position = /"position"\s*:\s*"?(\d+)/.exec(message) ?? /\bat (?:position|character) (\d+)/i.exec(message);
	if (position) {
		const offset = indexAtByte(statement, Number(position[1]));
		return { ...spanAt(statement, offset), line: lineOf(statement, offset) };
	}
	if (/at end of input/i.test(message)) {
		const end = statement.trimEnd().length;
		return { from: end, to: end, line: lineOf(statement, end) };
	}
	return null;
}

/** The message without DuckDB's "LINE n: … ^" picture (the editor shows the place itself). */
export function errorWithoutPicture(message: string): string {
	return message.replace(/\n*LINE \d+: [^\n]*\n *\^/g, '').trim();
}
