// Traceability and take-away: every figure links to the line it came from,
// and the published files open in the tools people use (DuckDB, Excel).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';

test.use({ javaScriptEnabled: false }); // all of this is plain prerendered HTML

test('a figure on a unit page links to the source line that holds that number', async ({ page }) => {
	await page.goto('units/hp-yonghe/');
	const row = page.locator('[data-table="unit-budgets"] tbody tr', { hasText: '19,206.99' }).first();
	const ref = row.locator('a.src');
	await expect(ref).toHaveAttribute('href', /sources\/hp-yonghe-2021-selfeval\/#L8$/);
	await ref.click();
	await expect(page).toHaveURL(/sources\/hp-yonghe-2021-selfeval\/#L8$/);
	const line = page.locator('#L8');
	await expect(line).toContainText('19,206.99'); // 整体支出年度预算数 as printed in the document
	await expect(line).toHaveAttribute('data-class', 'fact');
	await expect(line).toHaveCSS('outline-style', 'solid'); // :target highlight
});

test('the sources index lists every document with its parse coverage; a document shows all its lines', async ({ page }) => {
	await page.goto('sources/');
	const rows = page.locator('[data-table="sources"] tbody tr');
	await expect(rows).toHaveCount(5);
	// 金花 project table: 53 fact + 13 prose + 0 unparsed non-blank lines (data/ingest-report.md, checked against the file)
	const jinhua = rows.filter({ hasText: '金花' });
	await expect(jinhua.locator('td.num').nth(0)).toHaveText('66');
	await expect(jinhua.locator('td.num').nth(1)).toHaveText('53');
	await jinhua.locator('a').first().click();
	const lines = page.locator('[data-testid="source-lines"] li');
	expect(await lines.count()).toBeGreaterThanOrEqual(66);
	await expect(page.locator('[data-testid="source-lines"] li[data-class="fact"]')).toHaveCount(53);
});

test('/data: Parquet reads back in DuckDB with the manifest row count; CSV has a BOM and the same rows; the zip holds everything', async ({ page, request }) => {
	await page.goto('data/');
	const manifest = await (await request.get('data/manifest.json')).json();
	const indicators = manifest.tables.find((t: { name: string }) => t.name === 'indicators');
	await expect(page.locator('[data-table="downloads"] tr', { hasText: 'indicators.parquet' }).locator('[data-rows]')).toHaveAttribute('data-rows', String(indicators.rows));

	const dir = mkdtempSync(join(tmpdir(), 'gz-dl-'));
	const get = async (selector: string) => {
		const href = (await page.locator(selector).first().getAttribute('href'))!;
		const res = await request.get(new URL(href, page.url()).href);
		expect(res.status(), href).toBe(200);
		return Buffer.from(await res.body());
	};
	const parquet = await get('[data-table="downloads"] tr:has-text("indicators.parquet") a[data-download="parquet"]');
	const csv = await get('[data-table="downloads"] tr:has-text("indicators.parquet") a[data-download="csv"]');
	expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel shows Chinese
	writeFileSync(join(dir, 'indicators.parquet'), parquet);
	writeFileSync(join(dir, 'indicators.csv'), csv);

	const db = await (await DuckDBInstance.create(':memory:')).connect();
	const count = async (sql: string) => Number((await db.runAndReadAll(sql)).getRowObjectsJS()[0].n);
	expect(await count(`SELECT count(*) AS n FROM read_parquet('${join(dir, 'indicators.parquet')}')`)).toBe(indicators.rows);
	expect(await count(`SELECT count(*) AS n FROM read_csv('${join(dir, 'indicators.csv')}', header = true)`)).toBe(indicators.rows);
	// the CSV holds the same values: the same unmet indicators either way
	const unmet = `SELECT count(*) AS n FROM %s WHERE status = 'not_met'`;
	expect(await count(unmet.replace('%s', `read_csv('${join(dir, 'indicators.csv')}', header = true)`))).toBe(
		await count(unmet.replace('%s', `read_parquet('${join(dir, 'indicators.parquet')}')`))
	);

	const zip = unzipSync(new Uint8Array(await get('a[data-download="zip"]')));
	for (const t of manifest.tables) {
		expect(Object.keys(zip)).toContain(t.file);
		expect(Object.keys(zip)).toContain(`csv/${t.name}.csv`);
	}
	expect(Object.keys(zip)).toContain('data-dictionary.md');
	expect(Object.keys(zip)).toContain('sources/001_5db012f121f01c6e.txt');
	expect(new TextDecoder().decode(zip['data-dictionary.md'])).toContain('| execution_rate |');
});
