// Waiting for a page to be fully up before checking it: hydrated, charts live
// (ECharts has replaced the prerendered SVG), the SQL workspace's tables loaded
// and a result on screen.
import { expect, type Page } from '@playwright/test';
import type { SitePage } from './pages.ts';

export async function gotoReady(page: Page, p: SitePage, { sqlResult = true } = {}): Promise<void> {
	await page.goto(p.path);
	// SvelteKit has hydrated: the theme switch is interactive only then.
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
	// a filter from the address (the overview's ?year=all) re-queries after hydration: wait for its figures
	await expect(page.locator('[aria-busy="true"]:not(.engine-status)')).toHaveCount(0, { timeout: 60_000 });
	const charts = await page.locator('[data-chart]:not([data-chart="sql-result"])').count();
	if (charts) await expect(page.locator('[data-chart] [data-live]')).toHaveCount(charts, { timeout: 30_000 });
	if ((p.kind ?? p.name) === 'sql') {
		await expect(page.locator('[data-testid="schema-browser"] [data-object="budgets"]')).toBeVisible({ timeout: 60_000 });
		if (sqlResult) {
			await page.getByTestId('run-all').click();
			await expect(page.getByTestId('result-summary')).toBeVisible({ timeout: 60_000 });
			await expect(page.locator('[data-testid="result-grid"] [role="gridcell"]').first()).toBeVisible();
		}
	}
}
