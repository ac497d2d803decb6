import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import { checkSql, onlyReads, type GuardCatalog } from './statement-guard.ts';

const catalog: GuardCatalog = {
	tempTables: ['scratch', 'My_Temp'],
	tempViews: ['tv'],
	tempMacros: ['tm'],
	published: ['units', 'indicators', 'unit_year', 'district_year', 'execution_rate']
};
const ok = (sql: string) => checkSql(sql, catalog);
const message = (sql: string) => {
	const v = checkSql(sql, catalog);
	return v.ok ? null : v.message;
};

describe('checkSql: reading is allowed', () => {
	it.each([
		'SELECT * FROM units',
		'select 1',
		'FROM units SELECT unit_id',
		'FROM unit_year',
		'VALUES (1, 2)',
		'TABLE units',
		'DESCRIBE units',
		'SHOW TABLES',
		'SUMMARIZE indicators',
		'PIVOT unit_year ON fiscal_year USING sum(actual_spend_wan)',
		'UNPIVOT unit_year ON COLUMNS(* EXCLUDE (unit_id)) INTO NAME k VALUE v',
		'(SELECT 1) UNION ALL (SELECT 2)',
		'WITH x AS (SELECT 1 AS a), y(b) AS MATERIALIZED (SELECT 2) SELECT * FROM x, y',
		'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r',
		'EXPLAIN SELECT * FROM units',
		'EXPLAIN ANALYZE SELECT count(*) FROM indicators',
		"PRAGMA table_info('units')",
		'PRAGMA show_tables',
		"SELECT 'drop table units; delete from units' AS s",
		'SELECT 1 -- DROP TABLE units',
		'/* DROP TABLE units */ SELECT 1',
		'SELECT "delete" FROM scratch',
		'SELECT $$ DROP TABLE units $$'
	])('%s', (sql) => {
		expect(ok(sql)).toEqual({ ok: true, writesTemp: false });
	});
});

describe('checkSql: the analyst’s temp objects', () => {
	it.each([
		'CREATE TEMP TABLE t AS SELECT * FROM units',
		'CREATE OR REPLACE TEMPORARY TABLE t (a INTEGER, b VARCHAR)',
		'CREATE TEMP TABLE t (a INTEGER, b AS (a + 1))',
		'CREATE TEMP VIEW v AS FROM unit_year WHERE execution_rate < 0.9',
		'CREATE TEMP MACRO pct(x) AS round(100 * x, 2)',
		'CREATE TEMP TABLE IF NOT EXISTS temp.t2 AS SELECT 1',
		'INSERT INTO scratch SELECT * FROM units',
		'INSERT OR REPLACE INTO temp.main.scratch VALUES (1)',
		"UPDATE scratch SET name = 'x' WHERE true",
		'UPDATE "SCRATCH" SET a = 1',
		'DELETE FROM my_temp',
		'TRUNCATE scratch',
		'DROP TABLE scratch',
		'DROP TABLE IF EXISTS temp.scratch',
		'DROP VIEW tv',
		'DROP MACRO tm',
		'ALTER TABLE scratch ADD COLUMN c INTEGER',
		'WITH x AS (SELECT 1) DELETE FROM scratch',
		'EXPLAIN ANALYZE DELETE FROM scratch'
	])('%s', (sql) => {
		expect(ok(sql)).toEqual({ ok: true, writesTemp: true });
	});
});

