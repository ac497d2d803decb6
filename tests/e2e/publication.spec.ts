// Publication pages as a reader without JavaScript gets them: the quality
// flags with their explanations, the methodology's worked examples, sharing
// tags with the headline figures, and a sitemap of pages that exist.
// Values from the seeds (data/sources/): 员村 2022 prints 98.10 % where
// 12,198.33 ÷ 12,436.77 = 98.08 %; 永和 2021 18,570.21 ÷ 19,206.99 = 96.68 %.
import { expect, test } from '@playwright/test';
import { BASE_PATH, ORIGIN, sealOrigin, watchCsp } from './site.ts';

test.use({ javaScriptEnabled: false });

test('/quality lists the 员村 rate_mismatch flag with its explanation and source line', async ({ page }) => {
	await page.goto('quality/');
	await expect(page.locator('h1')).toHaveText('数据质量标记');
	const group = page.locator('[data-doc="th-yuancun-2022-selfeval"] [data-code="rate_mismatch"]');
	await expect(group.locator('h4')).toContainText('原文比率与计算不符');
	await expect(group.locator('.explain')).toContainText('按文件自己的金额重新计算');
	const flag = group.locator('li').first();
	await expect(flag).toContainText('警告'); // severity as a word, not only a colour
	await expect(flag).toContainText('98.10%');
	await expect(flag).toContainText('98.08%');
	await expect(flag).toContainText('第 10 行');
	// the summary counts the same flag
	await expect(page.locator('[data-table="quality-codes"]')).toContainText('rate_mismatch');
});

test('/methodology shows the 永和 worked example computed from the data', async ({ page }) => {
	await page.goto('methodology/');
	await expect(page.locator('h1')).toHaveText('方法说明');
	const ex = page.locator('[data-example="execution"]');
	await expect(ex).toContainText('永和街道 2021 年');
	await expect(ex).toContainText('18,570.21');
	await expect(ex).toContainText('19,206.99');
	await expect(ex.locator('[data-field="execution-rate"]')).toHaveText('96.68%');
	await expect(ex).toContainText('第 8 行');
	await expect(page.locator('[data-example="adjustment"] [data-field="adjustment-rate"]')).toHaveText('1.91%');
	await expect(page.locator('[data-example="rate-mismatch"] [data-field="mismatch-printed"]')).toHaveText('98.10%');
	await expect(page.locator('[data-example="attainment"] [data-field="attainment-rate"]')).toHaveText('81.25%');
});

test('the overview shares its headline execution rate in og:description', async ({ page }) => {
	await page.goto('./');
	const rate = (await page.locator('[data-field="execution"]').textContent())!.trim();
	// the default year, 2021 (most units reporting execution): (18,570.21 + 75,317.78) ÷ (19,206.99 + 82,912.04)
	expect(rate).toBe('91.94%');
	await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', new RegExp(`执行率 ${rate.replace('.', '\\.')}`));
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /91\.94%/);
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
	await expect(page).toHaveTitle('预算执行与绩效总览 · 广州市街道预算绩效');
});

test('sitemap.xml lists the unit pages, and every page it lists exists', async ({ request }) => {
	const res = await request.get('sitemap.xml');
	expect(res.status()).toBe(200);
	const xml = await res.text();
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	expect(locs).toContain(`${BASE_PATH}/units/hp-yonghe/`);
	expect(locs).toEqual(expect.arrayContaining([`${BASE_PATH}/`, `${BASE_PATH}/quality/`, `${BASE_PATH}/methodology/`, `${BASE_PATH}/districts/440118/`]));
	for (const loc of locs) {
		const page = await request.get(new URL(loc, ORIGIN).href);
		expect(page.status(), loc).toBe(200);
	}
});

for (const path of ['quality/', 'methodology/']) {
	test(`${path} fits a 375 px phone: tables scroll inside their box, the page does not`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
	});
}

test.describe('with JavaScript', () => {
	test.use({ javaScriptEnabled: true });
	test('quality and methodology hydrate under the shipped CSP, on their own origin, without errors', async ({ page }) => {
		const foreign = await sealOrigin(page);
		const violations = watchCsp(page);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		for (const path of ['quality/', 'methodology/']) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('h1')).toBeVisible();
		}
		expect({ foreign, violations, errors }).toEqual({ foreign: [], violations: [], errors: [] });
	});
});
