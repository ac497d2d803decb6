// The overview at the scale of all of Guangzhou: a synthetic dataset of 180
// units × 10 years is served in place of the published /data/ (every request
// answered from a temporary folder, as in hostile-data.spec.ts); a year in the
// address makes DuckDB-WASM query it. The ranking shows its two ends, not 174
// rows; the whole list is one disclosure away; every district is compared.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { generateSynthetic } from '../../src/pipeline/synthetic/generate.ts';
import { writeDataset } from '../../src/pipeline/write-dataset.ts';

let dir: string;
// 2022 of the generator's default seed: 174 of the 180 units report an execution rate.
const YEAR = 2022;
const REPORTING = 174;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'gz-scale-'));
	await writeDataset(generateSynthetic({ units: 180, years: 10 }), dir, { synthetic: true, generator: 'overview-scale.spec.ts' });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('180 units: top and bottom 10 ranked, the full ranking behind a disclosure, 11 districts and their distributions', async ({ page }) => {
	await page.route('**/data/*', (route) => {
		const file = basename(new URL(route.request().url()).pathname);
		return route.fulfill({ body: readFileSync(join(dir, file)), contentType: file.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
	});
	await page.goto(`./?year=${YEAR}`);
	await expect(page.locator('[data-field="units"]')).toHaveText('180', { timeout: 60_000 });
	await expect(page.locator('[data-ranking-ends]')).toHaveText(`执行率最高和最低的各 10 个单位，共 ${REPORTING} 个单位。`);
	const ends = page.locator('[data-table="execution-ranking"] tbody tr');
	await expect(ends).toHaveCount(21); // 10, the gap, 10
	await expect(ends.nth(0).locator('td').first()).toHaveText('1');
	await expect(ends.nth(20).locator('td').first()).toHaveText(String(REPORTING));
	// not built until opened, then every unit
	await expect(page.locator('[data-table="execution-ranking-full"]')).toHaveCount(0);
	await page.locator('[data-full-ranking] summary').click();
	await expect(page.locator('[data-table="execution-ranking-full"] tbody tr')).toHaveCount(REPORTING);
	// the distribution: one category per district, all 11 with units here
	await expect(page.locator('[data-chart="execution-distribution"] p.visually-hidden')).toContainText(`共 ${REPORTING} 个`);
	await expect(page.locator('[data-table="districts"] tbody tr')).toHaveCount(11);
	await expect(page.locator('[data-table="districts"] tr[data-no-data]')).toHaveCount(0);
	// the ranking chart draws 20 bars, not 174
	await expect(page.locator('[data-chart="execution-ranking"] p.visually-hidden')).toContainText(`共 20 个单位`);
	await expect(page.locator('[data-chart="execution-ranking"] p.visually-hidden')).toContainText(`只画出执行率最高和最低的各 10 个单位，共 ${REPORTING} 个单位`);
});
