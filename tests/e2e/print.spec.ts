// Printing (and "Save as PDF", which is the browser's print): the overview, a
// unit and a district give A4 pages without the site's navigation, filters,
// buttons or links to the SQL workspace; charts fit the paper's width; the
// footer names the dataset version and date. A picture of each printed page
// layout is kept in test-results/screenshots/print-<page>.png.
import { expect, test } from '@playwright/test';
import { PRINT_PAGES } from './pages.ts';
import { gotoReady } from './ready.ts';

/** The width of A4 minus the stylesheet's 12 mm side margins, in CSS px (96 per inch). */
const A4_CONTENT_PX = Math.floor(((210 - 24) / 25.4) * 96);

/** Every page's MediaBox in a PDF, as [width, height] in points. */
function mediaBoxes(pdf: Buffer): number[][] {
	const text = pdf.toString('latin1');
	return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
		Number(m[3]) - Number(m[1]),
		Number(m[4]) - Number(m[2])
	]);
}

test('a unit page prints as A4 pages (page.pdf), with the unit and its budget table but no navigation', async ({ page }) => {
	await gotoReady(page, { name: 'unit', path: 'units/hp-yonghe/', charts: true });
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const boxes = mediaBoxes(pdf);
	expect(boxes.length).toBeGreaterThan(0);
	// A4 = 595 × 842 pt (Chromium writes 595.92 × 842.88: A4 rounded to 1/100 inch); Letter would be 612 × 792
	for (const [w, h] of boxes) {
		expect(Math.abs(w - 595)).toBeLessThan(1.5);
		expect(Math.abs(h - 842)).toBeLessThan(1.5);
	}

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	await expect(page.locator('h1')).toHaveText('永和街道');
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('[data-table="unit-budgets"]')).toBeVisible();
	await expect(page.locator('[data-table="unit-budgets"]')).toContainText('19,206.99');
});

test.describe('printed layout', () => {
	test.use({ viewport: { width: A4_CONTENT_PX, height: 1100 } });

	for (const p of PRINT_PAGES) {
		test(`${p.name}: no screen chrome, charts as wide as the paper, dataset version in the footer`, async ({ page }) => {
			await gotoReady(page, p);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('header.site')).toBeHidden();
			for (const hidden of ['[data-testid="print"]', '[data-sql-link]', '.engine-status', 'form.filters', '[data-testid="theme-switch"]', 'main select'])
				for (const el of await page.locator(hidden).all()) await expect(el, hidden).toBeHidden();
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.getByTestId('dataset-stamp')).toBeVisible();
			await expect(page.getByTestId('dataset-stamp')).toContainText(/数据集版本 \d+\.\d+\.\d+ · 生成于 \d{4}-\d{2}-\d{2}/);
			// the live charts' SVG scales to the paper: drawn, nothing sticks out on the right
			await page.waitForTimeout(300); // a resize would have happened by now
			const charts = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('[data-chart] svg')].map((s) => {
					const r = s.getBoundingClientRect();
					return { overflow: r.right - width > 0.5, height: r.height };
				});
			});
			for (const c of charts) {
				expect(c.overflow).toBe(false);
				expect(c.height).toBeGreaterThan(100);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_CONTENT_PX);
			await page.screenshot({ path: `test-results/screenshots/print-${p.name}.png`, fullPage: true });
		});
	}

	test('the overview says on paper which year and district it shows', async ({ page }) => {
		await gotoReady(page, PRINT_PAGES.find((p) => p.name === 'overview')!);
		await expect(page.getByTestId('print-filters')).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('print-filters')).toHaveText('年度：2021年 · 区：全部区');
	});
});

test('the print button opens the browser’s print dialog', async ({ page }) => {
	await page.goto('units/hp-yonghe/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	// window.print blocks in a real browser: count the calls instead
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: '打印 / 导出 PDF' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the print button (which needs JavaScript) is not offered', async ({ page }) => {
		await page.goto('units/hp-yonghe/');
		await expect(page.getByTestId('print')).toBeHidden();
		await expect(page.getByTestId('theme-switch')).toBeHidden();
	});
});
