// The English edition: prerendered pages under /en/ for every page type, a
// language switch that keeps the page, its filters and place, a choice that
// persists, and UI text, categories and money in English (data values such as
// unit and indicator names stay as printed).
import { expect, test } from '@playwright/test';
import { EN_PAGES } from './pages.ts';

const HAN = /[\u4e00-\u9fff]/;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const p of EN_PAGES)
		test(`${p.name} is prerendered in English`, async ({ page }) => {
			const res = await page.goto(p.path);
			expect(res?.status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			// the frame: navigation, skip link and footer are English
			const nav = await page.getByRole('navigation', { name: 'Main navigation' }).innerText();
			expect(nav).toContain('Overview');
			expect(nav).not.toMatch(HAN);
			await expect(page.locator('footer.site')).toContainText('Dataset version');
			// the switch back to Chinese is a plain link to the same page
			const back = page.getByTestId('language-switch');
			await expect(back).toHaveText('中文');
			expect(new URL((await back.getAttribute('href'))!, page.url()).pathname).toBe(new URL(page.url()).pathname.replace(/\/en\//, '/'));
		});

	test('the overview gives money in CNY', async ({ page }) => {
		await page.goto('en/');
		const headline = page.locator('[data-testid="headline"]');
		// the default year 2021, 永和 + 荔城: 全年预算 19,206.99 + 82,912.04 = 102,119.03 万元 = CNY 1.02 billion
		await expect(headline).toContainText('CNY 1.02\u00a0bn');
		expect(await headline.innerText()).not.toMatch(/万元|亿元/);
	});

	test('a unit page names categories and statuses in English, indicator names as printed', async ({ page }) => {
		await page.goto('en/units/lw-jinhua/');
		const table = page.locator('table[data-table="unit-indicators"]');
		// 产出指标 / 数量指标 → Output / Quantity (金花街道's project table); statuses in words
		await expect(table).toContainText('Output');
		await expect(table).toContainText('Quantity');
		await expect(table).toContainText('target only');
		await expect(table).not.toContainText('产出指标');
		// data values stay as printed
		await expect(table).toContainText('资金拨付使用率');
	});
});

test('the language switch on a unit page keeps the unit and its filters, and back', async ({ page }) => {
	await page.goto('units/hp-yonghe/?status=not_met');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/en\/units\/hp-yonghe\/\?status=not_met$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await expect(page.locator('select[name="status"]')).toHaveValue('not_met', { timeout: 30_000 });
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/units\/hp-yonghe\/\?status=not_met$/);
	expect(new URL(page.url()).pathname).not.toContain('/en/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the overview’s filters survive the switch, and the English page re-queries in English', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('[data-chart] [data-live]').first()).toBeVisible();
	await page.selectOption('select[name="year"]', 'all');
	await expect(page).toHaveURL(/year=all/, { timeout: 30_000 }); // written once the engine has answered
	await page.getByTestId('language-switch').click();
	await expect(page).toHaveURL(/\/en\/\?(.*&)?year=all/);
	await expect(page.locator('select[name="year"]')).toHaveValue('all', { timeout: 30_000 });
	await expect(page.locator('[data-testid="headline"]')).toContainText('CNY');
});

test('a reader who chose English gets English from a Chinese address', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await Promise.all([page.waitForURL(/\/en\/$/), page.getByTestId('language-switch').click()]);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect(await page.evaluate(() => localStorage.getItem('gz-budget:lang'))).toBe('en');
	await page.goto('trends/');
	await expect(page).toHaveURL(/\/en\/trends\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// choosing Chinese again ends it
	await page.getByTestId('language-switch').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await page.goto('sources/');
	await expect(page).toHaveURL(/\/sources\/$/);
	expect(new URL(page.url()).pathname).not.toContain('/en/');
});

test('a unit page’s indicator filters are kept in its address', async ({ page }) => {
	await page.goto('units/hp-yonghe/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	const rows = page.locator('table[data-table="unit-indicators"] tbody tr');
	const all = await rows.count();
	await page.selectOption('select[name="status"]', 'not_met');
	await expect(page).toHaveURL(/\?status=not_met$/);
	const unmet = await rows.count();
	expect(unmet).toBeLessThan(all);
	await page.reload();
	await expect(page.locator('select[name="status"]')).toHaveValue('not_met');
	await expect(rows).toHaveCount(unmet);
});

test('the switch keeps filters and the choice before the page has hydrated (the app’s JavaScript blocked)', async ({ page }) => {
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.goto('units/lw-jinhua/?status=not_met');
	await Promise.all([page.waitForURL(/\/en\/units\/lw-jinhua\/\?status=not_met$/), page.getByTestId('language-switch').click()]);
	expect(await page.evaluate(() => localStorage.getItem('gz-budget:lang'))).toBe('en');
	await page.goto('sources/');
	await expect(page).toHaveURL(/\/en\/sources\/$/);
});
