// The dashboard as a reader gets it: prerendered numbers without JavaScript,
// filters through DuckDB-WASM, nothing fetched from any other host.
import { expect, test } from '@playwright/test';
import { BASE_PATH, ORIGIN, sealOrigin, watchCsp } from './site.ts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the overview shows its headline figures and the ranking (values from the seeds)', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('h1')).toHaveText('预算执行与绩效总览');
		// Default view: the latest year with data (2022): 员村 (execution) + 荔城 (targets) + 金花 (projects).
		await expect(page.locator('[data-field="units"]')).toHaveText('3');
		await expect(page.locator('[data-field="execution"]')).toHaveText('98.08%');
		await expect(page.locator('[data-field="actual"]')).toHaveText('1.22 亿元');
		await expect(page.locator('[data-table="execution-ranking"]')).toContainText('员村街道');
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
	await page.locator('select[name="year"]').selectOption('2021');
	// 2021: 永和 + 荔城 (report); execution from summed money = (18,570.21 + 75,317.78) ÷ (19,206.99 + 82,912.04).
	await expect(page.locator('[data-field="execution"]')).toHaveText('91.94%', { timeout: 30_000 });
	await expect(page).toHaveURL(/year=2021/);
	await expect(page.locator('[data-table="execution-ranking"]')).toContainText('永和街道');
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
	await page.locator('[data-table="execution-ranking"] a', { hasText: '员村街道' }).click();
	await expect(page).toHaveURL(`${ORIGIN}${BASE_PATH}/units/th-yuancun/`);
	await expect(page.locator('h1')).toHaveText('员村街道');
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
