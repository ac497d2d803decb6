// The trends page on a synthetic dataset of ten fiscal years (300 units,
// 150,000 indicators): it draws a line across all ten years for each chosen
// unit. The site under test is the one `npm test` just built; like the bench
// (tests/bench/run.ts) it gets a copy whose data/ folder is the synthetic
// dataset, served on its own port. The prerendered HTML stays the real one —
// prerendering ten years × 300 units of unit and source pages takes minutes —
// and the browser reads the published Parquet from the site's own data/,
// so a link naming synthetic units makes DuckDB-WASM load the synthetic
// tables and draw them. That is the path readers of a big dataset take.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_PATH, PORT } from './site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = resolve(ROOT, process.env.E2E_BUILD_DIR ?? 'build');
const SYN_PORT = PORT + 20;
const SYN_ORIGIN = `http://127.0.0.1:${SYN_PORT}`;
const YEARS = 10;
const FIRST_YEAR = 2015; // the generator's default
const UNITS = ['syn-00001', 'syn-00003', 'syn-00004'];

let dir: string;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'gz-trends-syn-'));
	const gen = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/synthetic/cli.ts', '--units', '300', '--years', String(YEARS), '--out', join(dir, 'data')], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	if (gen.status !== 0) throw new Error(`synthetic data: ${gen.stderr || gen.stdout}`);
	// The built site with its data/ swapped: every other entry linked, not copied (the wasm alone is ~70 MiB).
	const site = join(dir, 'site');
	cpSync(join(dir, 'data'), join(site, 'data'), { recursive: true });
	for (const e of readdirSync(BUILD)) if (e !== 'data') symlinkSync(join(BUILD, e), join(site, e));
	server = spawn(process.execPath, ['tests/e2e/serve-static.mjs', site, String(SYN_PORT), BASE_PATH], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((ok, fail) => {
		server!.stdout!.once('data', () => ok());
		server!.once('exit', (code) => fail(new Error(`static server exited (${code})`)));
	});
});

test.afterAll(() => {
	server?.kill();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('ten fiscal years: each chosen unit is one line through all ten', async ({ page }) => {
	// Only this server's origin may be contacted.
	const foreign: string[] = [];
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === SYN_ORIGIN || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
		foreign.push(url.href);
		return route.abort();
	});
	await page.goto(`${SYN_ORIGIN}${BASE_PATH}/trends/?units=${UNITS.join(',')}&metric=attainment&from=${FIRST_YEAR}&to=${FIRST_YEAR + YEARS - 1}`);
	// the chart's table is built once its <details> is opened (Chart.svelte)
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
	await page.locator('[data-chart="trend-units"] details.chart-table summary').click();
	const table = page.locator('[data-table="trend-units"] tbody tr');
	await expect(table).toHaveCount(UNITS.length * YEARS, { timeout: 90_000 });
	await expect(page.locator('[data-trends]')).toHaveAttribute('data-state', 'ready');

	// The axis has the ten years …
	const description = page.locator('[data-chart="trend-units"] p.visually-hidden');
	await expect(description).toContainText(`3 个单位，${YEARS} 个年度`);
	// … and the live chart (ECharts' SVG renderer) draws one polyline per unit through ten points.
	const live = page.locator('[data-chart="trend-units"] [data-live] svg');
	await expect(live).toHaveCount(1);
	const lines = await live.evaluate((svg) =>
		[...svg.querySelectorAll('path')]
			.filter((p) => p.getAttribute('fill') === 'none' && p.getAttribute('stroke-width') === '2')
			.map((p) => (p.getAttribute('d') ?? '').match(/[ML]/g)?.length ?? 0)
	);
	expect(lines).toEqual([YEARS, YEARS, YEARS]);
	// the chosen years' movers come from all 300 units
	await expect(page.locator('#movers + p, #movers ~ p').first()).toContainText('个单位在两个年度都有指标达成率');
	await expect(page.locator('[data-table="movers-up"] tbody tr')).toHaveCount(10);
	await expect(page.locator('[data-table="movers-down"] tbody tr')).toHaveCount(10);
	// the district chart has every district with ten years
	await page.locator('[data-chart="trend-districts"] details.chart-table summary').click();
	await expect(page.locator('[data-table="trend-districts"] tbody tr')).toHaveCount(11 * YEARS);
	expect(foreign).toEqual([]);
});
