// Full-page screenshots of the overview, a unit page and the SQL workspace at
// phone (375 px) and desktop (1440 px) width, light and dark, for people to
// look at: test-results/screenshots/<page>-<width>-<theme>.png (gitignored),
// in Chinese and (light theme) in English.
// Each shot also checks what a broken page would show: no sideways scroll on
// the phone, every chart drawn live in the page's theme.
import { expect, test } from '@playwright/test';
import { SCREENSHOT_PAGES, inEnglish } from './pages.ts';
import { gotoReady } from './ready.ts';

const WIDTHS = [375, 1440] as const;
const THEMES = ['light', 'dark'] as const;

for (const width of WIDTHS)
	for (const theme of THEMES)
		test.describe(`${width} px, ${theme}`, () => {
			test.use({ viewport: { width, height: width < 600 ? 800 : 900 }, colorScheme: theme });

			for (const p of theme === 'light' ? [...SCREENSHOT_PAGES, ...SCREENSHOT_PAGES.map(inEnglish)] : SCREENSHOT_PAGES) {
				test(`screenshot of ${p.name}`, async ({ page }) => {
					await gotoReady(page, p);
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					const charts = page.locator('[data-chart] [data-live]');
					for (const c of await charts.all()) await expect(c).toHaveAttribute('data-chart-theme', theme);
					const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
					expect(scroll).toBeLessThanOrEqual(inner);
					await page.screenshot({ path: `test-results/screenshots/${p.name}-${width}-${theme}.png`, fullPage: true });
				});
			}
		});
