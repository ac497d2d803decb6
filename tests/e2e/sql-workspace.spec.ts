// The SQL workspace as an analyst uses it: type and run with the keyboard,
// completion from the live catalog, errors with their place, cancel, export,
// share links, the examples, the read-only guard; nothing fetched from any
// other host. Expected values come from the seeds (see the dashboard spec).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { shareHash } from '../../src/lib/workspace/share-link.ts';
import { sealOrigin, watchCsp } from './site.ts';

const ENGINE = { timeout: 30_000 };

const editorContent = (page: Page) => page.locator('[data-testid="sql-editor"] .cm-content');
const errorBox = (page: Page) => page.getByTestId('sql-error');
const summary = (page: Page) => page.getByTestId('result-summary');
const grid = (page: Page) => page.getByTestId('result-grid');

/** Replaces the editor text by typing it, as a person would. */
/** Opens the workspace and waits for hydration (the editor exists): clicks before it would be lost. */
async function openWorkspace(page: Page, path = 'sql/'): Promise<void> {
	await page.goto(path);
	await page.locator('.cm-content').waitFor();
}

async function typeQuery(page: Page, sql: string): Promise<void> {
	await editorContent(page).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape'); // close a completion popup left open by the last word
}

async function editorText(page: Page): Promise<string> {
	return (await editorContent(page).innerText()).replace(/\u00a0/g, ' ');
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page says the workspace needs JavaScript', async ({ page }) => {
		await page.goto('sql/');
		await expect(page.locator('h1')).toHaveText('SQL 查询工作台');
		// (Chromium's "JavaScript disabled" still parses <noscript> as text: check the markup.)
		expect(await page.content()).toMatch(/<noscript>[^]*SQL 工作台需要启用 JavaScript[^]*<\/noscript>/);
		await expect(page.locator('header nav a', { hasText: 'SQL 查询' })).toHaveAttribute('href', /sql\/$/);
	});
});

test('type a query, run it with Ctrl+Enter, see rows, row count and time; nothing leaves the origin', async ({ page }) => {
	const foreign = await sealOrigin(page);
	const csp = watchCsp(page);
	await openWorkspace(page);
	await typeQuery(page, 'SELECT short_name, execution_rate FROM unit_year WHERE execution_rate IS NOT NULL ORDER BY execution_rate DESC');
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('3 行', ENGINE);
	await expect(summary(page)).toContainText(/用时 \d/);
	// 员村 12,198.33 ÷ 12,436.77 first (seeds)
	await expect(grid(page).locator('[data-row="0"][data-col="0"]')).toHaveText('员村街道');
	await expect(errorBox(page)).toBeEmpty();
	expect(foreign).toEqual([]);
	expect(csp).toEqual([]);
});

test('only the statement under the cursor runs; Shift+Enter runs them all', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, 'SELECT 1 AS a;\nSELECT 2 AS b, 3 AS c;');
	await page.keyboard.press('ArrowUp'); // into the first statement
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await expect(grid(page).locator('[data-row="0"][data-col="0"]')).toHaveText('1');
	await page.keyboard.press('Shift+Enter');
	await expect(summary(page)).toContainText('共 2 条语句');
	await expect(grid(page).locator('[data-row="0"][data-col="1"]')).toHaveText('3');
});

test('an empty result still shows its columns; a statement without rows reports 0 rows', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, 'SELECT unit_id, short_name FROM units WHERE false');
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('0 行', ENGINE);
	await expect(grid(page)).toContainText('short_name');
	await expect(errorBox(page)).toBeEmpty();
});

test('autocomplete offers the columns of indicators from the live catalog', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	// the catalog arrives with the tables
	await expect(page.getByTestId('schema-browser').locator('[data-object="indicators"]')).toBeVisible(ENGINE);
	await typeQuery(page, 'FROM indicators SELECT ');
	await page.keyboard.type('attai');
	const popup = page.locator('.cm-tooltip-autocomplete');
	await expect(popup).toContainText('attainment');
	await expect(popup.locator('[aria-selected="true"]')).toContainText('attainment');
	await page.waitForTimeout(150); // CodeMirror ignores Enter in the first 75 ms of a popup
	await page.keyboard.press('Enter');
	expect(await editorText(page)).toBe('FROM indicators SELECT attainment');
	// tables and views by name, including the metric views
	await typeQuery(page, 'SELECT * FROM unit_y');
	await page.keyboard.press('Control+Space');
	await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('unit_year');
});

test('an error shows DuckDB’s message and marks the place in the editor', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, 'SELECT unit_id,\n  zzz_missing\nFROM units');
	await page.keyboard.press('Control+Enter');
	await expect(errorBox(page)).toContainText('zzz_missing', ENGINE);
	await expect(errorBox(page)).toContainText('Binder Error');
	await expect(errorBox(page)).toContainText('第 2 行第 3 列');
	await expect(page.locator('.cm-lintRange-error')).toHaveText('zzz_missing');
	// an edit clears the stale mark
	await page.keyboard.type(' ');
	await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
});

