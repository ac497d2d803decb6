// The engine as the wall (issue 17): every hostile reproduction run in the
// real DuckDB-WASM, with each Unicode space DuckDB reads as a plain one,
// ends with the published data unchanged and the overview's queries right;
// share links run only reads; a WebAssembly trap restarts the engine and the
// next query works without a reload; a NUL in a search is harmless; unknown
// addresses get the site's 404 page; a reader who only reads downloads no engine.
import { expect, test, type Page } from '@playwright/test';
import { shareHash } from '../../src/lib/workspace/share-link.ts';
import { sealOrigin } from './site.ts';

const ENGINE = { timeout: 60_000 };
const SPACES = { 'U+00A0': '\u00a0', 'U+3000': '\u3000', 'U+2003': '\u2003', 'U+200B': '\u200b', 'U+FEFF': '\ufeff' };

const errorBox = (page: Page) => page.getByTestId('sql-error');
const summary = (page: Page) => page.getByTestId('result-summary');
const cell = (page: Page, row: number, col: number) => page.getByTestId('result-grid').locator(`[data-row="${row}"][data-col="${col}"]`);

let step = 0;

/** Puts `sql` into the editor through a share link without run=1 (a numbered comment tells when it is there). */
async function load(page: Page, sql: string): Promise<void> {
	const marker = `-- step ${++step}`;
	await page.evaluate((hash) => (location.hash = hash), shareHash(`${sql}\n${marker}`));
	await expect(page.locator('[data-testid="sql-editor"] .cm-content')).toContainText(marker);
}

async function runAll(page: Page, sql: string): Promise<void> {
	await load(page, sql);
	await page.getByTestId('run-all').click();
}

const COUNTS = `SELECT (SELECT count(*) FROM indicators) AS i, (SELECT count(*) FROM budgets) AS b,
	(SELECT count(*) FROM units WHERE name = 'x') AS x, (SELECT string_agg(name, ',' ORDER BY unit_id) FROM units) AS names`;

/** The published data as the workspace reads it: indicator and budget counts, tampered names, all names. */
async function counts(page: Page): Promise<string[]> {
	await runAll(page, COUNTS);
	await expect(summary(page)).toContainText('1 行', ENGINE);
	// the previous one-column result also reads "1 行": wait for this query's four columns
	await expect(cell(page, 0, 3)).toBeVisible(ENGINE);
	return Promise.all([0, 1, 2, 3].map((c) => cell(page, 0, c).innerText()));
}

/** In the same tab (client-side navigation keeps the engine): the overview's own filter queries still give the seeds' figures. */
async function overviewStillRight(page: Page): Promise<void> {
	await page.locator('header nav a', { hasText: '总览' }).click();
	await expect(page.locator('h1')).toHaveText('预算执行与绩效总览');
	await page.locator('select[name="year"]').selectOption('2021');
	// 2021: 永和 + 荔城, execution from summed money (see dashboard.spec.ts)
	await expect(page.locator('[data-field="execution"]')).toHaveText('91.94%', ENGINE);
	// two units report in 2021: the overview shows them as cards (see dashboard.spec.ts)
	const cards = page.locator('[data-cards="execution"] li');
	await expect(cards).toHaveCount(2);
	await expect(cards.filter({ hasText: '永和街道' }).locator('[data-card-field="execution"]')).toHaveText('96.68%');
	expect((await page.locator('[data-cards="execution"] h3').allTextContents()).map((n) => n.trim())).toEqual(expect.arrayContaining(['永和街道', '荔城街道']));
}

async function openWorkspace(page: Page): Promise<void> {
	await page.goto('sql/');
	await expect(page.locator('[data-testid="schema-browser"] [data-object="budgets"]')).toBeVisible(ENGINE);
}

