// Side by side: a comparison in the URL runs in DuckDB-WASM; the linked
// presets are prerendered; unknown ids are named. Figures from the seeds.
import { expect, test } from '@playwright/test';
import { sealOrigin } from './site.ts';

const figures = (page: import('@playwright/test').Page) => page.locator('[data-table="compare-figures"]');

test('永和街道 (2021) and 员村街道 (2022) from the URL: actual spend with the lines it came from', async ({ page }) => {
	const foreign = await sealOrigin(page);
	await page.goto('compare/?units=hp-yonghe,th-yuancun');
	const actual = figures(page).locator('tr[data-metric="actual"]');
	await expect(actual).toContainText('18,570.21', { timeout: 60_000 });
	await expect(actual).toContainText('12,198.33');
	await expect(actual.locator('a[href$="/sources/hp-yonghe-2021-selfeval/#L8"]')).toHaveCount(1);
	await expect(actual.locator('a[href$="/sources/th-yuancun-2022-selfeval/#L10"]')).toHaveCount(1);
	// Each is shown in its own latest year, said in the year row.
	await expect(figures(page).locator('tbody tr').first()).toContainText('2021');
	await expect(figures(page).locator('tbody tr').first()).toContainText('2022');
	// 员村's indicators have no target to judge: the gap is a sentence, not a blank.
	await expect(figures(page).locator('tr[data-metric="attainment"] [data-gap]')).toContainText('无可评判的指标');
	// Choosing 2022 leaves 永和 without a document that year, said in words.
	await page.locator('select[name="year"]').selectOption('2022');
	await expect(figures(page).locator('tr[data-metric="actual"] [data-gap]')).toHaveText('该年度无文件');
	await expect(page.locator('[data-chart="compare-bars"]')).toBeVisible();
	expect(foreign).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a unit against its district is prerendered, the district figure the overview’s own', async ({ page }) => {
		await page.goto('compare/unit/hp-yonghe/');
		await expect(page.locator('h1')).toHaveText('对比');
		const execution = figures(page).locator('tr[data-metric="execution"] td');
		await expect(execution).toHaveText(['96.68%', '96.68%']);
		await expect(figures(page).locator('thead')).toContainText('黄埔区');
		// The reported rate is the document's; a district prints none, and says so.
		await expect(figures(page).locator('tr[data-metric="executionReported"] td').nth(1)).toContainText('区无文件所列数');
	});

	test('the unit and district pages link their comparisons', async ({ page }) => {
		await page.goto('units/hp-yonghe/');
		await expect(page.locator('a[href$="/compare/unit/hp-yonghe/"]')).toHaveText('与黄埔区对比');
		await page.goto('districts/440118/');
		await expect(page.locator('a[href$="/compare/district/440118/"]')).toHaveCount(1);
	});
});

test('the district comparison matches the overview’s district table (same SQL)', async ({ page }) => {
	await page.goto('compare/?units=zc-licheng&districts=440118');
	const districtCell = figures(page).locator('tr[data-metric="execution"] td').nth(1);
	await expect(districtCell).toHaveText(/\d+\.\d\d%/, { timeout: 60_000 });
	await page.locator('select[name="year"]').selectOption('2021');
	const compared = await districtCell.textContent();
	await page.goto('./?year=2021&district=440118');
	await expect(page.locator('[data-table="districts"]')).toContainText(compared!.trim(), { timeout: 60_000 });
});

test('an unknown id in the URL is named, and the rest is compared', async ({ page }) => {
	await page.goto('compare/?units=hp-yonghe,no-such-unit');
	await expect(page.getByTestId('compare-unknown')).toContainText('no-such-unit', { timeout: 60_000 });
	await expect(figures(page)).toContainText('18,570.21');
});

test('the comparison and a unit page download as .xlsx made in the browser', async ({ page }) => {
	const { default: readXlsxFile } = await import('read-excel-file/node');
	const { readFile } = await import('node:fs/promises');
	await page.goto('compare/?units=hp-yonghe,th-yuancun');
	await expect(figures(page)).toContainText('18,570.21', { timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-workbook]').click()]);
	expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
	const sheets = await readXlsxFile(await readFile((await download.path())!));
	const [zh, en, ...rows] = sheets[0].data;
	expect(zh).toContain('实际支出（万元）');
	expect(en).toContain('Actual spending (CNY 10k)');
	expect(rows.map((r) => r[zh.indexOf('实际支出（万元）')])).toEqual(expect.arrayContaining([18570.21, 12198.33]));

	await page.goto('units/lw-jinhua/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
	const [unitDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-workbook]').click()]);
	const unitSheets = await readXlsxFile(await readFile((await unitDownload.path())!));
	expect(unitSheets.map((s) => s.sheet)).toEqual(['预算与执行', '任务与项目', '指标', '质量标记', '说明']);
	// 金花's 2022 project table prints a target "=12个": it comes back as that text, not a formula.
	const indicators = unitSheets[2].data;
	expect(indicators.flat()).toContain('=12个');
});