test('a DROP TABLE is refused with the guard’s message, and the table is still there', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, '/* tidy up */ DROP TABLE units');
	await page.keyboard.press('Control+Enter');
	await expect(errorBox(page)).toContainText('已拒绝执行 DROP TABLE units', ENGINE);
	await expect(errorBox(page)).toContainText('只读');
	await typeQuery(page, 'SELECT count(*) AS n FROM units');
	await page.keyboard.press('Control+Enter');
	await expect(grid(page).locator('[data-row="0"][data-col="0"]')).toHaveText('178');
	await expect(errorBox(page)).toBeEmpty();
});

test('temp tables are the analyst’s own: create, insert, query; listed in the schema browser', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, 'CREATE TEMP TABLE mine AS SELECT 1 AS x;\nINSERT INTO mine VALUES (2);\nSELECT sum(x) AS total FROM mine;');
	await page.keyboard.press('Shift+Enter');
	await expect(grid(page).locator('[data-row="0"][data-col="0"]')).toHaveText('3', ENGINE);
	await expect(page.getByTestId('schema-browser').locator('[data-object="mine"]')).toContainText('mine');
	await expect(page.getByTestId('schema-browser')).toContainText('仅本标签页');
	// a temp object may not shadow a published one
	await typeQuery(page, 'CREATE TEMP VIEW unit_year AS SELECT 1');
	await page.keyboard.press('Control+Enter');
	await expect(errorBox(page)).toContainText('同名');
});

test('a long query is cancelled within a second and the next one runs', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	// load the tables first, so only the query itself is timed
	await typeQuery(page, 'SELECT 1');
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('1 行', ENGINE);

	await typeQuery(page, 'SELECT count(*) FROM range(100000000000) a, range(1000) b');
	await page.keyboard.press('Control+Enter');
	const cancel = page.getByTestId('cancel');
	await expect(cancel).toBeEnabled();
	await page.waitForTimeout(500); // really running
	const t0 = Date.now();
	await cancel.click();
	await expect(errorBox(page)).toContainText('查询已取消', { timeout: 1000 });
	expect(Date.now() - t0).toBeLessThan(1000);
	await expect(cancel).toBeDisabled();

	await typeQuery(page, 'SELECT 42 AS answer');
	await page.keyboard.press('Control+Enter');
	await expect(grid(page).locator('[data-row="0"][data-col="0"]')).toHaveText('42');
	await expect(errorBox(page)).toBeEmpty();
});

test('CSV export starts with a BOM and holds every row', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, 'SELECT unit_id, short_name FROM units ORDER BY unit_id');
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('178 行', ENGINE); // 176 townships of the gazetteer + 2 registered sub-units
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trim().split(/\r?\n/);
	expect(lines[0]).toBe('unit_id,short_name');
	expect(lines).toHaveLength(179);
	expect(lines).toContain('hp-yonghe,永和街道');
});

test('a shared link loads the query without running it; run=1 runs it; a broken link says so', async ({ page }) => {
	await sealOrigin(page);
	const sql = "SELECT name FROM indicators WHERE name LIKE '%满意%' ORDER BY name LIMIT 3";
	await page.goto(`sql/${shareHash(sql)}`);
	await expect.poll(() => editorText(page)).toBe(sql);
	await expect(page.locator('.notice')).toContainText('点击“运行”');
	await page.waitForTimeout(300);
	await expect(summary(page)).toHaveCount(0);

	await page.goto(`sql/${shareHash(sql, { run: true })}`);
	await expect.poll(() => editorText(page)).toBe(sql);
	await expect(summary(page)).toContainText('3 行', ENGINE);

	await page.goto('sql/#q=not-a-query!');
	await expect(errorBox(page)).toContainText('链接中的查询');

	// 复制链接 puts the query in the address bar (and on the clipboard)
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await typeQuery(page, 'SELECT 7 AS seven');
	await page.getByTestId('copy-link').click();
	await expect(page).toHaveURL(new RegExp(`${shareHash('SELECT 7 AS seven').replace(/[-]/g, '\\-')}$`));
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/sql\/#q=/);
});

test('every example opens with one click and runs without error', async ({ page }) => {
	const foreign = await sealOrigin(page);
	await openWorkspace(page);
	await page.getByRole('tab', { name: '示例' }).click();
	const examples = page.getByTestId('examples').locator('button[data-example]');
	const count = await examples.count();
	expect(count).toBeGreaterThanOrEqual(4);
	for (let i = 0; i < count; i++) {
		const button = examples.nth(i);
		const title = (await button.innerText()).trim();
		await button.click();
		await expect.poll(() => editorText(page)).toContain(`-- title: ${title}`);
		await page.getByTestId('run-all').click();
		await expect(summary(page), title).toContainText(/[1-9][\d,]* 行/, ENGINE);
		await expect(errorBox(page), title).toBeEmpty();
	}
	expect(foreign).toEqual([]);
});

