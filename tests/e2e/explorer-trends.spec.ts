// The indicator explorer (/indicators) and the trends page (/trends) as a
// reader gets them: prerendered numbers without JavaScript, search and
// filters through DuckDB-WASM, nothing fetched from any other host. Expected
// values are the seeds', counted by hand in data/sources/ (see
// tests/pipeline/explorer-trends.test.ts for the line numbers).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { sealOrigin, watchCsp } from './site.ts';

const rows = (page: Page) => page.locator('[data-table="explorer-indicators"] tbody tr');
const ready = (page: Page) => expect(page.locator('[data-explorer]')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the explorer shows every indicator’s counts, the histogram and the first 100 rows', async ({ page }) => {
		await page.goto('indicators/');
		await expect(page.locator('h1')).toHaveText('绩效指标查询');
		await expect(page.locator('[data-field="explorer-total"]')).toHaveText('308');
		// 26 met + 5 not met + 231 targets only + 46 actuals only
		await expect(page.locator('[data-counts="status"] [data-status="met"]')).toContainText('26');
		await expect(page.locator('[data-counts="status"] [data-status="not_met"]')).toContainText('未达成');
		await expect(page.locator('[data-counts="status"] [data-status="not_met"]')).toContainText('5');
		await expect(page.locator('[data-chart="attainment-histogram"] svg')).toHaveCount(1);
		await expect(rows(page)).toHaveCount(100);
		await expect(page.locator('[data-field="explorer-shown"]')).toHaveText('显示 100 条，共 308 条');
		await expect(rows(page).first()).toContainText('永和街道');
		await expect(page.locator('noscript')).toHaveCount(1);
	});

	test('the trends page shows the largest units’ rates as points and every district', async ({ page }) => {
		await page.goto('trends/');
		await expect(page.locator('h1')).toHaveText('年度趋势');
		await expect(page.locator('[data-chart="trend-units"] svg')).toHaveCount(1);
		await expect(page.locator('[data-chart="trend-districts"] svg')).toHaveCount(1);
		const units = page.locator('[data-table="trend-units"]');
		// 永和 2021: 18,570.21 ÷ 19,206.99; 员村 2022: 12,198.33 ÷ 12,436.77; 荔城 2021: 75,317.78 ÷ 82,912.04
		await expect(units.locator('tr', { hasText: '永和街道' })).toContainText('96.68%');
		await expect(units.locator('tr', { hasText: '员村街道' })).toContainText('98.08%');
		await expect(units.locator('tr', { hasText: '荔城街道' }).first()).toContainText('90.84%');
		await expect(page.locator('[data-table="trend-districts"]')).toContainText('黄埔区');
		// the outlier view's sentence for 员村's printed 98.10 %
		await expect(page.locator('[data-list="trend-outliers"]')).toContainText('原文执行率 98.10%，按原文金额计算为 98.08%');
	});
});

