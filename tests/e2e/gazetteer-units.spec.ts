// Every 街道 and 镇 of Guangzhou has a page, whether or not it has documents;
// one without any says so in a sentence instead of showing empty tables.
import { expect, test } from '@playwright/test';
import { sealOrigin } from './site.ts';

test('a unit without documents: its name, district and division code, and "no documents yet"', async ({ page }) => {
	await sealOrigin(page);
	await page.goto('units/yx-datang/');
	await expect(page.locator('h1')).toHaveText('大塘街道');
	await expect(page.locator('.meta')).toContainText('广州市越秀区人民政府大塘街道办事处');
	await expect(page.locator('.meta')).toContainText('统计用区划代码 440104017');
	await expect(page.locator('.crumbs')).toContainText('越秀区');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['尚无文件']);
	await expect(page.getByTestId('no-documents')).toContainText('本站还没有收录大塘街道的预算绩效文件');
	await expect(page.locator('main table, main select')).toHaveCount(0);
	await expect(page.locator('[data-workbook]')).toHaveCount(0); // an Excel file of empty sheets says nothing
});

test('the same in English', async ({ page }) => {
	await sealOrigin(page);
	await page.goto('en/units/zc-xintang/');
	await expect(page.locator('h1')).toHaveText('新塘镇');
	await expect(page.locator('.meta')).toContainText('NBS division code 440118101');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['No documents yet']);
	await expect(page.locator('main table')).toHaveCount(0);
});

test('a unit with documents keeps its tables (no "no documents yet")', async ({ page }) => {
	await sealOrigin(page);
	await page.goto('units/hp-yonghe/');
	await expect(page.locator('.meta')).toContainText('统计用区划代码 440112015');
	await expect(page.getByTestId('no-documents')).toHaveCount(0);
	await expect(page.locator('[data-workbook]')).toHaveCount(1);
	await expect(page.locator('[data-table="unit-indicators"] tbody tr')).toHaveCount(43);
});