describe('checkSql: anything that could change published data is refused', () => {
	it('DROP TABLE on a published table, named in the message', () => {
		expect(message('DROP TABLE units')).toMatch(/^已拒绝执行 DROP TABLE units：units 不是本标签页的临时表/);
	});
	it('comments and strings do not hide a statement', () => {
		expect(message('/* */ DROP TABLE units')).toContain('DROP TABLE units');
		expect(message('-- SELECT\nDROP TABLE units')).toContain('DROP TABLE units');
		expect(message("SELECT 'x'; DROP TABLE units")).toContain('DROP TABLE units');
	});
	it('a CTE in front of a DELETE on a published table', () => {
		expect(message('WITH x AS (SELECT 1) DELETE FROM units')).toContain('DELETE FROM units');
	});
	it('one bad statement among good ones refuses the text', () => {
		expect(message('SELECT 1; CREATE TEMP TABLE t AS SELECT 1; UPDATE units SET name = 1; SELECT 2')).toContain('UPDATE units');
	});
	it.each([
		['DELETE FROM units', '不是本标签页的临时表'],
		['DELETE FROM memory.main.scratch', '不是本标签页的临时表'],
		['INSERT INTO indicators SELECT * FROM indicators', 'INSERT INTO indicators'],
		['UPDATE unit_year SET x = 1', 'UPDATE unit_year'],
		['TRUNCATE units', 'TRUNCATE units'],
		['ALTER TABLE units RENAME TO u2', 'ALTER TABLE units'],
		['ALTER VIEW scratch RENAME TO x', '不是本标签页的临时视图'],
		['DROP VIEW unit_year', 'DROP VIEW unit_year'],
		['DROP TABLE IF EXISTS units', 'DROP TABLE IF EXISTS units'],
		['DROP TABLE scratch, units', '不是本标签页的临时表'],
		['DROP MACRO execution_rate', '不是本标签页的临时宏'],
		['DROP SCHEMA cache CASCADE', 'DROP SCHEMA cache'],
		['CREATE TABLE t AS SELECT 1', '只能创建临时对象'],
		['CREATE OR REPLACE VIEW unit_year AS SELECT 1', '只能创建临时对象'],
		['CREATE MACRO execution_rate(a, b) AS 1', '只能创建临时对象'],
		['CREATE TEMP VIEW unit_year AS SELECT 1', '同名'],
		['CREATE TEMP TABLE "Units" AS SELECT 1', '同名'],
		['CREATE TEMP MACRO execution_rate(a, b) AS 1', '同名'],
		['CREATE TEMP SEQUENCE s', '只能创建临时表'],
		['CREATE TEMP TABLE t AS DELETE FROM units RETURNING *', 'DELETE FROM units'],
		["ATTACH 'x.db' AS x", '挂载'],
		['DETACH x', 'DETACH'],
		["COPY units TO 'u.csv'", '读写文件'],
		["EXPORT DATABASE 'x'", 'EXPORT'],
		["IMPORT DATABASE 'x'", 'IMPORT'],
		['INSTALL httpfs', '扩展'],
		['LOAD httpfs', '扩展'],
		['SET enable_external_access = true', '设置'],
		['RESET threads', '设置'],
		["PRAGMA enable_profiling", 'PRAGMA'],
		["CALL pragma_version()", 'CALL'],
		['CHECKPOINT', 'CHECKPOINT'],
		['USE temp', 'USE'],
		['BEGIN TRANSACTION', 'BEGIN'],
		['EXPLAIN ANALYZE DROP TABLE units', 'DROP TABLE units'],
		['SELECT * FROM (DELETE FROM units RETURNING *)', 'DELETE'],
		['WITH d AS (DELETE FROM units RETURNING *) SELECT * FROM d', 'DELETE FROM units'],
		['', '没有可执行的语句'],
		['-- only a comment', '没有可执行的语句']
	])('%s', (sql, expected) => {
		const m = message(sql);
		expect(m).not.toBeNull();
		expect(m).toContain(expected);
	});
});

