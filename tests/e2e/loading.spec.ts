// Waiting never looks frozen: the engine's start shows its progress, a running
// filter or query says what it is doing (with the time so far) and marks the
// region it will replace aria-busy, a big export says so while it is written.
import { expect, test } from '@playwright/test';
import { sealOrigin } from './site.ts';

const ENGINE = { timeout: 30_000 };

test('overview: a filter while the engine loads shows the engine’s progress and 正在查询…, then the new figures', async ({ page }) => {
	await sealOrigin(page);
	// a slow network for the engine's WebAssembly: the wait is long enough to look at
	await page.route('**/*.wasm*', async (route) => {
		await new Promise((r) => setTimeout(r, 1500));
		await route.continue();
	});
	await page.goto('./');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await page.locator('select[name="year"]').selectOption('2022'); // the default is 2021
	const busy = page.locator('form.filters [data-busy]');
	await expect(busy).toContainText('正在查询…');
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'true');
	const engine = page.locator('.engine-status');
	await expect(engine).toHaveAttribute('aria-busy', 'true');
	await expect(engine).toContainText('正在加载');
	await expect(engine.locator('progress')).toBeVisible();
	await expect(busy).toContainText('已用 1 秒'); // the clock runs: not frozen
	await expect(page.locator('[data-field="execution"]')).toHaveText('98.08%', ENGINE); // 员村 2022
	await expect(busy).toHaveCount(0);
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
});

test('SQL workspace: a long query shows 正在查询… with the elapsed time and a busy result region until cancelled', async ({ page }) => {
	await page.goto('sql/');
	await page.locator('.cm-content').waitFor();
	await expect(page.locator('[data-testid="schema-browser"] [data-object="budgets"]')).toBeVisible(ENGINE);
	await page.locator('.cm-content').click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('SELECT count(*) FROM range(100000000000) a, range(1000) b');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Control+Enter');
	const busy = page.locator('.status-line [data-busy]');
	await expect(busy).toContainText('正在查询…');
	await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'true');
	await expect(busy).toContainText('已用 1 秒');
	await page.getByTestId('cancel').click();
	await expect(busy).toHaveCount(0);
	await expect(page.locator('section.results')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByTestId('sql-error')).toContainText('查询已取消');
});

test('SQL workspace: a big export says what it is writing while it works', async ({ page }) => {
	await page.goto('sql/');
	await page.locator('.cm-content').waitFor();
	await page.locator('.cm-content').click();
	await page.keyboard.press('ControlOrMeta+a');
	// 10,000 rows (all the workspace takes) × 5 columns: a large export
	await page.keyboard.type('SELECT range AS a, range * 2 AS b, range * 3 AS c, range * 4 AS d, range * 5 AS e FROM range(10000)');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Control+Enter');
	await expect(page.getByTestId('result-summary')).toContainText('10,000 行', ENGINE);
	// the message is on screen only while the file is written: record what appears
	await page.evaluate(() => {
		const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
		new MutationObserver(() => {
			const busy = document.querySelector('.export-menu [data-busy]');
			if (busy) seen.push(`${busy.textContent} ${busy.closest('[aria-busy]')?.getAttribute('aria-busy')}`);
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(seen.some((s) => s.includes('正在导出 10,000 行…') && s.endsWith('true'))).toBe(true);
	await expect(page.locator('.export-menu [data-busy]')).toHaveCount(0);
});
