import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import type { Manifest } from '../engine/load-tables.ts';
import { toPlainRows } from '../query/plain-rows.ts';
import { columnsInScope, completionSchema, guardCatalog, loadCatalog, type RunSql } from './catalog.ts';

async function engine(): Promise<RunSql> {
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	for (const sql of [
		"CREATE TABLE units AS SELECT 'a' AS unit_id, '甲街道' AS short_name UNION ALL SELECT 'b', '乙街道'",
		'CREATE TABLE indicators AS SELECT 1 AS indicator_id, 0.5::DOUBLE AS attainment',
		'CREATE MACRO execution_rate(a, b) AS a / b',
		'CREATE SCHEMA cache',
		'CREATE TABLE cache.unit_year AS SELECT 1 AS x',
		'CREATE VIEW unit_year AS FROM cache.unit_year',
		'CREATE TEMP TABLE mine AS SELECT 1 AS k, 2 AS v',
		'CREATE TEMP VIEW mine_v AS SELECT k FROM mine',
		'CREATE TEMP MACRO twice(x) AS x * 2'
	])
		await conn.run(sql);
	return async <T>(sql: string) => toPlainRows((await conn.runAndReadAll(sql)).getRowObjectsJS()) as T[];
}

const manifest = {
	dataset_version: '1',
	build_time: '',
	tables: [{ name: 'indicators', file: '', rows: 1, bytes: 0, sha256: '', columns: [{ name: 'attainment', type: 'DOUBLE', description_zh: '完成度' }] }],
	views: [{ name: 'unit_year', description_zh: '单位 × 年度' }]
} as unknown as Manifest;

describe('loadCatalog', () => {
	it('lists published and temp tables and views with columns, counts and descriptions', async () => {
		const c = await loadCatalog(await engine(), manifest);
		const brief = c.objects.map((o) => [o.name, o.kind, o.temporary, o.rows]);
		expect(brief).toEqual([
			['indicators', 'table', false, 1],
			['units', 'table', false, 2],
			['unit_year', 'view', false, 1],
			['mine', 'table', true, 1],
			['mine_v', 'view', true, null]
		]);
		const indicators = c.objects.find((o) => o.name === 'indicators')!;
		expect(indicators.columns).toEqual([
			{ name: 'indicator_id', type: 'INTEGER', description: undefined },
			{ name: 'attainment', type: 'DOUBLE', description: '完成度' }
		]);
		expect(indicators.description).toBe('绩效指标（目标值与完成值）');
		expect(c.objects.find((o) => o.name === 'unit_year')!.description).toBe('单位 × 年度');
		expect(c.objects.find((o) => o.name === 'mine_v')!.columns.map((x) => x.name)).toEqual(['k']);
		expect(c.macros).toEqual([
			{ name: 'execution_rate', temporary: false },
			{ name: 'twice', temporary: true }
		]);
	});

	it('feeds the guard and the completion', async () => {
		const c = await loadCatalog(await engine());
		const guard = guardCatalog(c);
		expect({ ...guard, builtinFunctions: undefined }).toEqual({
			tempTables: ['mine'],
			tempViews: ['mine_v'],
			tempMacros: ['twice'],
			published: ['indicators', 'units', 'unit_year', 'execution_rate'],
			builtinFunctions: undefined
		});
		// DuckDB's own functions, which a temp macro may not shadow; not the published macros
		expect(guard.builtinFunctions).toEqual(expect.arrayContaining(['sum', 'round', 'count']));
		expect(guard.builtinFunctions).not.toContain('execution_rate');
		const schema = completionSchema(c) as Record<string, { self: { label: string }; children: { label: string }[] }>;
		expect(schema.units.children.map((x) => x.label)).toEqual(['unit_id', 'short_name']);
		expect(schema.mine.self.label).toBe('mine');
		expect(columnsInScope(c, 'FROM indicators SELECT attai').map((x) => x.label)).toEqual(['indicator_id', 'attainment']);
		expect(columnsInScope(c, 'SELECT 1').map((x) => x.label)).toEqual([]);
		expect(columnsInScope(c, "SELECT * FROM units u JOIN \"MINE\" m ON true WHERE 'indicators' = ''").map((x) => x.label)).toEqual([
			'unit_id',
			'short_name',
			'k',
			'v'
		]);
	});
});

describe('loadCatalog on English pages', () => {
	afterEach(() => setLang('zh'));

	const bilingual = {
		...manifest,
		tables: [{ ...manifest.tables[0], columns: [{ name: 'attainment', type: 'DOUBLE', description_zh: '完成度', description_en: 'Attainment (actual ÷ target)' }] }],
		views: [{ name: 'unit_year', description_zh: '单位 × 年度', description_en: 'One row per unit and year' }]
	} as unknown as Manifest;

	it('takes the English descriptions of manifest.json, and English table captions', async () => {
		setLang('en');
		const c = await loadCatalog(await engine(), bilingual);
		const indicators = c.objects.find((o) => o.name === 'indicators')!;
		expect(indicators.description).toBe('Performance indicators (targets and actuals)');
		expect(indicators.columns.find((x) => x.name === 'attainment')!.description).toBe('Attainment (actual ÷ target)');
		expect(c.objects.find((o) => o.name === 'unit_year')!.description).toBe('One row per unit and year');
		const schema = completionSchema(c) as Record<string, { self: { detail: string } }>;
		expect(schema.units.self.detail).toBe('table · 2 rows');
		expect(schema.mine_v.self.detail).toBe('temp view');
	});

	it('falls back to the Chinese description where there is no English one', async () => {
		setLang('en');
		const c = await loadCatalog(await engine(), manifest);
		expect(c.objects.find((o) => o.name === 'unit_year')!.description).toBe('单位 × 年度');
	});
});