describe('checkSql: refusals on English pages', () => {
	afterEach(() => setLang('zh'));

	it.each([
		['DROP TABLE units', /^Refused DROP TABLE units: units is not a temp table of this tab\. The published data is read-only/],
		['DROP MACRO execution_rate', /is not a temp macro of this tab/],
		['CREATE TABLE t AS SELECT 1', /^Refused CREATE TABLE t AS: Only temp objects can be created/],
		['CREATE TEMP VIEW unit_year AS SELECT 1', /named like the published table, view or macro unit_year/],
		['SELECT * FROM (DELETE FROM units RETURNING *)', /^Refused: the statement contains a DELETE sub-statement\./],
		["COPY units TO 'u.csv'", /does not read or write files/],
		['SET enable_external_access = true', /changing engine settings/],
		['BEGIN TRANSACTION', /allows only queries \(SELECT, WITH/],
		['', /^There is no statement to run\.$/]
	])('%s', (sql, expected) => {
		setLang('en');
		const m = message(sql);
		expect(m).toMatch(expected);
		expect(m).not.toMatch(/[\u4e00-\u9fff]/);
	});
});

// What DuckDB reads as a space (Parser::StripUnicodeSpaces) the guard reads as a space.
describe('checkSql: DuckDB’s Unicode spaces', () => {
	const SPACES = { 'U+00A0': '\u00a0', 'U+3000': '\u3000', 'U+2003': '\u2003', 'U+200B': '\u200b', 'U+FEFF': '\ufeff' };
	const withTraps: GuardCatalog = {
		...catalog,
		published: [...catalog.published, 'budgets'],
		builtinFunctions: ['sum', 'round', 'count'],
		// temp tables whose quoted names hold keywords joined by that space (issue 17)
		tempTables: Object.values(SPACES).flatMap((s) => [`indicators${s}where${s}true`, `units${s}set`, `budgets${s}select`, `if${s}exists${s}indicators`])
	};
	it.each(Object.entries(SPACES))('%s separates words, so it cannot hide a keyword', (_, s) => {
		const refused = (sql: string) => {
			const v = checkSql(sql, withTraps);
			return v.ok ? null : v.message;
		};
		expect(refused(`DELETE FROM indicators${s}WHERE${s}true`)).toMatch(/indicators 不是本标签页的临时表/);
		expect(refused(`UPDATE units${s}SET name = 'x'`)).toMatch(/units 不是本标签页的临时表/);
		expect(refused(`INSERT INTO budgets${s}SELECT * FROM budgets`)).toMatch(/budgets 不是本标签页的临时表/);
		expect(refused(`DROP TABLE IF${s}EXISTS${s}indicators`)).toMatch(/indicators 不是本标签页的临时表/);
		// and a query typed with such spaces is a query
		expect(checkSql(`SELECT${s}count(*)${s}FROM${s}units`, withTraps)).toEqual({ ok: true, writesTemp: false });
	});
	it('inside a quoted name the space stays part of the name, as in DuckDB', () => {
		expect(checkSql('CREATE TEMP TABLE "indicators\u00a0WHERE\u00a0true"(x INT)', withTraps)).toEqual({ ok: true, writesTemp: true });
		expect(checkSql('DELETE FROM "indicators\u00a0where\u00a0true"', withTraps)).toEqual({ ok: true, writesTemp: true });
	});
});

describe('checkSql: a temp object may not take a published or built-in name', () => {
	const c: GuardCatalog = { ...catalog, builtinFunctions: ['sum', 'round'] };
	const refused = (sql: string) => {
		const v = checkSql(sql, c);
		return v.ok ? null : v.message;
	};
	it('refuses renaming a temp table or view to a published name', () => {
		expect(refused('ALTER TABLE scratch RENAME TO indicators')).toMatch(/不能与已发布的表、视图或宏 indicators 同名/);
		expect(refused('ALTER VIEW tv RENAME TO "unit_year"')).toMatch(/unit_year 同名/);
		expect(checkSql('ALTER TABLE scratch RENAME TO scratch2', c)).toEqual({ ok: true, writesTemp: true });
		expect(checkSql('ALTER TABLE scratch RENAME COLUMN units TO indicators', c)).toEqual({ ok: true, writesTemp: true });
	});
	it('refuses a temp macro named like a built-in function', () => {
		expect(refused('CREATE TEMP MACRO sum(x) AS 12345')).toMatch(/内置函数 sum 同名/);
		expect(refused('CREATE OR REPLACE TEMP MACRO ROUND(x, y) AS -1')).toMatch(/内置函数 round 同名/);
		expect(checkSql('CREATE TEMP TABLE sum AS SELECT 1', c)).toEqual({ ok: true, writesTemp: true });
	});
});

describe('onlyReads: what a share link may run by itself', () => {
	it.each(['SELECT 1', 'WITH x AS (SELECT 1) SELECT * FROM x; DESCRIBE units', 'SUMMARIZE indicators', "PRAGMA table_info('units')"])('%s runs', (sql) => {
		expect(onlyReads(sql)).toBe(true);
	});
	it.each([
		'CREATE TEMP TABLE "indicators\u00a0WHERE\u00a0true"(x INT); DELETE FROM indicators\u00a0WHERE\u00a0true',
		'SELECT 1; CREATE TEMP MACRO sum(x) AS 12345',
		'CREATE TEMP TABLE t AS SELECT 1',
		'DELETE FROM units',
		'SELECT 1; SET memory_limit = \'10GB\'',
		''
	])('%s waits for the reader', (sql) => {
		expect(onlyReads(sql)).toBe(false);
	});
});
