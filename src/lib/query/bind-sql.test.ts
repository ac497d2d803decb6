import { describe, expect, it } from 'vitest';
import { bindSql } from './bind-sql.ts';

describe('bindSql', () => {
	it('binds numbers, strings and NULL; leaves literals and comments alone', () => {
		const sql = "SELECT '$year' AS t -- $district\nFROM x WHERE y = $year AND d = $district AND k = $kind";
		expect(bindSql(sql, { year: 2022, district: null, kind: "o'k" })).toBe(
			"SELECT '$year' AS t -- $district\nFROM x WHERE y = 2022 AND d = NULL AND k = 'o''k'"
		);
	});
	it('refuses an unbound parameter and a non-finite number', () => {
		expect(() => bindSql('SELECT $x')).toThrow('$x is not bound');
		expect(() => bindSql('SELECT $x', { x: Number.NaN })).toThrow();
	});
	it('quotes hostile strings so they stay one literal', () => {
		expect(bindSql('SELECT * FROM u WHERE id = $id', { id: "x'; DROP TABLE u; --" })).toBe(
			"SELECT * FROM u WHERE id = 'x''; DROP TABLE u; --'"
		);
	});
});
