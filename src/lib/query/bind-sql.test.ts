import { describe, expect, it } from 'vitest';
import { bindParams, bindSql } from './bind-sql.ts';

describe('bindParams', () => {
	it('numbers each name once, in order of first use; values travel apart; literals and comments stay', () => {
		const sql = "SELECT '$year' AS t -- $district\nFROM x WHERE y = $year AND (d = $district OR $district IS NULL) AND k = $kind";
		expect(bindParams(sql, { year: 2022, district: null, kind: "o'k" })).toEqual({
			sql: "SELECT '$year' AS t -- $district\nFROM x WHERE y = $1 AND (d = $2 OR $2 IS NULL) AND k = $3",
			values: [2022, null, "o'k"]
		});
	});
	it('never puts a value into the text', () => {
		const { sql, values } = bindParams('SELECT * FROM u WHERE id = $id', { id: "x'; DROP TABLE u; --" });
		expect(sql).toBe('SELECT * FROM u WHERE id = $1');
		expect(values).toEqual(["x'; DROP TABLE u; --"]);
	});
	it('refuses an unbound parameter and a non-finite number', () => {
		expect(() => bindParams('SELECT $x')).toThrow('$x is not bound');
		expect(() => bindParams('SELECT $x', { x: Number.NaN })).toThrow();
	});
});

describe('bindSql (for showing a query with its values)', () => {
	it('binds numbers, strings and NULL; leaves literals and comments alone', () => {
		const sql = "SELECT '$year' AS t -- $district\nFROM x WHERE y = $year AND d = $district AND k = $kind";
		expect(bindSql(sql, { year: 2022, district: null, kind: "o'k" })).toBe(
			"SELECT '$year' AS t -- $district\nFROM x WHERE y = 2022 AND d = NULL AND k = 'o''k'"
		);
	});
	it('quotes hostile strings so they stay one literal', () => {
		expect(bindSql('SELECT * FROM u WHERE id = $id', { id: "x'; DROP TABLE u; --" })).toBe("SELECT * FROM u WHERE id = 'x''; DROP TABLE u; --'");
	});
});
