import { describe, expect, it } from 'vitest';
import { splitStatements, statementAt, tokenize } from './statements.ts';

const texts = (sql: string) => splitStatements(sql).map((s) => s.text);

describe('splitStatements', () => {
	it('splits on semicolons and keeps offsets into the whole text', () => {
		const sql = 'SELECT 1;\n  SELECT 2 ;\nFROM units';
		const parts = splitStatements(sql);
		expect(parts.map((s) => s.text)).toEqual(['SELECT 1', 'SELECT 2', 'FROM units']);
		for (const s of parts) expect(sql.slice(s.from, s.to)).toBe(s.text);
		expect(parts[0].end).toBe(9); // just past the ';'
		expect(parts[2].end).toBe(sql.length);
	});

	it('ignores semicolons in strings, quoted identifiers, dollar quotes and comments', () => {
		const sql = [
			"SELECT 'a;b', 'it''s;' AS \"x;y\"",
			'SELECT $$ ; $$, $fn$ ; $x$ ; $fn$',
			'SELECT 1 -- ; not here\n + 2',
			'SELECT /* ; /* nested ; */ still ; */ 3',
			"SELECT E'\\'; '"
		].join(';\n');
		expect(texts(sql)).toEqual([
			"SELECT 'a;b', 'it''s;' AS \"x;y\"",
			'SELECT $$ ; $$, $fn$ ; $x$ ; $fn$',
			'SELECT 1 -- ; not here\n + 2',
			'SELECT /* ; /* nested ; */ still ; */ 3',
			"SELECT E'\\'; '"
		]);
	});

	it('leaves out empty statements and leading comments', () => {
		expect(texts(';; -- only a comment\n;/* x */  SELECT 1;  ')).toEqual(['SELECT 1']);
		expect(splitStatements('')).toEqual([]);
		expect(splitStatements('-- title: x\n')).toEqual([]);
	});

	it('never throws on unterminated strings and comments', () => {
		expect(texts("SELECT 'abc; def")).toEqual(["SELECT 'abc; def"]);
		expect(texts('SELECT 1 /* open ; comment')).toEqual(['SELECT 1']);
		expect(texts('SELECT "open ; ident')).toEqual(['SELECT "open ; ident']);
	});

	it('keeps Chinese text intact', () => {
		expect(texts("SELECT * FROM indicators WHERE name LIKE '%满意%；' ; SELECT '中文'")).toEqual([
			"SELECT * FROM indicators WHERE name LIKE '%满意%；'",
			"SELECT '中文'"
		]);
	});
});

describe('tokenize', () => {
	it('tells words from strings, identifiers, params and punctuation', () => {
		const t = tokenize(`SELECT "Drop", 'drop', $year, x::INT /* drop */ -- drop`);
		expect(t.map((x) => [x.kind, x.text])).toEqual([
			['word', 'SELECT'],
			['quoted', '"Drop"'],
			['punct', ','],
			['string', "'drop'"],
			['punct', ','],
			['param', '$year'],
			['punct', ','],
			['word', 'x'],
			['punct', ':'],
			['punct', ':'],
			['word', 'INT']
		]);
	});
});

describe('statementAt', () => {
	const sql = 'SELECT 1;\n\nSELECT 2;\nSELECT 3';
	const parts = splitStatements(sql);
	it('finds the statement around the cursor', () => {
		expect(statementAt(parts, 0)?.text).toBe('SELECT 1');
		expect(statementAt(parts, 9)?.text).toBe('SELECT 1'); // right after the semicolon
		expect(statementAt(parts, sql.indexOf('2'))?.text).toBe('SELECT 2');
		expect(statementAt(parts, sql.length)?.text).toBe('SELECT 3');
	});
	it('between statements takes the one before the cursor', () => {
		expect(statementAt(parts, 10)?.text).toBe('SELECT 1');
		expect(statementAt(splitStatements('  \n SELECT 1'), 0)?.text).toBe('SELECT 1');
		expect(statementAt([], 0)).toBeUndefined();
	});
});
