// Data values are untrusted text, also once the charts are live: a dataset
// whose unit, district and indicator names are markup is served in place of
// the published one (every /data/ request answered from a temporary folder),
// the reader switches the filter so DuckDB-WASM re-queries it, and hovers the
// charts. Tooltips and labels must show the markup as text and run nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateSynthetic } from '../../src/pipeline/synthetic/generate.ts';
import { writeDataset } from '../../src/pipeline/write-dataset.ts';

const XSS = '<img src=x onerror=alert(1)>';
let dir: string;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'gz-hostile-'));
	const ds = generateSynthetic({ units: 3, years: 1, indicatorsPerUnitYear: 6 });
	for (const u of ds.units) Object.assign(u, { short_name: `${XSS}${u.unit_id}`, name: XSS });
	for (const d of ds.districts) d.name = XSS;
	for (const i of ds.indicators) Object.assign(i, { name: XSS, level1: XSS, level2: XSS });
	await writeDataset(ds, dir, { synthetic: true, generator: 'hostile-data.spec.ts' });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('hostile names in live charts and tooltips render as text, and no script runs', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.route('**/data/*', (route) => {
		const file = basename(new URL(route.request().url()).pathname);
		return route.fulfill({ body: readFileSync(join(dir, file)), contentType: file.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
	});

	await page.goto('./');
	await page.locator('[data-chart] [data-live]').first().waitFor(); // hydrated
	await page.selectOption('select[name="year"]', 'all'); // re-queried in DuckDB-WASM from the hostile files
	const ranking = page.locator('[data-table="execution-ranking"]');
	await expect(ranking).toContainText(XSS, { timeout: 30_000 }); // shown as text
	await expect(page.locator('[data-chart] [data-live]')).toHaveCount(6);

	// Hover each drawn mark (SVG renderer: one element per bar, point or cell) until a tooltip names something.
	for (const name of ['execution-ranking', 'execution-distribution', 'district-map', 'district-comparison', 'budget-scatter', 'attainment-heatmap']) {
		const chart = page.locator(`[data-chart="${name}"]`);
		await chart.scrollIntoViewIfNeeded();
		const marks = await chart.locator('.live svg').evaluate((svg) => {
			const all = svg.getBoundingClientRect();
			return [...svg.querySelectorAll('path')]
				.map((e) => e.getBoundingClientRect())
				.filter((r) => r.width > 0 && r.height > 0 && r.width < all.width * 0.9) // not the background
				.map((r) => [r.x + r.width / 2, r.y + r.height / 2]);
		});
		let tooltip = '';
		for (const [x, y] of marks) {
			await page.mouse.move(x, y);
			tooltip = await chart.evaluate((c) => {
				const tip = [...c.querySelectorAll('div')].find((d) => d.style.zIndex === '9999999' && d.style.display !== 'none');
				return tip?.textContent ?? '';
			});
			if (tooltip.includes('onerror')) break;
		}
		expect(tooltip || `no tooltip found on ${name}`).toContain(XSS);
	}

	// Nowhere in the charts did the markup become an element, and nothing ran.
	await expect(page.locator('[data-chart] img')).toHaveCount(0);
	await expect(page.locator('main img, body img')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});