for (const [label, s] of Object.entries(SPACES)) {
	test(`keywords joined by ${label} cannot reach the published tables; the data and the overview stay right`, async ({ page }) => {
		await sealOrigin(page);
		await openWorkspace(page);
		const before = await counts(page);
		const attacks = [
			`CREATE TEMP TABLE "indicators${s}WHERE${s}true"(x INT); DELETE FROM indicators${s}WHERE${s}true`,
			`CREATE TEMP TABLE "units${s}set"(x INT); UPDATE units${s}SET name = 'x'`,
			`CREATE TEMP TABLE "budgets${s}select"(x INT); INSERT INTO budgets${s}SELECT * FROM budgets`,
			`CREATE TEMP TABLE "if${s}exists${s}indicators"(x INT); DROP TABLE IF${s}EXISTS${s}indicators`
		];
		for (const sql of attacks) {
			await runAll(page, sql);
			await expect(errorBox(page)).toContainText('已拒绝执行', ENGINE);
			await expect(errorBox(page)).toContainText('不是本标签页的临时表');
		}
		expect(await counts(page)).toEqual(before);
		// a query typed with such spaces is a query
		await runAll(page, `SELECT${s}count(*)${s}AS${s}n${s}FROM${s}units`);
		await expect(summary(page)).toContainText('1 行', ENGINE);
		await expect(errorBox(page)).toBeEmpty();
		await overviewStillRight(page);
	});
}

test('a temp object cannot take a published name, a temp macro not a built-in one; views and the overview stay right', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	const before = await counts(page);
	await runAll(page, 'SELECT round(sum(execution_rate), 6) AS s FROM unit_year');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await expect(cell(page, 0, 1)).toHaveCount(0, ENGINE); // the one-column result, not the counts before it
	const rates = await cell(page, 0, 0).innerText();
	for (const [sql, why] of [
		['CREATE TEMP TABLE t2 AS SELECT * FROM indicators LIMIT 1; ALTER TABLE t2 RENAME TO indicators', '已发布的表、视图或宏 indicators 同名'],
		['CREATE TEMP VIEW v2 AS SELECT 1 AS a; ALTER VIEW v2 RENAME TO unit_year', '已发布的表、视图或宏 unit_year 同名'],
		['CREATE TEMP MACRO sum(x) AS 12345', '内置函数 sum 同名'],
		['CREATE TEMP MACRO round(x, y) AS -1', '内置函数 round 同名']
	]) {
		await runAll(page, sql);
		await expect(errorBox(page)).toContainText(why, ENGINE);
	}
	expect(await counts(page)).toEqual(before);
	await runAll(page, 'SELECT round(sum(execution_rate), 6) AS s FROM unit_year');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await expect(cell(page, 0, 0)).toHaveText(rates);
	await overviewStillRight(page);
});

test('the analyst’s temp objects live on the workspace’s own connection: a page never reads them', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	// explorer_filter is the explorer's table macro, created only when the explorer first runs: the
	// guard cannot know the name yet and lets it pass; on one shared connection it would shadow the page's
	await runAll(page, 'CREATE TEMP MACRO explorer_filter(a, b, c, d, e, f, g, h, i) AS TABLE SELECT 1 AS x; SELECT * FROM explorer_filter(1, 2, 3, 4, 5, 6, 7, 8, 9)');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await page.locator('header nav a', { hasText: '指标查询' }).click();
	await expect(page.locator('h1')).toHaveText('绩效指标查询');
	await page.getByLabel('搜索指标名称').fill('满意度');
	await expect(page.locator('[data-field="explorer-total"]')).toHaveText('54', ENGINE);
});

test('a share link with run=1 runs by itself only when it only reads', async ({ page }) => {
	await sealOrigin(page);
	const hostile = 'CREATE TEMP TABLE "indicators\u00a0WHERE\u00a0true"(x INT); DELETE FROM indicators\u00a0WHERE\u00a0true';
	await page.goto(`sql/${shareHash(hostile, { run: true })}`);
	await expect(page.locator('.notice')).toContainText('没有自动运行', ENGINE);
	await expect(page.locator('[data-testid="schema-browser"] [data-object="budgets"]')).toBeVisible(ENGINE);
	await expect(summary(page)).toHaveCount(0);
	await expect(errorBox(page)).toBeEmpty();
	// a reading link runs
	await page.evaluate((hash) => (location.hash = hash), shareHash('SELECT count(*) AS n FROM indicators', { run: true }));
	await expect(summary(page)).toContainText('1 行', ENGINE);
});

