// Tables a reader is looking at, saved as workbooks made in the browser.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('the filtered explorer list downloads as .xlsx with both header rows and the filters in 说明', async ({ page }) => {
	const { default: readXlsxFile } = await import('read-excel-file/node');
	await page.goto('indicators/?status=not_met');
	// the filter from the address is applied by DuckDB-WASM: 5 unmet indicators in the seeds
	await expect(page.locator('[data-field="explorer-total"]')).toHaveText('5', { timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('explorer-xlsx').click()]);
	const sheets = await readXlsxFile(await readFile((await download.path())!));
	const [zh, en, ...rows] = sheets[0].data;
	expect(zh.slice(0, 2)).toEqual(['单位', '单位编号']);
	expect(en.slice(0, 2)).toEqual(['Unit', 'Unit id']);
	const status = zh.indexOf('状态');
	expect(rows).toHaveLength(5);
	expect(new Set(rows.map((r) => r[status]))).toEqual(new Set(['not_met']));
	expect(typeof rows[0][zh.indexOf('年度')]).toBe('number');
	expect(sheets.at(-1)!.data.flat().join(' ')).toContain('status=not_met');
});

test('the coverage page and the overview save their tables as .xlsx', async ({ page }) => {
	const { default: readXlsxFile } = await import('read-excel-file/node');
	await page.goto('coverage/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-workbook]').click()]);
	const sheets = await readXlsxFile(await readFile((await download.path())!));
	expect(sheets.map((s) => s.sheet)).toEqual(['区', '街镇', '说明']);
	expect(sheets[0].data).toHaveLength(2 + 11); // two header rows, every district
	const units = sheets[1].data.slice(2);
	expect(units.filter((r) => r[2] === '街道' || r[2] === '镇')).toHaveLength(176);
	const yonghe = units.find((r) => r[0] === 'hp-yonghe')!;
	expect(yonghe[5]).toBe(1); // one document

	await page.goto('./');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
	const [overview] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator('[data-workbook]').first().click()]);
	const [ranking, districts] = await readXlsxFile(await readFile((await overview.path())!));
	expect(ranking.sheet).toBe('执行率排名');
	expect(districts.data).toHaveLength(2 + 11);
});
