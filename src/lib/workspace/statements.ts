// SQL text → tokens and statements with their offsets in the text, the way
// DuckDB's (PostgreSQL-derived) lexer sees it: semicolons end statements only
// outside 'strings', E'escape strings', "quoted identifiers", $tag$dollar
// quotes$tag$, -- line comments and /* nested block comments */. The editor
// uses it to find the statement under the cursor; the guard reads the tokens,
// so words inside strings and comments never count.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
	kind: TokenKind;
	/** Source text of the token (for strings and quoted identifiers, with their quotes). */
	text: string;
	from: number;
	to: number;
}

export interface SqlStatement {
	/** The statement without surrounding whitespace, comments before it, or its semicolon. */
	text: string;
	/** Offsets of `text` in the whole SQL text. */
	from: number;
	to: number;
	/** Offset just past the terminating semicolon (or `to` if there is none). */
	end: number;
	tokens: Token[];
}

/**
 * The Unicode spaces DuckDB's parser turns into plain spaces outside quotes,
 * strings and line comments before it reads a statement (Parser::StripUnicodeSpaces):
 * U+00A0, U+2000–U+200B, U+202F, U+205F, U+2060, U+3000, U+FEFF. They separate words here too,
 * so `DELETE FROM indicators\u00a0WHERE true` reads as DuckDB reads it.
 */
const SPACES = '\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u2060\\u3000\\ufeff';
export const DUCKDB_UNICODE_SPACES = new RegExp(`[${SPACES}]`);
const WORD_START = new RegExp(`(?![${SPACES}])[A-Za-z_\\u0080-\\uffff]`);
const WORD_PART = new RegExp(`(?![${SPACES}])[A-Za-z0-9_$\\u0080-\\uffff]`);
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/** Index just past a quoted run starting at `i` (the opening quote); a doubled quote is an escaped one. */
function skipQuoted(sql: string, i: number, quote: string, backslashEscapes = false): number {
	let j = i + 1;
	while (j < sql.length) {
		const c = sql[j];
		if (backslashEscapes && c === '\\') j += 2;
		else if (c === quote) {
			if (sql[j + 1] === quote) j += 2;
			else return j + 1;
		} else j++;
	}
	return sql.length; // unterminated: DuckDB will say so
}

/** Index just past a block comment starting at `i`; block comments nest as in PostgreSQL. */
function skipBlockComment(sql: string, i: number): number {
	let depth = 0;
	let j = i;
	while (j < sql.length) {
		if (sql[j] === '/' && sql[j + 1] === '*') {
			depth++;
			j += 2;
		} else if (sql[j] === '*' && sql[j + 1] === '/') {
			depth--;
			j += 2;
			if (depth === 0) return j;
		} else j++;
	}
	return sql.length;
}

/** Every token of `sql`, comments and whitespace left out. Never throws. */
export function tokenize(sql: string): Token[] {
	const tokens: Token[] = [];
	const push = (kind: TokenKind, from: number, to: number) => tokens.push({ kind, text: sql.slice(from, to), from, to });
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		const next = sql[i + 1];
		if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || DUCKDB_UNICODE_SPACES.test(c)) {
			i++;
		} else if (c === '-' && next === '-') {
			const nl = sql.slice(i).search(/[\n\r]/);
			i = nl < 0 ? sql.length : i + nl;
		} else if (c === '/' && next === '*') {
			i = skipBlockComment(sql, i);
		} else if (c === "'") {
			const j = skipQuoted(sql, i, "'");
			push('string', i, j);
			i = j;
		} else if ((c === 'E' || c === 'e') && next === "'") {
			const j = skipQuoted(sql, i + 1, "'", true);
			push('string', i, j);
			i = j;
		} else if (c === '"') {
			const j = skipQuoted(sql, i, '"');
			push('quoted', i, j);
			i = j;
		} else if (c === '$') {
			const tag = DOLLAR_TAG.exec(sql.slice(i, i + 200));
			if (tag) {
				const close = sql.indexOf(tag[0], i + tag[0].length);
				const j = close < 0 ? sql.length : close + tag[0].length;
				push('string', i, j);
				i = j;
			} else {
				let j = i + 1;
				while (j < sql.length && WORD_PART.test(sql[j]) && sql[j] !== '$') j++;
				push('param', i, j);
				i = j;
			}
		} else if (WORD_START.test(c)) {
			let j = i + 1;
			while (j < sql.length && WORD_PART.test(sql[j])) j++;
			push('word', i, j);
			i = j;
		} else if (c >= '0' && c <= '9') {
			let j = i + 1;
			while (j < sql.length && /[0-9._eE]/.test(sql[j])) j++;
			push('number', i, j);
			i = j;
		} else {
			push('punct', i, i + 1);
			i++;
		}
	}
	return tokens;
}

/** The statements of `sql` in order; empty ones (only whitespace, comments or `;`) are left out. */
export function splitStatements(sql: string): SqlStatement[] {
	const out: SqlStatement[] = [];
	let current: Token[] = [];
	const close = (end: number) => {
		if (current.length) {
			const from = current[0].from;
			const to = current[current.length - 1].to;
			out.push({ text: sql.slice(from, to), from, to, end, tokens: current });
		}
		current = [];
	};
	for (const t of tokenize(sql)) {
		if (t.kind === 'punct' && t.text === ';') close(t.to);
		else current.push(t);
	}
	close(current.length ? current[current.length - 1].to : sql.length);
	return out;
}

/**
 * The statement the cursor is in: the one whose text (with its semicolon)
 * contains `pos`; between statements, the one just before the cursor, else
 * the first after it.
 */
export function statementAt(statements: SqlStatement[], pos: number): SqlStatement | undefined {
	let before: SqlStatement | undefined;
	for (const s of statements) {
		if (pos >= s.from && pos <= s.end) return s;
		if (s.end <= pos) before = s;
	}
	return before ?? statements.find((s) => s.from >= pos);
}
