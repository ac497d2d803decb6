import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabularResult } from '../engine/query.ts';
import { toParquet, uniqueNames, unscaledDecimal, writeParquet } from './export-parquet.ts';

let dir: string;
let conn: DuckDBConnection;
let n = 0;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'export-parquet-'));
	const db = await DuckDBInstance.create(':memory:');
	conn = await db.connect();
});
afterAll(async () => {
	conn?.closeSync();
	await rm(dir, { recursive: true, force: true });
});

/** Writes the result as Parquet and reads it back with native DuckDB: column types and rows (as DuckDB's JSON-safe values). */
async function roundTrip(result: TabularResult, select = '*') {
	const file = join(dir, `r${n++}.parquet`);
	await writeFile(file, new Uint8Array(toParquet(result)));
	const from = `read_parquet('${file.replace(/'/g, "''")}')`;
	const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`)).getRowObjectsJS();
	const types = Object.fromEntries(described.map((r) => [r.column_name as string, r.column_type as string]));
	const rows = (await conn.runAndReadAll(`SELECT ${select} FROM ${from}`)).getRowObjectsJson();
	return { types, rows };
}

const columns = (spec: [string, string][]) => spec.map(([name, type]) => ({ name, type }));

describe('toParquet', () => {
	it('round-trips every supported type and NULLs through DuckDB with the same types', async () => {
		const result: TabularResult = {
			columns: columns([
				['i8', 'TINYINT'],
				['i16', 'SMALLINT'],
				['i32', 'INTEGER'],
				['i64', 'BIGINT'],
				['u64', 'UBIGINT'],
				['dbl', 'DOUBLE'],
				['flt', 'FLOAT'],
				['d9', 'DECIMAL(9,2)'],
				['d18', 'DECIMAL(18,4)'],
				['d38', 'DECIMAL(38,10)'],
				['s', 'VARCHAR'],
				['b', 'BOOLEAN'],
				['dt', 'DATE'],
				['ts', 'TIMESTAMP'],
				['t', 'TIME'],
				['bl', 'BLOB']
			]),
			rows: [
				[1, 300, 2024, '9007199254740993', '18446744073709551615', 1.5, 0.5, 12.34, 18570.21, 1.5, '永和街道', true, '2024-03-01', '2024-01-02T03:04:05.123Z', '13:05:09.5', new Uint8Array([0x78, 0x00])],
				[-128, -2, -5, -1, 0, -0.25, 2, -0.01, 1.15, -123456.789, '<img src=x onerror=alert(1)>', false, '1969-12-31', '1970-01-01T00:00:00.000Z', '00:00:00', new Uint8Array([])],
				[null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null]
			]
		};
		const { types, rows } = await roundTrip(result);
		expect(types).toEqual({
			i8: 'TINYINT',
			i16: 'SMALLINT',
			i32: 'INTEGER',
			i64: 'BIGINT',
			u64: 'UBIGINT',
			dbl: 'DOUBLE',
			flt: 'FLOAT',
			d9: 'DECIMAL(9,2)',
			d18: 'DECIMAL(18,4)',
			d38: 'DECIMAL(38,10)',
			s: 'VARCHAR',
			b: 'BOOLEAN',
			dt: 'DATE',
			ts: 'TIMESTAMP',
			t: 'TIME',
			bl: 'BLOB'
		});
		expect(rows).toEqual([
			{
				i8: 1,
				i16: 300,
				i32: 2024,
				i64: '9007199254740993',
				u64: '18446744073709551615',
				dbl: 1.5,
				flt: 0.5,
				d9: '12.34',
				d18: '18570.2100',
				d38: '1.5000000000',
				s: '永和街道',
				b: true,
				dt: '2024-03-01',
				ts: '2024-01-02 03:04:05.123',
				t: '13:05:09.5',
				bl: 'x\\x00'
			},
			{
				i8: -128,
				i16: -2,
				i32: -5,
				i64: '-1',
				u64: '0',
				dbl: -0.25,
				flt: 2,
				d9: '-0.01',
				// 1.15 × 10^4 is 11499.999999999998 as a double: the unscaled value must come from the text
				d18: '1.1500',
				d38: '-123456.7890000000',
				s: '<img src=x onerror=alert(1)>',
				b: false,
				dt: '1969-12-31',
				ts: '1970-01-01 00:00:00',
				t: '00:00:00',
				bl: ''
			},
			Object.fromEntries(result.columns.map((c) => [c.name, null]))
		]);
	});

	it('writes lists, structs and intervals as their JSON text; repeated names get a suffix', async () => {
		const result: TabularResult = {
			columns: columns([
				['a', 'INTEGER'],
				['a', 'INTEGER'],
				['l', 'VARCHAR[]'],
				['st', 'STRUCT(k INTEGER, v VARCHAR)'],
				['iv', 'INTERVAL'],
				['a', 'VARCHAR']
			]),
			rows: [
				[1, 2, ['x', '"y"'], { k: 1, v: '街道' }, { months: 0, days: 3, micros: 0 }, 'z'],
				[3, null, [], null, null, null]
			]
		};
		const { types, rows } = await roundTrip(result);
		expect(types).toEqual({ a: 'INTEGER', a_2: 'INTEGER', l: 'VARCHAR', st: 'VARCHAR', iv: 'VARCHAR', a_3: 'VARCHAR' });
		expect(rows).toEqual([
			{ a: 1, a_2: 2, l: '["x","\\"y\\""]', st: '{"k":1,"v":"街道"}', iv: '{"months":0,"days":3,"micros":0}', a_3: 'z' },
			{ a: 3, a_2: null, l: '[]', st: null, iv: null, a_3: null }
		]);
	});

	it('writes a column whose values do not fit its type as text instead of failing', async () => {
		const result: TabularResult = {
			columns: columns([
				['d', 'DATE'],
				['n', 'INTEGER']
			]),
			rows: [['infinity', 1]]
		};
		expect(writeParquet(result).columns).toEqual([
			{ name: 'd', typed: false },
			{ name: 'n', typed: true }
		]);
		const { types, rows } = await roundTrip(result);
		expect(types).toEqual({ d: 'VARCHAR', n: 'INTEGER' });
		expect(rows).toEqual([{ d: 'infinity', n: 1 }]);
	});

	it('keeps time zones, HUGEINTs (as DECIMAL(38,0)) and ISO offsets', async () => {
		const result: TabularResult = {
			columns: columns([
				['tz', 'TIMESTAMP WITH TIME ZONE'],
				['off', 'TIMESTAMP'],
				['h', 'HUGEINT']
			]),
			rows: [
				['2024-01-02T03:04:05.000Z', '2024-01-02T11:04:05.250+08:00', '-99999999999999999999999999999999999999'],
				['1970-01-01T00:00:01.000Z', '2024-01-02 03:04:05.000001', 12]
			]
		};
		const { types, rows } = await roundTrip(result, 'epoch_ms(tz) AS tz, off::VARCHAR AS off, h::VARCHAR AS h');
		expect(types).toEqual({ tz: 'TIMESTAMP WITH TIME ZONE', off: 'TIMESTAMP', h: 'DECIMAL(38,0)' });
		// 2024-01-02T03:04:05Z = 1,704,164,645 s after the epoch
		expect(rows).toEqual([
			{ tz: '1704164645000', off: '2024-01-02 03:04:05.25', h: '-99999999999999999999999999999999999999' },
			{ tz: '1000', off: '2024-01-02 03:04:05.000001', h: '12' }
		]);
		// 2^127 − 1 does not fit DECIMAL(38,0): the column is written as text, not wrapped around
		const huge = { columns: columns([['h', 'HUGEINT']]), rows: [['170141183460469231731687303715884105727']] };
		expect(writeParquet(huge).columns).toEqual([{ name: 'h', typed: false }]);
	});

	it('writes an empty result with its schema', async () => {
		const { types, rows } = await roundTrip({ columns: columns([['x', 'BIGINT'], ['y', 'VARCHAR']]), rows: [] });
		expect(types).toEqual({ x: 'BIGINT', y: 'VARCHAR' });
		expect(rows).toEqual([]);
	});

	it('refuses a result without columns', () => {
		expect(() => toParquet({ columns: [], rows: [] })).toThrow('没有列');
	});

	it('round-trips 100,000 rows × 5 columns', async () => {
		const N = 100_000;
		const result: TabularResult = {
			columns: columns([
				['id', 'BIGINT'],
				['unit', 'VARCHAR'],
				['budget', 'DECIMAL(18,2)'],
				['rate', 'DOUBLE'],
				['day', 'DATE']
			]),
			rows: Array.from({ length: N }, (_, i) => [
				i,
				`单位${i % 997}`,
				i % 10 === 0 ? null : (i * 37) / 100,
				i / N,
				`2024-01-${String((i % 28) + 1).padStart(2, '0')}`
			])
		};
		const { types, rows } = await roundTrip(
			result,
			// aggregates computed by hand below; plus a few sampled rows
			`count(*) AS n, sum(id)::VARCHAR AS ids, count(budget) AS budgets, sum(budget)::VARCHAR AS budget_sum,
			 count(DISTINCT unit) AS units, max(day)::VARCHAR AS last_day,
			 list(rate ORDER BY id)[1:1] AS first_rate, min(rate) AS min_rate, max(rate) AS max_rate`
		);
		expect(types).toEqual({ id: 'BIGINT', unit: 'VARCHAR', budget: 'DECIMAL(18,2)', rate: 'DOUBLE', day: 'DATE' });
		// Σ i for i < 100000 = 4,999,950,000; budgets: the 90,000 i not divisible by 10,
		// Σ 0.37·i over them = 0.37 × (4,999,950,000 − 10 × Σ_{k<10000} k = 499,950,000) = 1,665,000,000.00
		expect(rows).toEqual([
			{
				n: '100000',
				ids: '4999950000',
				budgets: '90000',
				budget_sum: '1665000000.00',
				units: '997',
				last_day: '2024-01-28',
				first_rate: [0],
				min_rate: 0,
				max_rate: 0.99999
			}
		]);
		const sample = (await roundTrip(result, 'id, unit, budget::VARCHAR AS budget, rate, day::VARCHAR AS day')).rows;
		expect(sample[12345]).toEqual({ id: '12345', unit: '单位381', budget: '4567.65', rate: 0.12345, day: '2024-01-26' });
	});
});

describe('helpers', () => {
	it('makes names unique in order', () => {
		expect(uniqueNames(['a', 'a', 'a_2', '', 'a'])).toEqual(['a', 'a_2', 'a_2_2', 'column_4', 'a_3']);
	});

	it('scales decimals through their text', () => {
		expect(unscaledDecimal(1.15, 4)).toBe(11500n);
		expect(unscaledDecimal(-0.01, 2)).toBe(-1n);
		expect(unscaledDecimal('12.5', 1)).toBe(125n);
	});
});
