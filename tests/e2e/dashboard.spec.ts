// The dashboard as a reader gets it: prerendered numbers without JavaScript,
// filters through DuckDB-WASM, nothing fetched from any other host.
import { expect, test } from '@playwright/test';
import { BASE_PATH, ORIGIN, sealOrigin, watchCsp } from './site.ts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the overview shows its headline figures, and a sparse year in words and cards (values from the seeds)', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('h1')).toHaveText('预算执行与绩效总览');
		// Default view: the year with the most units reporting execution, 2021 (永和 + 荔城; 2022 has 员村 only).
		await expect(page.locator('select[name="year"]')).toHaveValue('2021');
		await expect(page.locator('[data-field="units"]')).toHaveText('2');
		// (18,570.21 + 75,317.78) ÷ (19,206.99 + 82,912.04)
		await expect(page.locator('[data-field="execution"]')).toHaveText('91.94%');
		await expect(page.locator('[data-field="actual"]')).toHaveText('9.39 亿元');
		// two units with a figure: said in words, their figures as cards, no one-bar ranking or two-dot scatter
		await expect(page.locator('[data-sparse="execution"]')).toContainText('只有 2 个单位报告了预算执行数据');
		const cards = page.locator('[data-cards="execution"] li');
		await expect(cards).toHaveCount(2);
		await expect(cards.filter({ hasText: '永和街道' }).locator('[data-card-field="execution"]')).toHaveText('96.68%');
		await expect(cards.filter({ hasText: '荔城街道' }).locator('[data-card-field="execution"]')).toHaveText('90.84%');
		await expect(cards.filter({ hasText: '永和街道' }).locator('a.src')).toHaveAttribute('href', /\/sources\/hp-yonghe-2021-selfeval\/#L8$/);
		await expect(page.locator('[data-chart="execution-ranking"]')).toHaveCount(0);
		await expect(page.locator('[data-chart="budget-scatter"]')).toHaveCount(0);
		// the district comparison has all 11 districts, those without data marked
		const districts = page.locator('[data-table="districts"] tbody tr');
		await expect(districts).toHaveCount(11);
		await expect(page.locator('[data-table="districts"] tr[data-no-data]')).toHaveCount(9);
		await expect(districts.filter({ hasText: '越秀区' })).toContainText('无数据');
		await expect(districts.filter({ hasText: '黄埔区' })).toContainText('96.68%');
	});

	test('a unit page shows budget, tasks, indicators and where each figure came from', async ({ page }) => {
		await page.goto('units/hp-yonghe/');
		await expect(page.locator('h1')).toHaveText('永和街道');
		const budgets = page.locator('[data-table="unit-budgets"]');
		await expect(budgets).toContainText('19,206.99');
		await expect(budgets).toContainText('96.68%');
		await expect(budgets).toContainText('第 8 行');
		await expect(page.locator('[data-table="unit-tasks"]')).toContainText('公共配套设施建设计划');
		const firstIndicator = page.locator('[data-table="unit-indicators"] tbody tr').first();
		await expect(firstIndicator).toContainText('未达成'); // unmet first
	});

	test('a district page lists its units side by side', async ({ page }) => {
		await page.goto('districts/440118/');
		await expect(page.locator('h1')).toHaveText('增城区');
		await expect(page.locator('[data-table="district-units"]')).toContainText('90.84%');
	});
});

test('changing the year runs the same queries in DuckDB-WASM, updates the URL, and stays on its own origin', async ({ page }) => {
	const foreign = await sealOrigin(page);
	const violations = watchCsp(page);
	await page.goto('./');
	await page.locator('[data-chart] [data-live]').first().waitFor(); // hydrated: the select's handler is attached
	// 2022: 员村 alone; back to 2021: 永和 + 荔城, (18,570.21 + 75,317.78) ÷ (19,206.99 + 82,912.04).
	await page.locator('select[name="year"]').selectOption('2022');
	await expect(page.locator('[data-field="execution"]')).toHaveText('98.08%', { timeout: 30_000 });
	await expect(page).toHaveURL(/year=2022/);
	await expect(page.locator('[data-cards="execution"]')).toContainText('员村街道');
	await page.locator('select[name="year"]').selectOption('2021');
	await expect(page.locator('[data-field="execution"]')).toHaveText('91.94%');
	await page.locator('select[name="district"]').selectOption('440112');
	await expect(page.locator('[data-field="execution"]')).toHaveText('96.68%');
	await expect(page).toHaveURL(/district=440112/);
	expect(foreign).toEqual([]);
	// The engine ran under the shipped Content-Security-Policy, and nothing was blocked.
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval'/);
	expect(violations).toEqual([]);
});

