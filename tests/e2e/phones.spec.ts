// Every page at phone width: no sideways scrolling of the page (wide tables
// scroll inside their own box), and the controls a thumb uses — navigation,
// buttons, selects, search boxes, disclosure toggles, chart links — at least
// 44 × 44 px. A screenshot of each page at 375 px is kept for people to check
// (test-results/screenshots/phone-<page>.png).
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './pages.ts';
import { gotoReady } from './ready.ts';

/** Controls that must be thumb-sized (inline links in running text are exempt, as in WCAG 2.5.8). */
const TAP_TARGETS = [
	'header.site a',
	'header.site select',
	'main button',
	'main select',
	'main summary',
	'main input[type="search"]',
	'main input[type="text"]',
	'main label:has(> input[type="checkbox"])',
	'.crumbs a',
	'.chart-table-link a',
	'.chart-sql a'
].join(', ');

async function smallTargets(page: Page): Promise<string[]> {
	return page.locator(TAP_TARGETS).evaluateAll((els) =>
		els.flatMap((el) => {
			const r = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') return []; // not shown
			// the SQL editor's own widgets and the grid's virtual rows are not page controls
			if (el.closest('.cm-editor')) return [];
			const small = r.height < 43.5 || r.width < 43.5;
			const name = `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
			return small ? [`${name}: ${Math.round(r.width)} × ${Math.round(r.height)}`] : [];
		})
	);
}

for (const width of [360, 375, 414]) {
	test.describe(`${width} px wide`, () => {
		test.use({ viewport: { width, height: 800 } });

		for (const p of PAGES) {
			test(`${p.name} (${p.path}) fits the screen and its controls are thumb-sized`, async ({ page }) => {
				await gotoReady(page, p);
				const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
				expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(inner);
				expect(await smallTargets(page)).toEqual([]);
				if (width === 375) await page.screenshot({ path: `test-results/screenshots/phone-${p.name}.png`, fullPage: true });
			});
		}
	});
}