test('a memory blow-up restarts the engine, says so, and the next query works without a reload', async ({ page }) => {
	// two engine starts and a table reload in one test: on a loaded 2-core machine that passed 60 s once
	test.setTimeout(120_000);
	await sealOrigin(page);
	await openWorkspace(page);
	await runAll(page, 'SELECT range(1000000000)');
	await expect(errorBox(page)).toContainText('查询超出浏览器可用内存，查询引擎已重启', ENGINE);
	await runAll(page, 'SELECT 42 AS answer');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await expect(cell(page, 0, 0)).toHaveText('42');
	// the tables are back in the new engine, and the status is ready again
	await runAll(page, 'SELECT count(*) AS n FROM indicators WHERE name IS NOT NULL');
	await expect(summary(page)).toContainText('1 行', ENGINE);
	await expect(page.locator('.engine-status')).not.toHaveAttribute('data-state', 'error');
	await overviewStillRight(page);
});

test('a result of 100 million rows stops at the grid’s 10,000 and says so', async ({ page }) => {
	await sealOrigin(page);
	await openWorkspace(page);
	await runAll(page, 'SELECT * FROM range(100000000) t(i)');
	await expect(summary(page)).toContainText('10,000 行', ENGINE);
	await expect(page.getByTestId('result-truncated')).toContainText('只取了前 10,000 行');
	await expect(cell(page, 0, 0)).toHaveText('0');
});

test('/indicators/?q=%00: the NUL is dropped, the list shows, and searching still works', async ({ page }) => {
	await sealOrigin(page);
	await page.goto('indicators/?q=%00');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, ENGINE);
	const total = page.locator('[data-field="explorer-total"]');
	await expect(total).toHaveText(/^\d+$/, ENGINE);
	await expect(page.locator('body')).not.toContainText('Parser Error');
	await page.goto('indicators/?q=满意度');
	await expect(total).toHaveText('54', ENGINE);
});

test('an unknown address gets the site’s 404 page, in Chinese and English, with working links', async ({ page }) => {
	const res = await page.goto('units/no-such-unit/');
	expect(res?.status()).toBe(404);
	await expect(page.getByTestId('not-found')).toHaveText('找不到这个页面');
	await expect(page.locator('a', { hasText: '查看各街道、镇的文件覆盖情况' })).toHaveAttribute('href', /coverage\/$/);
	await page.locator('main a', { hasText: '回到总览' }).click();
	await expect(page.locator('h1')).toHaveText('预算执行与绩效总览');

	const en = await page.goto('en/districts/999999/');
	expect(en?.status()).toBe(404);
	await expect(page.getByTestId('not-found')).toHaveText('Page not found');
	await page.getByLabel('Search indicator names').fill('satisfaction');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/en\/indicators\/\?q=satisfaction/);
});

test('a reader who loads the overview and scrolls downloads no engine; a pointer on a filter starts it', async ({ page }) => {
	await sealOrigin(page);
	const wasm: string[] = [];
	page.on('request', (r) => {
		if (/\.wasm(\.part\d+of\d+)?(\?|$)/.test(r.url())) wasm.push(r.url());
	});
	await page.goto('./');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, ENGINE);
	await page.keyboard.press('End');
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForLoadState('networkidle');
	expect(wasm).toEqual([]);
	await page.evaluate(() => window.scrollTo(0, 0));
	const first = page.waitForRequest(/\.wasm/);
	await page.locator('select[name="year"]').hover();
	await first;
});

test('under Save-Data a pointer on a filter starts nothing; the filter itself still works', async ({ page }) => {
	await sealOrigin(page);
	await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
	const wasm: string[] = [];
	page.on('request', (r) => {
		if (/\.wasm/.test(r.url())) wasm.push(r.url());
	});
	await page.goto('./');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, ENGINE);
	await page.locator('select[name="year"]').hover();
	await page.locator('select[name="year"]').focus();
	await page.waitForLoadState('networkidle');
	expect(wasm).toEqual([]);
	await page.locator('select[name="year"]').selectOption('2021');
	await expect(page.locator('[data-field="execution"]')).toHaveText('91.94%', ENGINE);
});