test('a shared filtered link opens with the filters applied', async ({ page }) => {
	const foreign = await sealOrigin(page);
	await page.goto('./?year=2021&district=440118');
	await expect(page.locator('[data-field="execution"]')).toHaveText('90.84%', { timeout: 30_000 });
	expect(foreign).toEqual([]);
});

test('from the overview to a unit page by click', async ({ page }) => {
	await page.goto('./');
	await page.locator('[data-cards="execution"] a', { hasText: '永和街道' }).click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE_PATH}/units/hp-yonghe/`);
	await expect(page.locator('h1')).toHaveText('永和街道');
});

test('all years: each unit once at its latest figure, ranked, with the distribution by district', async ({ page }) => {
	await page.goto('./?year=all');
	// 员村 2022, 永和 2021, 荔城 2021 (its 2022 document is a target declaration: no execution)
	const ranking = page.locator('[data-table="execution-ranking"] tbody tr');
	await expect(ranking).toHaveCount(3, { timeout: 30_000 });
	await expect(ranking.nth(0)).toContainText('员村街道');
	await expect(ranking.nth(0)).toContainText('2022');
	await expect(ranking.nth(2)).toContainText('荔城街道');
	await expect(ranking.nth(2)).toContainText('2021');
	await expect(page.locator('[data-all-years-note]')).toContainText('每个单位只计一次');
	// (12,198.33 + 18,570.21 + 75,317.78) ÷ (12,436.77 + 19,206.99 + 82,912.04)
	await expect(page.locator('[data-field="execution"]')).toHaveText('92.61%');
	await expect(page.locator('[data-chart="execution-distribution"] [data-live]')).toHaveCount(1);
	await expect(page.locator('[data-full-ranking]')).toHaveCount(0); // 3 rows: nothing left out
});

for (const [query, notice] of [
	['year=2030', '地址中的年份“2030”没有数据，下面显示的是默认年度 2021年。'],
	['year=abc', '地址中的年份“abc”没有数据，下面显示的是默认年度 2021年。'],
	['district=999999', '地址中的区“999999”不是有数据的区代码，下面显示的是全部区。']
] as const) {
	test(`a bad ${query} in the address says so in words, shows the default, and the page keeps working`, async ({ page }) => {
		await page.goto(`./?${query}`);
		await expect(page.locator('[data-url-notice]')).toHaveText(notice, { timeout: 30_000 });
		await expect(page.locator('[data-field="execution"]')).toHaveText('91.94%');
		await expect(page.locator('main')).not.toContainText('只有目标申报');
		await page.locator('[data-chart] [data-live]').first().waitFor();
		await page.locator('select[name="year"]').selectOption('2022');
		await expect(page.locator('[data-field="execution"]')).toHaveText('98.08%', { timeout: 30_000 });
	});
}

test('English: a bad year is explained in English', async ({ page }) => {
	await page.goto('en/?year=2030');
	await expect(page.locator('[data-url-notice]')).toHaveText('The year “2030” in the address has no data; showing the default year, 2021.', { timeout: 30_000 });
});

test.describe('on a phone (375 px)', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	for (const path of ['./', 'units/hp-yonghe/', 'units/lw-jinhua/', 'districts/440118/']) {
		test(`${path} fits the screen: no sideways page scroll, charts as wide as the screen`, async ({ page }) => {
			await page.goto(path);
			const charts = await page.locator('[data-chart]').count();
			if (charts) await expect(page.locator('[data-chart] [data-live]')).toHaveCount(charts, { timeout: 30_000 }); // live, resized
			const widths = await page.evaluate(() => ({
				page: document.documentElement.scrollWidth,
				view: window.innerWidth,
				charts: [...document.querySelectorAll('[data-chart] .surface')].map((e) => e.getBoundingClientRect().right)
			}));
			expect(widths.page).toBeLessThanOrEqual(widths.view);
			for (const right of widths.charts) expect(right).toBeLessThanOrEqual(widths.view);
			// wide tables scroll inside their own box, not the page
			for (const t of await page.locator('table').all()) {
				const box = (await t.locator('xpath=..').boundingBox())!;
				expect(box.x + box.width).toBeLessThanOrEqual(widths.view + 0.5);
			}
		});
	}
});
