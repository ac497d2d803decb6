import { describe, expect, it } from 'vitest';
import { errorSpan, errorWithoutPicture } from './error-position.ts';

// Messages as DuckDB (1.4, native and WASM) wrote them for these statements.
const marked = (sql: string, message: string) => {
	const span = errorSpan(message, sql);
	return span && { line: span.line, text: sql.slice(span.from, span.to) };
};

describe('errorSpan', () => {
	it('follows the caret under LINE n', () => {
		const sql = 'SELECT *\nFROM units\nWHERE zzz = 1';
		const msg = 'Binder Error: Referenced column "zzz" not found in FROM clause!\nCandidate bindings: "a"\n\nLINE 3: WHERE zzz = 1\n              ^';
		expect(marked(sql, msg)).toEqual({ line: 3, text: 'zzz' });
	});

	it('marks a parser error at the offending word', () => {
		const sql = "SELECT 1 FROM units WHERE a = 'x' ANDD b = 1";
		const msg = 'Parser Error: syntax error at or near "ANDD"\n\nLINE 1: SELECT 1 FROM units WHERE a = \'x\' ANDD b = 1\n                                          ^';
		expect(marked(sql, msg)).toEqual({ line: 1, text: 'ANDD' });
	});

	it('counts Chinese characters as two columns, as DuckDB draws them', () => {
		const sql = "SELECT '满意度' AS 名称, zz\nFROM units";
		const msg = 'Binder Error: Referenced column "zz" not found in FROM clause!\nCandidate bindings: "a"\n\nLINE 1: SELECT \'满意度\' AS 名称, zz\n                                 ^';
		expect(marked(sql, msg)).toEqual({ line: 1, text: 'zz' });
	});

	it('finds the shown window of a long line', () => {
		const sql =
			'SELECT ' +
			Array.from({ length: 40 }, (_, i) => `a AS c${i}`).join(', ') +
			', zzz, ' +
			Array.from({ length: 40 }, (_, i) => `'名称${i}' AS d${i}`).join(', ') +
			' FROM units';
		const msg =
			'Binder Error: Referenced column "zzz" not found in FROM clause!\nCandidate bindings: "a"\n\n' +
			"LINE 1: ..., a AS c34, a AS c35, a AS c36, a AS c37, a AS c38, a AS c39, zzz, '名称0' AS d0, '名称1' AS d1, '名称2' AS d2, '名称3...\n" +
			' '.repeat(73) + '^';
		const span = errorSpan(msg, sql)!;
		expect(sql.slice(span.from, span.to)).toBe('zzz');
		expect(span.from).toBe(sql.indexOf('zzz'));

		const cjk = 'SELECT ' + Array.from({ length: 30 }, (_, i) => `'中文名称${i}' AS d${i}`).join(', ') + ', zzz FROM units';
		const cjkMsg =
			'Binder Error: Referenced column "zzz" not found in FROM clause!\nCandidate bindings: "a"\n\n' +
			"LINE 1: ..., '中文名称27' AS d27, '中文名称28' AS d28, '中文名称29' AS d29, zzz FROM units\n" +
			' '.repeat(76) + '^';
		expect(marked(cjk, cjkMsg)).toEqual({ line: 1, text: 'zzz' });
	});

	it('takes the first picture when WASM repeats it', () => {
		const sql = 'SELECT * FRM units';
		const once = 'LINE 1: SELECT * FRM units\n                     ^';
		expect(marked(sql, `Parser Error: syntax error at or near "units"\n\n${once}\n\n${once}`)).toEqual({ line: 1, text: 'units' });
	});

	it('reads a byte position, and "end of input" as the end', () => {
		const sql = "SELECT '名称', zz FROM units";
		const byte = new TextEncoder().encode("SELECT '名称', ").length;
		expect(marked(sql, `{"exception_type":"Binder","position":"${byte}"}`)).toEqual({ line: 1, text: 'zz' });
		const span = errorSpan('Parser Error: syntax error at end of input', 'SELECT 1 +\n');
		expect(span).toEqual({ from: 10, to: 10, line: 1 });
	});

	it('gives null when there is no position, or it does not fit the statement', () => {
		expect(errorSpan('Out of Memory Error: could not allocate', 'SELECT 1')).toBeNull();
		expect(errorSpan('Binder Error: x\n\nLINE 4: WHERE x\n        ^', 'SELECT 1')).toBeNull();
	});
});

describe('errorWithoutPicture', () => {
	it('drops the LINE/caret picture, however often it is there', () => {
		const once = 'LINE 1: SELECT * FRM units\n                     ^';
		expect(errorWithoutPicture(`Parser Error: syntax error at or near "units"\n\n${once}\n\n${once}`)).toBe('Parser Error: syntax error at or near "units"');
	});
});
