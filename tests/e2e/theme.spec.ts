// Dark mode: the system's preference by default, a switch in the header that
// persists, applied before first paint by static/page-init.js (no flash, no
// CSP violation), and charts redrawn in the other theme.
import { expect, test, type Page } from '@playwright/test';
import { watchCsp } from './site.ts';

const DARK_BG = 'rgb(13, 17, 23)'; // --bg of the dark theme (tokens.css)
const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_AXIS_LABEL = '#c1c7cf'; // DARK_INK.muted (theme.ts)
const LIGHT_AXIS_LABEL = '#4b5563'; // INK.muted

const bodyBg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Fill colours of the live charts' axis labels. */
const labelFills = (page: Page) =>
	page.locator('[data-chart] [data-live] svg text').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);

test.describe('system preference dark', () => {
	test.use({ colorScheme: 'dark' });

	test('is followed without a stored choice', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'system');
		expect(await bodyBg(page)).toBe(DARK_BG);
		await expect(page.locator('[data-chart="district-comparison"] [data-live]')).toHaveAttribute('data-chart-theme', 'dark', { timeout: 30_000 });
		expect(await labelFills(page)).toContain(DARK_AXIS_LABEL);
	});

	test('applies without JavaScript too (CSS media query)', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto('units/hp-yonghe/');
		expect(await bodyBg(page)).toBe(DARK_BG);
		// the prerendered SVG's light inks are recoloured for the dark page
		const fill = await page.locator('[data-chart] .static svg text[fill="#4b5563"]').first().evaluate((e) => getComputedStyle(e).fill);
		expect(fill).toBe('rgb(193, 199, 207)');
		await context.close();
	});
});

test('the switch changes the theme at once, redraws the charts, and is remembered across pages and visits', async ({ page }) => {
	const violations = watchCsp(page);
	await page.goto('./');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await expect(page.locator('[data-chart="district-comparison"] [data-live]')).toHaveAttribute('data-chart-theme', 'light', { timeout: 30_000 });
	expect(await labelFills(page)).toContain(LIGHT_AXIS_LABEL);

	await page.getByLabel('配色').selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await bodyBg(page)).toBe(DARK_BG);
	await expect(page.locator('[data-chart="district-comparison"] [data-live]')).toHaveAttribute('data-chart-theme', 'dark');
	expect(await labelFills(page)).toContain(DARK_AXIS_LABEL);
	expect(await labelFills(page)).not.toContain(LIGHT_AXIS_LABEL);
	expect(await page.evaluate(() => localStorage.getItem('gz-budget:theme'))).toBe('dark');

	// another page, then a new visit
	await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '方法说明' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByLabel('配色')).toHaveValue('dark');

	// back to the system's choice (light here): nothing stored
	await page.getByLabel('配色').selectOption('system');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await bodyBg(page)).toBe(LIGHT_BG);
	expect(await page.evaluate(() => localStorage.getItem('gz-budget:theme'))).toBeNull();
	expect(violations).toEqual([]);
});

test('a stored choice is applied before first paint, by the init script alone', async ({ page }) => {
	const violations = watchCsp(page);
	await page.addInitScript(() => {
		localStorage.setItem('gz-budget:theme', 'dark');
		// the first animation frame comes before the first paint: what theme does it see?
		requestAnimationFrame(() => ((window as unknown as { firstFrame: string }).firstFrame = document.documentElement.dataset.theme ?? 'none'));
	});
	// No application JavaScript: only static/page-init.js can set the theme.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('units/hp-yonghe/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('dark');
	expect(await bodyBg(page)).toBe(DARK_BG);
	expect(violations).toEqual([]);
});
