// Keyboard use: a skip link first, every stop on the way shows where the focus
// is, and Tab reaches the filters, the chart tables, the SQL editor, the run
// button and the result grid. Every chart is named and has its numbers as a
// table ("查看数据表").
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './pages.ts';
import { gotoReady } from './ready.ts';

interface Stop {
	what: string;
	visible: boolean;
}

/** Presses Tab until the focused element matches `selector`; every stop must show a focus indicator. */
async function tabTo(page: Page, selector: string, max = 150): Promise<Stop[]> {
	const stops: Stop[] = [];
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		await page.waitForTimeout(30); // CodeMirror marks its box focused a moment after the focus event
		const stop = await page.evaluate((sel) => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return { what: 'body', visible: true, hit: false };
			// CodeMirror draws the ring on its editor box, not on the contenteditable
			const ringed = (el.closest('.cm-editor') as HTMLElement | null) ?? el;
			const s = getComputedStyle(ringed);
			const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
			const what = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? ''}`;
			return { what, visible, hit: el.matches(sel) };
		}, selector);
		stops.push({ what: stop.what, visible: stop.visible });
		if (stop.hit) return stops;
	}
	throw new Error(`Tab never reached ${selector}; stops: ${stops.map((s) => s.what).join(' → ')}`);
}

const invisible = (stops: Stop[]) => stops.filter((s) => !s.visible).map((s) => s.what);

test('the first Tab offers 跳到主要内容, which moves the focus to the page content', async ({ page }) => {
	await gotoReady(page, PAGES[1]);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: '跳到主要内容' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
	// the next Tab continues inside the content, past the header
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('overview: Tab reaches the filters and a chart’s table, every stop visibly focused', async ({ page }) => {
	await gotoReady(page, PAGES.find((p) => p.name === 'overview')!);
	const stops = [
		...(await tabTo(page, 'select[name="year"]')),
		...(await tabTo(page, 'select[name="district"]')),
		...(await tabTo(page, 'details.chart-table summary'))
	];
	expect(invisible(stops)).toEqual([]);
	await page.keyboard.press('Enter');
	await expect(page.locator('details.chart-table').first()).toHaveAttribute('open', '');
});

test('unit page: Tab reaches the chart table link and the indicator filters', async ({ page }) => {
	await gotoReady(page, PAGES.find((p) => p.name === 'unit')!);
	const stops = [...(await tabTo(page, 'a[data-table-link]')), ...(await tabTo(page, '#indicators ~ .filters select, section[aria-labelledby="indicators"] select'))];
	expect(invisible(stops)).toEqual([]);
});

test('SQL workspace: Tab reaches run, the editor, then (via Esc, Tab) the result grid; all visibly focused', async ({ page }) => {
	await gotoReady(page, PAGES.find((p) => p.name === 'sql')!);
	await page.locator('h1').click(); // start from the top of the content (the focus was on 全部运行)
	const stops = [...(await tabTo(page, '[data-testid="run"]')), ...(await tabTo(page, '.cm-content'))];
	await expect(page.getByRole('textbox', { name: 'SQL 编辑器' })).toBeFocused();
	// Tab indents inside the editor; Esc then Tab leaves it (CodeMirror's focus escape)
	await page.keyboard.press('Escape');
	stops.push(...(await tabTo(page, '[role="grid"]')));
	stops.push(...(await tabTo(page, '[role="tab"][aria-selected="true"]')));
	expect(invisible(stops)).toEqual([]);
});

for (const p of PAGES.filter((x) => x.charts))
	test(`${p.name}: every chart is named and has its numbers as a table`, async ({ page }) => {
		await gotoReady(page, p);
		const figures = page.locator('figure[data-chart]');
		expect(await figures.count()).toBeGreaterThan(0);
		for (const f of await figures.all()) {
			const name = await f.getAttribute('data-chart');
			await expect(f.locator('[role="img"]'), name!).toHaveAttribute('aria-label', /\S/);
			const details = f.locator('details.chart-table');
			const link = f.locator('a[data-table-link]');
			if (await details.count()) {
				// built when opened (Chart.svelte), so a closed one holds no rows
				await expect(details.locator('table'), name!).toHaveCount(0);
				await details.locator('summary').click();
				await expect(details.locator('summary')).toHaveText('查看数据表');
				await expect(details.locator('table tbody tr').first(), name!).toBeVisible();
			} else {
				await expect(link, `${name} has no table alternative`).toHaveText('查看数据表');
				const id = await link.getAttribute('data-table-link');
				const table = page.locator(`table#${id}`);
				await expect(table, name!).toHaveCount(1);
				expect(await table.locator('tbody tr').count(), name!).toBeGreaterThan(0);
			}
		}
	});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 800 } });

	test('a table box that scrolls sideways and holds no link takes the focus and scrolls with the arrow keys', async ({ page }) => {
		await gotoReady(page, PAGES.find((p) => p.name === 'sub-unit')!);
		const box = page.locator('section[aria-labelledby="indicators"] .scroll');
		await expect(box).toHaveAttribute('role', 'region');
		await expect(box).toHaveAttribute('tabindex', '0');
		await expect(box).toHaveAttribute('aria-label', /绩效指标.*可左右滚动/);
		const stops = await tabTo(page, 'section[aria-labelledby="indicators"] .scroll');
		expect(invisible(stops)).toEqual([]);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
	});
});