test('the schema browser lists tables with descriptions, inserts names and previews rows', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	const browser = page.getByTestId('schema-browser');
	const indicators = browser.locator('[data-object="indicators"]');
	await expect(indicators).toContainText('308 行', ENGINE);
	await indicators.getByRole('button', { name: '展开 indicators 的字段' }).click();
	await expect(indicators).toContainText('attainment');
	await expect(indicators).toContainText('完成度');
	await expect(browser.locator('[data-object="unit_year"]')).toContainText('单位 × 年度');

	await typeQuery(page, 'SELECT  FROM indicators');
	await page.keyboard.press('Home');
	for (let i = 0; i < 'SELECT '.length; i++) await page.keyboard.press('ArrowRight');
	await indicators.getByRole('button', { name: 'attainment', exact: true }).click();
	expect(await editorText(page)).toBe('SELECT attainment FROM indicators');

	await indicators.getByRole('button', { name: '预览 indicators 的前 100 行' }).click();
	await expect(summary(page)).toContainText('100 行');
});

test('runs go to the history; a query can be saved by name and reopened', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, 'SELECT 11 AS eleven');
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await page.getByRole('tab', { name: '历史' }).click();
	await expect(page.getByTestId('history')).toContainText('SELECT 11 AS eleven');

	await page.getByRole('tab', { name: '已保存' }).click();
	await page.getByPlaceholder('为当前查询命名').fill('十一');
	await page.getByRole('button', { name: '保存当前查询' }).click();
	await typeQuery(page, 'SELECT 0');
	await page.getByTestId('saved').getByRole('button', { name: '十一', exact: true }).click();
	expect(await editorText(page)).toBe('SELECT 11 AS eleven');
	// kept across a reload (localStorage)
	await page.reload();
	await page.locator('.cm-content').waitFor(); // hydrated: the tabs answer clicks
	await page.getByRole('tab', { name: '已保存' }).click();
	await expect(page.getByTestId('saved')).toContainText('十一');
});

test('keyboard only: Tab reaches the editor; Escape then Tab leaves it', async ({ page }) => {
	await openWorkspace(page);
	await page.getByTestId('copy-link').focus();
	await page.keyboard.press('Tab');
	await expect(editorContent(page)).toBeFocused();
	await page.keyboard.press('Tab'); // indents
	await expect(editorContent(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	await expect(editorContent(page)).not.toBeFocused();
});

test('a dashboard chart links to its query in the workspace', async ({ page }) => {
	const foreign = await sealOrigin(page);
	await page.goto('./');
	const link = page.locator('[data-chart="district-comparison"] [data-sql-link]');
	await expect(link).toHaveText('在 SQL 工作台中打开此图的查询');
	await link.click();
	await expect(page).toHaveURL(/\/sql\/#q=/);
	await expect.poll(() => editorText(page)).toContain('LEFT JOIN figures f USING (district_code)');
	expect(await editorText(page)).toContain('WHERE 2021 IS NULL OR td.fiscal_year = 2021'); // the default year of the view, bound
	await page.getByTestId('run').click();
	await expect(grid(page).locator('[data-row="0"][data-col="1"]')).toHaveText('荔湾区', ENGINE);
	expect(foreign).toEqual([]);
});

test.describe('layout', () => {
	test('at 1280 px the editor and the schema browser sit side by side', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await openWorkspace(page);
		const editor = (await page.getByTestId('sql-editor').boundingBox())!;
		const side = (await page.locator('aside.side').boundingBox())!;
		expect(side.x).toBeGreaterThan(editor.x + editor.width - 1);
		expect(Math.abs(side.y - editor.y)).toBeLessThan(120);
	});

	test('on a phone (375 px) the editor is above the results and nothing overflows sideways', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await openWorkspace(page);
		await typeQuery(page, 'SELECT * FROM indicators');
		await page.keyboard.press('Control+Enter');
		await expect(summary(page)).toContainText('308 行', ENGINE);
		const editor = (await page.getByTestId('sql-editor').boundingBox())!;
		const results = (await grid(page).boundingBox())!;
		expect(results.y).toBeGreaterThan(editor.y + editor.height);
		const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
		expect(widths.page).toBeLessThanOrEqual(widths.view);
	});
});

test('Excel export keeps numbers as numbers and formula-like text as text', async ({ page }) => {
	const { default: readXlsxFile } = await import('read-excel-file/node');
	await sealOrigin(page);
	await openWorkspace(page);
	await typeQuery(page, "SELECT unit_id, actual_spend_wan, execution_rate, '=HYPERLINK(\"http://example.invalid\")' AS hostile FROM budgets WHERE scope = 'total' ORDER BY unit_id");
	await page.keyboard.press('Control+Enter');
	await expect(summary(page)).toContainText('3 行', ENGINE);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
	expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
	const [sheet] = await readXlsxFile(await readFile((await download.path())!));
	const [names, types, ...rows] = sheet.data;
	expect(names).toEqual(['unit_id', 'actual_spend_wan', 'execution_rate', 'hostile']);
	expect(types[1]).toMatch(/^DECIMAL/);
	const yonghe = rows.find((r) => r[0] === 'hp-yonghe')!;
	expect(yonghe[1]).toBe(18570.21);
	expect(yonghe[2]).toBeCloseTo(0.96685, 5);
	expect(yonghe[3]).toBe('=HYPERLINK("http://example.invalid")');
});
