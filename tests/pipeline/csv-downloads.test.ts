// The published CSVs are safe to open in a spreadsheet: text that would start
// a formula is guarded (issue 17: seed 004 prints a target `=12个`, Calc and
// Excel showed #NAME?), while Parquet keeps the value exact. The CSVs are read
// back with DuckDB's own CSV reader, not with the code that wrote them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { buildRegistered } from './helpers.ts';

let out: string;
let db: QueryRunner;
let manifest: { tables: { name: string; rows: number; columns: { name: string; type: string }[] }[]; downloads: { csv: Record<string, { file: string }> } };
const csvDb = await (await DuckDBInstance.create(':memory:')).connect();
const csvRows = async (table: string, where = 'true') => {
	const path = join(out, manifest.downloads.csv[table].file).replace(/'/g, "''");
	return (await csvDb.runAndReadAll(`SELECT * FROM read_csv('${path}', header = true, all_varchar = true) WHERE ${where}`)).getRowObjectsJS() as Record<string, string | null>[];
};

beforeAll(async () => {
	({ out, db } = await buildRegistered());
	manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
});

describe('published CSV downloads', () => {
	it('indicators.csv holds the target =12个 guarded; Parquet still holds =12个', async () => {
		const parquet = await db.query<{ indicator_id: string }>(`SELECT indicator_id FROM indicators WHERE target_text = '=12个'`);
		expect(parquet.length).toBeGreaterThan(0);
		const csv = await csvRows('indicators', `indicator_id = '${parquet[0].indicator_id}'`);
		expect(csv[0].target_text).toBe("'=12个");
		expect(csv[0].target_op).toBe("'=");
	});

	it('no text cell of any CSV starts a formula; numbers, NULLs and row counts are those of Parquet', async () => {
		for (const t of manifest.tables) {
			const rows = await csvRows(t.name);
			expect(rows.length, t.name).toBe(t.rows);
			for (const c of t.columns.filter((c) => c.type === 'VARCHAR')) {
				const bad = rows.map((r) => r[c.name]).filter((v) => v !== null && /^[=+\-@\t\r]/.test(v));
				expect(bad, `${t.name}.${c.name}`).toEqual([]);
			}
		}
		// a source line that starts with a tab (a table row with a merged first cell) keeps its text after the guard
		const lines = await csvRows('source_lines', `starts_with(text, '''\t')`);
		expect(lines.length).toBeGreaterThan(0);
		const [first] = lines;
		const [parquet] = await db.query<{ text: string }>(`SELECT text FROM source_lines WHERE doc_id = '${first.doc_id}' AND line = ${first.line}`);
		expect(first.text).toBe(`'${parquet.text}`);
		// numbers are not text: a decimal is written as DuckDB spells it, NULL as an empty field
		const [budget] = await csvRows('budgets', `scope = 'total' AND doc_id = 'hp-yonghe-2021-selfeval'`);
		expect(budget.adjusted_budget_wan).toBe('19206.9900');
	});
});
