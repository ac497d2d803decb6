// The browser decodes the published Parquet with this module; here the files
// come from native DuckDB, written exactly like the pipeline writes them (zstd).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { Type, tableFromIPC, type Table } from 'apache-arrow';
import { arrowTypeFor, parquetToArrow, parquetToIPC, type ColumnSpec } from './parquet-to-arrow.ts';

const COLUMNS: ColumnSpec[] = [
	{ name: 'name', type: 'VARCHAR' },
	{ name: 'year', type: 'INTEGER' },
	{ name: 'rate', type: 'DOUBLE' },
	{ name: 'amount_wan', type: 'DECIMAL(18,4)' },
	{ name: 'assumed', type: 'BOOLEAN' }
];

const SELECT = `
	SELECT * FROM (VALUES
		('广州市天河区人民政府员村街道办事处', 2022, 0.9668, 1234.5678, true),
		(NULL, NULL, NULL, NULL, NULL),
		('b''c', -7, -1.5e-3, -0.0001, false),
		('', 0, 0.0, 999999999.9999, true)
	) t(name, year, rate, amount_wan, assumed)`;

let dir: string;
const bytes = async (file: string) => {
	const b = await readFile(join(dir, file));
	return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'parquet-to-arrow-'));
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	const cast = `CAST(name AS VARCHAR) AS name, CAST(year AS INTEGER) AS year, CAST(rate AS DOUBLE) AS rate,
		CAST(amount_wan AS DECIMAL(18,4)) AS amount_wan, CAST(assumed AS BOOLEAN) AS assumed`;
	const out = (f: string) => join(dir, f).replace(/'/g, "''");
	await conn.run(`COPY (SELECT ${cast} FROM (${SELECT})) TO '${out('mixed.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
	await conn.run(`COPY (SELECT ${cast} FROM (${SELECT}) WHERE false) TO '${out('empty.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
	// Several row groups and a repetitive string column (dictionary-encoded by DuckDB).
	await conn.run(`COPY (SELECT 'unit-' || (i % 37) AS unit_id, CAST(i AS INTEGER) AS n, CAST(i / 100 AS DECIMAL(18,4)) AS m
		FROM range(25000) r(i)) TO '${out('groups.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 4096)`);
	conn.closeSync();
	db.closeSync();
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

const rows = (t: Table) => t.toArray().map((r) => r.toJSON());
// Arrow prints DECIMAL(18,4) as 'Decimal[18e+4]'; spell it like SQL instead.
const types = (t: Table) =>
	t.schema.fields.map((f) => (f.typeId === Type.Decimal ? `Decimal(${f.type.precision},${f.type.scale})` : String(f.type)));
const TYPES = ['Utf8', 'Int32', 'Float64', 'Decimal(18,4)', 'Bool'];

describe('parquetToArrow', () => {
	it('builds the schema from the manifest types', async () => {
		const t = await parquetToArrow(await bytes('mixed.parquet'), COLUMNS);
		expect(t.schema.fields.map((f) => f.name)).toEqual(COLUMNS.map((c) => c.name));
		expect(types(t)).toEqual(TYPES);
		expect(t.schema.fields[3].type.bitWidth).toBe(128);
		expect(t.schema.fields.every((f) => f.nullable)).toBe(true);
	});

	it('keeps values, NULLs and Chinese text', async () => {
		const t = await parquetToArrow(await bytes('mixed.parquet'), COLUMNS);
		expect(t.numRows).toBe(4);
		const r = rows(t);
		expect(r.map((x) => x.name)).toEqual(['广州市天河区人民政府员村街道办事处', null, "b'c", '']);
		expect(r.map((x) => x.year)).toEqual([2022, null, -7, 0]);
		expect(r.map((x) => x.rate)).toEqual([0.9668, null, -1.5e-3, 0]);
		expect(r.map((x) => x.assumed)).toEqual([true, null, false, true]);
		expect(t.getChild('amount_wan')!.nullCount).toBe(1);
		// Unscaled DECIMAL integers, exact (no float residue).
		const money = t.getChild('amount_wan')!;
		const unscaled = [0, 2, 3].map((i) => {
			const words = new BigInt64Array(money.data[0].values.buffer, money.data[0].values.byteOffset + i * 16, 2);
			return words[0];
		});
		expect(unscaled).toEqual([12345678n, -1n, 9999999999999n]);
	});

	it('falls back to the Parquet schema without a manifest', async () => {
		const t = await parquetToArrow(await bytes('mixed.parquet'));
		expect(types(t)).toEqual(TYPES);
	});

	it('gives an empty table its columns and types', async () => {
		const t = await parquetToArrow(await bytes('empty.parquet'), COLUMNS);
		expect(t.numRows).toBe(0);
		expect(t.schema.fields.map((f) => f.name)).toEqual(COLUMNS.map((c) => c.name));
		expect(t.batches.length).toBe(1);
	});

	it('assembles row groups in order', async () => {
		const t = await parquetToArrow(await bytes('groups.parquet'), [
			{ name: 'unit_id', type: 'VARCHAR' },
			{ name: 'n', type: 'INTEGER' },
			{ name: 'm', type: 'DECIMAL(18,4)' }
		]);
		expect(t.numRows).toBe(25000);
		// 37 distinct ids over 25,000 rows: sent as an Arrow dictionary (DuckDB reads it as VARCHAR).
		expect(t.getChild('unit_id')!.type.typeId).toBe(Type.Dictionary);
		expect(t.getChild('unit_id')!.data[0].dictionary!.length).toBeLessThan(25000 / 2);
		const ids = t.getChild('unit_id')!;
		const ns = t.getChild('n')!;
		for (const i of [0, 1, 4095, 4096, 8191, 12345, 24999]) {
			expect(ids.get(i)).toBe(`unit-${i % 37}`);
			expect(ns.get(i)).toBe(i);
		}
	});

	it('rejects a manifest column the file lacks and unknown types', async () => {
		await expect(parquetToArrow(await bytes('mixed.parquet'), [{ name: 'nope', type: 'VARCHAR' }])).rejects.toThrow('nope');
		expect(() => arrowTypeFor('INTERVAL')).toThrow('unsupported');
	});
});

describe('parquetToIPC', () => {
	it('round-trips through an IPC stream', async () => {
		const { ipc, rows: n } = await parquetToIPC(await bytes('mixed.parquet'), COLUMNS);
		expect(n).toBe(4);
		const back = tableFromIPC(ipc);
		expect(back.numRows).toBe(4);
		expect(types(back)).toEqual(TYPES);
		expect(rows(back).map((x) => x.name)).toEqual(['广州市天河区人民政府员村街道办事处', null, "b'c", '']);
		expect(rows(back).map((x) => x.year)).toEqual([2022, null, -7, 0]);
		expect(rows(back).map((x) => x.assumed)).toEqual([true, null, false, true]);
	});

	it('round-trips dictionary-encoded strings across row groups', async () => {
		const { ipc } = await parquetToIPC(await bytes('groups.parquet'));
		const back = tableFromIPC(ipc);
		expect(back.numRows).toBe(25000);
		const ids = back.getChild('unit_id')!;
		for (const i of [0, 4096, 24999]) expect(ids.get(i)).toBe(`unit-${i % 37}`);
	});

	it('writes an empty table as a schema plus an empty batch', async () => {
		const { ipc, rows: n } = await parquetToIPC(await bytes('empty.parquet'), COLUMNS);
		expect(n).toBe(0);
		const back = tableFromIPC(ipc);
		expect(back.numRows).toBe(0);
		expect(back.schema.fields.map((f) => f.name)).toEqual(COLUMNS.map((c) => c.name));
	});
});