test('searching 满意度 finds all 54 satisfaction indicators of the seeds, 服务对象满意率 included', async ({ page }) => {
	const foreign = await sealOrigin(page);
	const violations = watchCsp(page);
	await page.goto('indicators/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 }); // handlers attached before typing
	await page.getByLabel('搜索指标名称').fill('满意度');
	await expect(page.locator('[data-field="explorer-total"]')).toHaveText('54', { timeout: 60_000 });
	await ready(page);
	await expect(page).toHaveURL(/[?&]q=%E6%BB%A1%E6%84%8F%E5%BA%A6/);
	await expect(rows(page)).toHaveCount(54);
	// every row is in the satisfaction family; the two 服务对象满意率 (满意 but not 意度) rank last
	await expect(rows(page).locator('td:nth-child(9)', { hasText: '满意度' })).toHaveCount(54);
	await expect(rows(page).nth(52)).toContainText('服务对象满意率');
	await expect(rows(page).nth(53)).toContainText('服务对象满意率');
	await expect(page.locator('[data-table="explorer-indicators"]')).toContainText('居民对环境卫生的满意度');
	expect(foreign).toEqual([]);
	expect(violations).toEqual([]);
});

test('choosing the 满意度 family shows one row per unit, with targets against the median', async ({ page }) => {
	await page.goto('indicators/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 }); // handlers attached before typing
	await page.locator('select[name="family"]').selectOption('satisfaction');
	const family = page.locator('[data-table="family-units"] tbody tr');
	await expect(family).toHaveCount(4, { timeout: 60_000 });
	const units = await family.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit')));
	expect([...units].sort()).toEqual(['hp-yonghe', 'lw-jinhua', 'th-yuancun', 'zc-licheng']);
	await expect(page.locator('[data-family="satisfaction"]')).toContainText('全部单位目标中位数 90%');
	// 永和 ≥80 % is below the median of 90 %: easier; 金花's 60 %–100 %, median 90 %
	await expect(family.filter({ hasText: '永和街道' })).toContainText('较易');
	await expect(family.filter({ hasText: '金花街道' })).toContainText('60% – 100%');
	await expect(page.locator('[data-chart="family-targets"] [data-live]')).toHaveCount(1);
	await expect(page).toHaveURL(/family=satisfaction/);
	await expect(page.locator('[data-field="explorer-total"]')).toHaveText('54');
});

test('a shared link opens filtered; sorting by a column says so to assistive technology', async ({ page }) => {
	await page.goto('indicators/?status=not_met');
	await expect(page.locator('[data-field="explorer-total"]')).toHaveText('5', { timeout: 60_000 });
	await expect(rows(page)).toHaveCount(5);
	await expect(rows(page).locator('td:nth-child(8)', { hasText: '未达成' })).toHaveCount(5);
	await page.locator('th button', { hasText: '完成度' }).click();
	await ready(page);
	await expect(page.locator('th[aria-sort="ascending"]')).toContainText('完成度');
	await expect(page).toHaveURL(/sort=attainment/);
	const values = await rows(page).locator('td:nth-child(7)').allTextContents();
	const nums = values.map((v) => parseFloat(v));
	expect(nums).toEqual([...nums].sort((a, b) => a - b));
});

test('the filtered list exports as CSV with a BOM, one line per indicator', async ({ page }) => {
	await page.goto('indicators/?q=满意度');
	await expect(page.locator('[data-field="explorer-total"]')).toHaveText('54', { timeout: 60_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV（当前筛选）' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^绩效指标-.*\.csv$/);
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	expect(lines).toHaveLength(55); // header + 54
	expect(lines[0]).toContain('指标名称');
	expect(lines.filter((l) => l.includes('服务对象满意率'))).toHaveLength(2);
});

test('the trends page: points for single years, a metric switch, movers and outliers from DuckDB-WASM', async ({ page }) => {
	const foreign = await sealOrigin(page);
	await page.goto('trends/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 }); // handlers attached before typing
	await expect(page.locator('[data-chart="trend-units"] [data-live]')).toHaveCount(1, { timeout: 30_000 });
	// every seed unit has a rate in one year at most: points, and no line between years
	await expect(page.locator('[data-chart="trend-units"] p.visually-hidden')).toContainText('永和街道：2021 年 96.68%');
	await page.getByLabel('指标达成率').check();
	await expect(page).toHaveURL(/metric=attainment/, { timeout: 60_000 });
	await expect(page.locator('[data-trends]')).toHaveAttribute('data-state', 'ready');
	// 永和 2021: 13 met of 15 judged; 荔城 2021: 13 of 16
	await expect(page.locator('[data-chart="trend-units"] p.visually-hidden')).toContainText('永和街道：2021 年 86.67%');
	await expect(page.locator('[data-chart="trend-units"] p.visually-hidden')).toContainText('荔城街道：2021 年 81.25%');
	await expect(page.locator('#movers')).toContainText('指标达成率');
	// remove 员村 from the comparison: its outlier goes, 荔城's stay
	await page.getByRole('button', { name: '移除 员村街道' }).click();
	await expect(page).toHaveURL(/units=zc-licheng%2Chp-yonghe%2Clw-jinhua|units=zc-licheng,hp-yonghe,lw-jinhua/);
	await expect(page.locator('[data-list="trend-outliers"] li')).toHaveCount(3);
	await expect(page.locator('[data-list="trend-outliers"]')).not.toContainText('员村街道');
	expect(foreign).toEqual([]);
});

test.describe('on a phone (375 px)', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	for (const path of ['indicators/?family=satisfaction', 'trends/']) {
		test(`${path} fits the screen`, async ({ page }) => {
			await page.goto(path);
			const charts = await page.locator('[data-chart]').count();
			if (path.includes('family')) await expect(page.locator('[data-chart="family-targets"]')).toHaveCount(1, { timeout: 60_000 });
			await expect(page.locator('[data-chart] [data-live]')).toHaveCount(Math.max(charts, await page.locator('[data-chart]').count()), { timeout: 30_000 });
			const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
			expect(widths.page).toBeLessThanOrEqual(widths.view);
			// controls stay reachable: at least 44 px tall
			for (const c of await page.locator('main select, main input[type="search"]').all()) expect((await c.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		});
	}
});
