// The published dataset as one .xlsx, read back with read-excel-file:
// a sheet per table, headers in two languages, money as numbers, the hostile
// target =12个 as text, and the column layout the /data page's lookup formulas use.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnKind } from '../../src/pipeline/write-workbook.ts';
import { buildRegistered } from './helpers.ts';

let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
let tableNames: string[];

beforeAll(async () => {
	const { run, out } = await buildRegistered();
	const wb = run.manifest.downloads!.workbook;
	expect(wb.file).toMatch(/^guangzhou-budget-performance-.+\.xlsx$/);
	sheets = await readXlsxFile(await readFile(join(out, wb.file)));
	tableNames = run.manifest.tables.map((t) => t.name);
}, 120_000);

const sheet = (name: string) => sheets.find((s) => s.sheet === name)!.data;

describe('the dataset workbook', () => {
	it('has one sheet per published table and the 说明 sheet', () => {
		expect(sheets.map((s) => s.sheet)).toEqual([...tableNames, '说明']);
	});

	it('budgets: Chinese then English headers, money as numbers', () => {
		const [zh, en, ...rows] = sheet('budgets');
		expect(en.slice(0, 3)).toEqual(['budget_id', 'unit_id', 'fiscal_year']);
		const actual = en.indexOf('actual_spend_wan');
		expect(zh[actual]).toMatch(/万元/);
		// the computed and the printed rate keep apart headers
		expect(zh[en.indexOf('execution_rate')]).not.toBe(zh[en.indexOf('reported_execution_rate')]);
		const yonghe = rows.find((r) => r[en.indexOf('unit_id')] === 'hp-yonghe' && r[en.indexOf('scope')] === 'total')!;
		expect(yonghe[actual]).toBe(18570.21);
		expect(yonghe[en.indexOf('fiscal_year')]).toBe(2021);
		expect(yonghe[en.indexOf('execution_rate')]).toBeCloseTo(18570.21 / 19206.99, 6);
	});

	it('keeps the printed target =12个 as text', () => {
		const [, en, ...rows] = sheet('indicators');
		expect(rows.map((r) => r[en.indexOf('target_text')])).toContain('=12个');
	});

	it('units: unit_id in column A and short_name in column C, as the lookup formulas on /data assume', () => {
		const [, en] = sheet('units');
		expect(en[0]).toBe('unit_id');
		expect(en[2]).toBe('short_name');
	});

	it('reads a column’s meaning from its contract type', () => {
		expect(columnKind({ name: 'actual_spend_wan', type: 'DECIMAL(18,4)' })).toBe('money');
		expect(columnKind({ name: 'execution_rate', type: 'DOUBLE' })).toBe('rate');
		expect(columnKind({ name: 'attainment', type: 'DOUBLE' })).toBe('rate');
		expect(columnKind({ name: 'target_value', type: 'DOUBLE' })).toBe('number');
		expect(columnKind({ name: 'fiscal_year', type: 'INTEGER' })).toBe('year');
		expect(columnKind({ name: 'source_line', type: 'INTEGER' })).toBe('count');
		expect(columnKind({ name: 'target_text', type: 'VARCHAR' })).toBe('text');
	});
});
